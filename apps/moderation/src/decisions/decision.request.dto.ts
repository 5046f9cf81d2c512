import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { STAFF_STATUS_TARGETS, type StaffStatusTarget } from '@tnr/domain';

export class DecisionRequestDto {
  /** Start review (`in_review`), put back (`awaiting_review`), or decide. Illegal moves get 409. */
  @ApiProperty({ enum: STAFF_STATUS_TARGETS })
  @IsIn(STAFF_STATUS_TARGETS as unknown as string[], { message: `decision must be one of ${STAFF_STATUS_TARGETS.join(', ')}` })
  decision!: StaffStatusTarget;

  /** Required with `duplicate`: the report this one repeats (merged into that case). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'duplicateOf must be a report id' })
  duplicateOf?: string;
}
