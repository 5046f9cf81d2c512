import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { isIncidentMonth } from '@tnr/domain';
import { INCIDENT_TYPES } from '@tnr/database';
import { POW_PAYLOAD_MAX_LENGTH } from '../proof-of-work/proof-of-work.service';

export const NARRATIVE_MAX_LENGTH = 20_000;
export const REPORT_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const INCIDENT_TYPE_IDS = INCIDENT_TYPES.types.map((t) => t.id);

/** Rejects lone surrogates and NUL (PostgreSQL refuses 0x00 in text). */
@ValidatorConstraint({ name: 'wellFormedText' })
export class WellFormedText implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.isWellFormed() && !value.includes('\u0000');
  }
  defaultMessage(): string {
    return '$property contains invalid characters (unpaired surrogates or NUL)';
  }
}

@ValidatorConstraint({ name: 'incidentMonth' })
class IncidentMonth implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIncidentMonth(value);
  }
  defaultMessage(): string {
    return '$property must be a month as YYYY-MM';
  }
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

export class SubmitReportRequestDto {
  @ApiProperty({ description: 'What happened, in any language. Stored encrypted; never logged.', maxLength: NARRATIVE_MAX_LENGTH })
  @Transform(trim)
  @IsString({ message: 'narrative must be text' })
  @IsNotEmpty({ message: 'narrative is required' })
  @MaxLength(NARRATIVE_MAX_LENGTH, { message: `narrative must be at most ${NARRATIVE_MAX_LENGTH} characters` })
  @Validate(WellFormedText)
  narrative!: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the country where it happened', example: 'NL' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : value))
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code' })
  country?: string;

  @ApiPropertyOptional({ description: 'City (optional)', maxLength: 120 })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'city must be at most 120 characters' })
  @Validate(WellFormedText)
  city?: string;

  @ApiPropertyOptional({ description: 'Month it happened, YYYY-MM (no exact dates are kept)', example: '2024-03' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Validate(IncidentMonth)
  incidentMonth?: string;

  @ApiPropertyOptional({ description: 'Incident types from the taxonomy', enum: INCIDENT_TYPE_IDS, isArray: true })
  @IsOptional()
  @IsArray({ message: 'incidentTypes must be a list' })
  @ArrayMaxSize(INCIDENT_TYPE_IDS.length)
  @IsIn(INCIDENT_TYPE_IDS, { each: true, message: 'incidentTypes must contain only known incident types' })
  incidentTypes?: string[];

  @ApiPropertyOptional({ description: 'Whether the reporter wants to receive replies through the receipt' })
  @IsOptional()
  @IsBoolean({ message: 'wantsReplies must be true or false' })
  wantsReplies?: boolean;

  @ApiPropertyOptional({ description: 'Language of the form used', enum: REPORT_LANGUAGES })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES as unknown as string[], { message: `language must be one of ${REPORT_LANGUAGES.join(', ')}` })
  language?: string;

  /** Checked by the service (error codes pow_required, pow_invalid, pow_expired, pow_already_used), not by validation. */
  @ApiProperty({
    description:
      'Solved proof-of-work challenge (ALTCHA v2 payload): base64 of the JSON {"challenge": <the object from GET /v1/challenge>, "solution": {"counter": n, "derivedKey": "<hex>"}}. ' +
      'Required; each challenge is accepted once. Missing → 400 pow_required; wrong → 400 pow_invalid; too old → 400 pow_expired; used before → 409 pow_already_used.',
    maxLength: POW_PAYLOAD_MAX_LENGTH,
  })
  @IsOptional()
  @IsString({ message: 'altcha must be text' })
  @MaxLength(POW_PAYLOAD_MAX_LENGTH, { message: `altcha must be at most ${POW_PAYLOAD_MAX_LENGTH} characters` })
  altcha?: string;
}
