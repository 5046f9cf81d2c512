import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffPrincipal } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { MessagesService, type StaffMessageView } from './messages.service';
import { SendMessageRequestDto } from './send-message.request.dto';
import { MessageSentDto, StaffMessageDto } from './message.response.dto';

/** The conversation with a report's reporter, who reads it through their receipt. */
@ApiTags('messages')
@ApiBearerAuth('staff-session')
@Controller('v1/reports/:id/messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  @RequiresPermission('reports:read')
  @ApiOkResponse({ type: [StaffMessageDto] })
  list(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentPrincipal() principal: StaffPrincipal): Promise<StaffMessageView[]> {
    return this.messages.list(id, principal, new Date());
  }

  @Post()
  @RequiresPermission('reports:decide')
  @HttpCode(201)
  @ApiCreatedResponse({ type: MessageSentDto })
  send(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() body: SendMessageRequestDto, @CurrentPrincipal() principal: StaffPrincipal): Promise<{ id: string }> {
    return this.messages.send(id, body.body, principal, new Date());
  }
}
