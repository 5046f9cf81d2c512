import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@tnr/platform';
import { ReceiptStatusRequestDto } from './receipt-status.request.dto';
import { ReceiptsService, type ReporterStatus } from './receipts.service';

@ApiTags('receipts')
@Controller('v1/receipts')
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  /** The receipt travels in the POST body only, never in a URL. */
  @Post('status')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Status of the report and the day it was received' })
  status(@Body() body: ReceiptStatusRequestDto): Promise<{ status: ReporterStatus; receivedOn: string }> {
    return this.receipts.status(body.receipt, new Date());
  }
}
