import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@tnr/platform';
import { SubmissionsService, RECEIPT_ADVICE } from './submissions.service';
import { SubmitReportRequestDto } from './submit-report.request.dto';
import { SubmitReportResponseDto } from './submit-report.response.dto';

@ApiTags('reports')
@Controller('v1/reports')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Post()
  @Public()
  @HttpCode(201)
  @ApiCreatedResponse({ type: SubmitReportResponseDto })
  @ApiBadRequestResponse({ description: 'validation_failed (with `fields`), or pow_required / pow_invalid / pow_expired: get and solve a challenge from GET /v1/challenge' })
  @ApiConflictResponse({ description: 'pow_already_used: each solved challenge is accepted once' })
  async submit(@Body() body: SubmitReportRequestDto): Promise<SubmitReportResponseDto> {
    const { receipt } = await this.submissions.submit(body, new Date());
    return { receipt, advice: RECEIPT_ADVICE };
  }
}
