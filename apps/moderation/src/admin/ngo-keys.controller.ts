import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NgoKeyRepository, type NgoKeyView, type StaffPrincipal } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { CreateNgoKeyRequestDto } from './admin.request.dto';
import { CreatedNgoKeyDto, NgoKeyDto } from './admin.response.dto';

/** Partner NGO API keys: the key is shown once at creation and stored only as a hash. */
@ApiTags('admin')
@ApiBearerAuth('staff-session')
@Controller('v1/ngo-keys')
export class NgoKeysController {
  constructor(private readonly keys: NgoKeyRepository) {}

  @Get()
  @RequiresPermission('ngo-keys:manage')
  @ApiOkResponse({ type: [NgoKeyDto] })
  list(): Promise<NgoKeyView[]> {
    return this.keys.list();
  }

  @Post()
  @RequiresPermission('ngo-keys:manage')
  @ApiCreatedResponse({ type: CreatedNgoKeyDto })
  async create(@Body() body: CreateNgoKeyRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<NgoKeyView & { key: string }> {
    const { key, view } = await this.keys.create({ name: body.name, scopes: body.scopes, expiresOn: body.expiresOn ?? null }, p.id, new Date());
    return { ...view, key };
  }

  @Post(':id/revoke')
  @RequiresPermission('ngo-keys:manage')
  @HttpCode(200)
  @ApiOkResponse({ type: NgoKeyDto })
  revoke(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentPrincipal() p: StaffPrincipal): Promise<NgoKeyView> {
    return this.keys.revoke(id, p.id, new Date());
  }
}
