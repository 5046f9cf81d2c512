import { ApiProperty } from '@nestjs/swagger';
import type { StaffMessageView } from './messages.service';

/** Response shapes of the message routes, for the OpenAPI document. */
export class StaffMessageDto implements StaffMessageView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['moderator', 'reporter'] }) from!: 'moderator' | 'reporter';
  @ApiProperty({ description: 'Reporter messages are redacted; staff messages are shown as written' }) body!: string;
  @ApiProperty() redacted!: boolean;
  @ApiProperty({ description: 'Day (YYYY-MM-DD)' }) on!: string;
}

export class MessageSentDto {
  @ApiProperty() id!: string;
}
