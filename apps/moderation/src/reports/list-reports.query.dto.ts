import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { REPORT_STATUSES, type ReportStatus } from '@tnr/domain';

const commaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

export class ListReportsQueryDto {
  /** One status or several, comma-separated (`awaiting_review,in_review`). */
  @ApiPropertyOptional({ description: `Comma-separated: ${REPORT_STATUSES.join(', ')}` })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(REPORT_STATUSES.length)
  @IsIn(REPORT_STATUSES as unknown as string[], { each: true, message: `status must be among ${REPORT_STATUSES.join(', ')}` })
  status?: ReportStatus[];

  @ApiPropertyOptional({ description: 'Incident type id (reported, suggested or confirmed)' })
  @IsOptional()
  @Matches(/^[a-z0-9_.-]{1,64}$/, { message: 'incidentType must be an incident type id' })
  incidentType?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 country code' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code' })
  country?: string;

  @ApiPropertyOptional({ description: 'Gazetteer key of a linked organization, station or location' })
  @IsOptional()
  @Matches(/^[a-z0-9_.:-]{1,128}$/i, { message: 'entity must be a gazetteer key' })
  entity?: string;

  @ApiPropertyOptional({ description: 'Received on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Received on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date YYYY-MM-DD' })
  @Length(10, 10, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ description: '`me`, `none`, or a staff id' })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-f-]{36})$/, { message: 'assignee must be me, none or a staff id' })
  assignee?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[\p{L}\p{N}_ -]{1,40}$/u, { message: 'tag must be 1–40 letters, digits, spaces, dashes or underscores' })
  tag?: string;

  @ApiPropertyOptional({ description: 'Text to find in the redacted narrative (any language)' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'q must be 1 to 200 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: ['newest', 'oldest'], default: 'newest' })
  @IsOptional()
  @IsIn(['newest', 'oldest'], { message: 'sort must be newest or oldest' })
  sort?: 'newest' | 'oldest';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
