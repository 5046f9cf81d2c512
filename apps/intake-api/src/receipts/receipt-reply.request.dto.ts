import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, Validate } from 'class-validator';
import { WellFormedText } from '../submissions/submit-report.request.dto';
import { ReceiptStatusRequestDto } from './receipt-status.request.dto';

export const REPLY_MAX_LENGTH = 5_000;

export class ReceiptReplyRequestDto extends ReceiptStatusRequestDto {
  @ApiProperty({ description: 'Answer to moderators or more information. Stored encrypted.', maxLength: REPLY_MAX_LENGTH })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'message must be text' })
  @IsNotEmpty({ message: 'message is required' })
  @MaxLength(REPLY_MAX_LENGTH, { message: `message must be at most ${REPLY_MAX_LENGTH} characters` })
  @Validate(WellFormedText)
  message!: string;
}
