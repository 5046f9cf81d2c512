import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RedactedReport } from '@tnr/domain';
import { ReportRepository } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { ListReportsQueryDto } from './list-reports.query.dto';

/** Staff read reports only in redacted form; the raw narrative has its own audited route. */
@ApiTags('reports')
@ApiBearerAuth('staff-session')
@Controller('v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportRepository) {}

  @Get()
  @RequiresPermission('reports:read')
  list(@Query() query: ListReportsQueryDto): Promise<{ items: RedactedReport[]; next: string | null }> {
    return this.reports.listRedacted({ status: query.status, limit: query.limit ?? 25, after: query.after });
  }

  @Get(':id')
  @RequiresPermission('reports:read')
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<RedactedReport> {
    return this.reports.getRedacted(id);
  }
}
