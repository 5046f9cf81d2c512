import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditRepository, type AuditEventView } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { AuditQueryDto } from './admin.request.dto';
import { AuditPageDto, AuditVerifyDto } from './admin.response.dto';

/** The append-only, hash-chained audit log, for admins. */
@ApiTags('admin')
@ApiBearerAuth('staff-session')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @RequiresPermission('audit:read')
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto): Promise<{ items: AuditEventView[]; next: string | null }> {
    return this.audit.list({ before: query.before, action: query.action, targetId: query.targetId, limit: query.limit ?? 50 });
  }

  /** Re-computes the whole chain (also `npm run audit:verify`). */
  @Get('verify')
  @RequiresPermission('audit:read')
  @ApiOkResponse({ type: AuditVerifyDto })
  async verify(): Promise<{ intact: boolean; checked: number; brokenAt: string | null; head: string }> {
    const r = await this.audit.verifyChain();
    return { intact: r.brokenAt === null, checked: r.checked, brokenAt: r.brokenAt, head: r.head };
  }
}
