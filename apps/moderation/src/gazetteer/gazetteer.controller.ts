import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@tnr/domain';
import { GazetteerAdminRepository, type GazetteerEntityType, type GazetteerEntityView, type StaffPrincipal } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { AliasRequestDto, GAZETTEER_KEY, GazetteerListQueryDto, LocationRequestDto, OrganizationRequestDto } from './gazetteer.request.dto';
import { GazetteerEntityDto, GazetteerPageDto } from './gazetteer.response.dto';

function entityType(plural: string): GazetteerEntityType {
  if (plural === 'organizations') return 'organization';
  if (plural === 'locations') return 'location';
  throw new DomainError('RESOURCE.NOT_FOUND', 'Use /v1/gazetteer/organizations or /v1/gazetteer/locations.');
}

function checkKey(key: string): string {
  if (!GAZETTEER_KEY.test(key)) throw new DomainError('INPUT.INVALID', 'key must be 1–100 lower-case letters, digits or underscores.');
  return key;
}

/**
 * The gazetteer: organizations (bureaus, overseas police stations, associations…),
 * locations, aliases and relations. Staff read it (to add links by hand); admins edit it, and
 * each edit re-links every report in the background.
 */
@ApiTags('gazetteer')
@ApiBearerAuth('staff-session')
@Controller('v1/gazetteer')
export class GazetteerController {
  constructor(private readonly gazetteer: GazetteerAdminRepository) {}

  @Get(':type')
  @RequiresPermission('reports:read')
  @ApiOkResponse({ type: GazetteerPageDto })
  list(@Param('type') type: string, @Query() query: GazetteerListQueryDto): Promise<{ items: GazetteerEntityView[]; next: string | null }> {
    return this.gazetteer.list(entityType(type), { q: query.q, kind: query.kind, limit: query.limit ?? 50, after: query.after });
  }

  @Get(':type/:key')
  @RequiresPermission('reports:read')
  @ApiOkResponse({ type: GazetteerEntityDto })
  get(@Param('type') type: string, @Param('key') key: string): Promise<GazetteerEntityView> {
    return this.gazetteer.get(entityType(type), checkKey(key));
  }

  @Put('organizations/:key')
  @RequiresPermission('gazetteer:manage')
  @ApiOkResponse({ type: GazetteerEntityDto })
  putOrganization(@Param('key') key: string, @Body() body: OrganizationRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<GazetteerEntityView> {
    return this.gazetteer.upsert('organization', checkKey(key), { ...body }, p.id, new Date());
  }

  @Put('locations/:key')
  @RequiresPermission('gazetteer:manage')
  @ApiOkResponse({ type: GazetteerEntityDto })
  putLocation(@Param('key') key: string, @Body() body: LocationRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<GazetteerEntityView> {
    return this.gazetteer.upsert('location', checkKey(key), { ...body }, p.id, new Date());
  }

  @Delete(':type/:key')
  @RequiresPermission('gazetteer:manage')
  @HttpCode(204)
  async remove(@Param('type') type: string, @Param('key') key: string, @CurrentPrincipal() p: StaffPrincipal): Promise<void> {
    await this.gazetteer.remove(entityType(type), checkKey(key), p.id, new Date());
  }

  @Post(':type/:key/aliases')
  @RequiresPermission('gazetteer:manage')
  @ApiCreatedResponse({ type: GazetteerEntityDto })
  addAlias(@Param('type') type: string, @Param('key') key: string, @Body() body: AliasRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<GazetteerEntityView> {
    return this.gazetteer.addAlias(entityType(type), checkKey(key), body.alias, p.id, new Date());
  }

  @Delete(':type/:key/aliases/:aliasId')
  @RequiresPermission('gazetteer:manage')
  @ApiOkResponse({ type: GazetteerEntityDto })
  removeAlias(@Param('type') type: string, @Param('key') key: string, @Param('aliasId') aliasId: string, @CurrentPrincipal() p: StaffPrincipal): Promise<GazetteerEntityView> {
    if (!/^\d{1,18}$/.test(aliasId)) throw new DomainError('RESOURCE.NOT_FOUND', 'No such alias.');
    return this.gazetteer.removeAlias(entityType(type), checkKey(key), aliasId, p.id, new Date());
  }
}
