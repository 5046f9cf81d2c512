import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { NGO_KEY_SCOPES, type NgoKeyScope, type StaffRole } from '@tnr/database';
import { STAFF_ROLES } from '../auth/staff-accounts';

export class CreateUserRequestDto {
  @ApiProperty({ pattern: '^[a-z0-9._-]{3,64}$' })
  @Matches(/^[a-z0-9._-]{3,64}$/i, { message: 'username must be 3–64 letters, digits, dots, dashes or underscores' })
  username!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES as unknown as string[], { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role!: StaffRole;
}

export class UpdateUserRequestDto {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES as unknown as string[], { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role?: StaffRole;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  /** Forget the authenticator: the next login enrols a new one (a lost phone). */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  resetTotp?: boolean;
}

export class CreateNgoKeyRequestDto {
  /** Who the key is for, e.g. the partner's name. */
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: NGO_KEY_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(NGO_KEY_SCOPES as unknown as string[], { each: true, message: `scopes must be among ${NGO_KEY_SCOPES.join(', ')}` })
  scopes!: NgoKeyScope[];

  /** Last day the key works (YYYY-MM-DD); omitted: no expiry. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresOn must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'expiresOn must be a date YYYY-MM-DD' })
  expiresOn?: string;
}

export class AuditQueryDto {
  /** Events with an id below this (keyset pagination, newest first). */
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be an event id' })
  before?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_.]{1,64}$/, { message: 'action must be an action name or prefix' })
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
