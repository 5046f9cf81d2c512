import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@tnr/platform';
import { ReceiptReplyRequestDto } from './receipt-reply.request.dto';
import { ReceiptStatusRequestDto } from './receipt-status.request.dto';
import { ReceiptsService, type ReporterView } from './receipts.service';

/** Follow-up with the receipt: always in a POST body, never in a URL. */
@ApiTags('receipts')
@Controller('v1/receipts')
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  @Post('status')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Status of the report, the day it was received, and messages with moderators' })
  view(@Body() body: ReceiptStatusRequestDto): Promise<ReporterView> {
    return this.receipts.view(body.receipt, new Date());
  }

  @Post('messages')
  @Public()
  @HttpCode(201)
  async reply(@Body() body: ReceiptReplyRequestDto): Promise<{ stored: true }> {
    await this.receipts.reply(body.receipt, body.message, new Date());
    return { stored: true };
  }
}
