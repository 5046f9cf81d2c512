import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SendMessageRequestDto {
  @ApiProperty({ description: 'Message to the reporter, read through their receipt. Stored encrypted.', maxLength: 5000 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'body is required' })
  @MaxLength(5000, { message: 'body must be at most 5000 characters' })
  body!: string;
}
