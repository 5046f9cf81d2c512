import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RedactedReport } from '@tnr/domain';
import { ReportRepository, type StaffPrincipal } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { DecisionRequestDto } from './decision.request.dto';
import { ReportResponseDto } from '../reports/report.response.dto';

@ApiTags('reports')
@ApiBearerAuth('staff-session')
@Controller('v1/reports')
export class DecisionsController {
  constructor(private readonly reports: ReportRepository) {}

  /** Verify, reject or mark as duplicate; illegal transitions get 409; every decision is audited. */
  @Post(':id/decision')
  @RequiresPermission('reports:decide')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportResponseDto })
  decide(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() body: DecisionRequestDto,
    @CurrentPrincipal() principal: StaffPrincipal,
  ): Promise<RedactedReport> {
    return this.reports.decide(id, body.decision, principal.id, new Date(), body.duplicateOf ?? null);
  }
}
