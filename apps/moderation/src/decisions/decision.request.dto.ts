import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DECISIONS, type Decision } from '@tnr/domain';

export class DecisionRequestDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS as unknown as string[], { message: `decision must be one of ${DECISIONS.join(', ')}` })
  decision!: Decision;
}
