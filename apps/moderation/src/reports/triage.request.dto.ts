import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, IsUUID, Length, Matches, Min, ValidateIf, ValidateNested } from 'class-validator';
import { REDACTION_TYPES, type RedactionType } from '@tnr/redaction';

export class AssignRequestDto {
  /** A staff id, or null to unassign. */
  @ApiProperty({ nullable: true, format: 'uuid', type: String })
  @ValidateIf((_, v) => v !== null)
  @IsUUID('4', { message: 'assigneeId must be a staff id or null' })
  assigneeId!: string | null;
}

export class TagsRequestDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[\p{L}\p{N}_ -]{1,40}$/u, { each: true, message: 'each tag must be 1–40 letters, digits, spaces, dashes or underscores' })
  tags!: string[];
}

export class NoteRequestDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000, { message: 'body must be 1 to 5000 characters' })
  body!: string;
}

export class IncidentTypesRequestDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9_.-]{1,64}$/, { each: true, message: 'each type must be an incident type id' })
  types!: string[];
}

export class ReviewLinkRequestDto {
  @ApiProperty({ enum: ['confirmed', 'rejected'] })
  @IsIn(['confirmed', 'rejected'], { message: 'status must be confirmed or rejected' })
  status!: 'confirmed' | 'rejected';
}

export class AddLinkRequestDto {
  @ApiProperty({ enum: ['organization', 'location'] })
  @IsIn(['organization', 'location'], { message: 'entityType must be organization or location' })
  entityType!: 'organization' | 'location';

  @ApiProperty()
  @Matches(/^[a-z0-9_.:-]{1,128}$/i, { message: 'key must be a gazetteer key' })
  key!: string;
}

class AddedSpanDto {
  /** Offsets in the redacted text as shown (UTF-16 code units, end exclusive). */
  @ApiProperty()
  @IsInt()
  @Min(0)
  start!: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  end!: number;

  @ApiProperty({ enum: REDACTION_TYPES })
  @IsIn(REDACTION_TYPES as unknown as string[], { message: `type must be one of ${REDACTION_TYPES.join(', ')}` })
  type!: RedactionType;
}

export class RedactionEditRequestDto {
  @ApiProperty({ type: [AddedSpanDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AddedSpanDto)
  add!: AddedSpanDto[];

  /** Indexes of spans (in `redactionSpans` of the report as last read) to undo. */
  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @Min(0, { each: true })
  remove!: number[];
}

export class RevealRequestDto {
  /** Why the raw text is needed; kept in the audit log. */
  @ApiProperty({ minLength: 10, maxLength: 500 })
  @IsString()
  @Length(10, 500, { message: 'reason must be 10 to 500 characters' })
  reason!: string;
}
