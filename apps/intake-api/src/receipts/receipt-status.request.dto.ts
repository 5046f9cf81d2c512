import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ReceiptStatusRequestDto {
  /** POST body only, never a URL. Length is checked before any hashing. */
  @ApiProperty({ description: 'The receipt code given at submission', example: '7K2M-Q9TX-4HB1-ZP0D-M3RW-8CNE-V5YJ' })
  @IsString()
  @MaxLength(128, { message: 'receipt is too long' })
  receipt!: string;
}
