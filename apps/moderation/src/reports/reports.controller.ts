import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RedactedReport, ReportNoteView } from '@tnr/domain';
import { ReportRepository, ReportTriageRepository, type StaffPrincipal } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { ListReportsQueryDto } from './list-reports.query.dto';
import { ReportDetailResponseDto, ReportPageResponseDto } from './report.response.dto';

export type ReportDetail = RedactedReport & { notes: ReportNoteView[] };

/** Staff read reports only in redacted form; the raw narrative has its own audited route. */
@ApiTags('reports')
@ApiBearerAuth('staff-session')
@Controller('v1/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportRepository,
    private readonly triage: ReportTriageRepository,
  ) {}

  /** The triage queue: filters combine with AND; keyset pagination via `after`. */
  @Get()
  @RequiresPermission('reports:read')
  @ApiOkResponse({ type: ReportPageResponseDto })
  list(@Query() query: ListReportsQueryDto, @CurrentPrincipal() principal: StaffPrincipal): Promise<{ items: RedactedReport[]; next: string | null }> {
    return this.reports.listRedacted({
      statuses: query.status,
      incidentType: query.incidentType,
      country: query.country,
      entityKey: query.entity,
      from: query.from,
      to: query.to,
      assignee: query.assignee === 'me' ? principal.id : query.assignee,
      tag: query.tag,
      text: query.q,
      sort: query.sort,
      limit: query.limit ?? 25,
      after: query.after,
    });
  }

  /** One report with its notes; every view is audited. */
  @Get(':id')
  @RequiresPermission('reports:read')
  @ApiOkResponse({ type: ReportDetailResponseDto })
  async get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentPrincipal() principal: StaffPrincipal): Promise<ReportDetail> {
    const report = await this.reports.getRedacted(id);
    await this.triage.auditReport(id, { actorId: principal.id, action: 'report.viewed' }, new Date());
    return { ...report, notes: await this.triage.listNotes(id) };
  }
}
