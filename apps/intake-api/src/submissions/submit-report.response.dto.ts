import { ApiProperty } from '@nestjs/swagger';

export class SubmitReportResponseDto {
  @ApiProperty({ description: 'Shown once. The only way to follow up; we cannot recover it.', example: '7K2M-Q9TX-4HB1-ZP0D-M3RW-8CNE-V5YJ' })
  receipt!: string;

  @ApiProperty()
  advice!: string;
}
