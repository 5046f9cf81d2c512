import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_STATUSES, type RedactedReport, type RedactionSpan, type ReportLinkView, type ReportNoteView, type ReportStatus } from '@tnr/domain';

/**
 * Response shapes of the report routes, for the OpenAPI document (the admin UI's client is
 * generated from it). Each class `implements` the domain type it documents, so a field added
 * to the domain type and not here fails to compile.
 */
export class RedactionSpanDto implements RedactionSpan {
  /** UTF-16 offset in the raw narrative. */
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty() type!: string;
  @ApiProperty() placeholder!: string;
  @ApiProperty() confidence!: number;
  @ApiPropertyOptional({ enum: ['pipeline', 'staff'] }) origin?: 'pipeline' | 'staff';
}

export class ReportLinkDto implements ReportLinkView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['organization', 'location'] }) entityType!: 'organization' | 'location';
  @ApiProperty() kind!: string;
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  /** UTF-16 offsets in the raw narrative (a link never overlaps a redaction span). */
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty() confidence!: number;
  @ApiProperty() evidence!: string;
  @ApiProperty({ enum: ['suggested', 'confirmed', 'rejected'] }) status!: 'suggested' | 'confirmed' | 'rejected';
  @ApiProperty({ enum: ['pipeline', 'staff'] }) origin!: 'pipeline' | 'staff';
}

export class SuggestedIncidentTypeDto {
  @ApiProperty() id!: string;
  @ApiProperty() confidence!: number;
  @ApiProperty({ type: [String] }) triggers!: string[];
}

export class ReportResponseDto implements RedactedReport {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty({ type: String, nullable: true }) language!: string | null;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true }) incidentMonth!: string | null;
  @ApiProperty({ type: [String] }) reportedIncidentTypes!: string[];
  @ApiProperty({ type: [SuggestedIncidentTypeDto] }) suggestedIncidentTypes!: SuggestedIncidentTypeDto[];
  @ApiProperty({ type: String, nullable: true }) redactedNarrative!: string | null;
  @ApiProperty({ type: [RedactionSpanDto] }) redactionSpans!: RedactionSpanDto[];
  @ApiProperty({ type: [ReportLinkDto] }) links!: ReportLinkDto[];
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Day received (YYYY-MM-DD)' }) createdOn!: string;
  @ApiProperty({ type: String, nullable: true }) assigneeId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: String, nullable: true }) duplicateOf!: string | null;
  @ApiProperty({ type: [String], nullable: true }) confirmedIncidentTypes!: string[] | null;
  @ApiProperty() rawAvailable!: boolean;
  @ApiProperty({ description: 'False when sent without a solved proof-of-work challenge (the no-JavaScript form, under a global budget): weigh it accordingly.' }) proofOfWork!: boolean;
}

export class ReportNoteDto implements ReportNoteView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) authorId!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: string;
}

export class ReportDetailResponseDto extends ReportResponseDto {
  @ApiProperty({ type: [ReportNoteDto] }) notes!: ReportNoteDto[];
}

export class ReportPageResponseDto {
  @ApiProperty({ type: [ReportResponseDto] }) items!: ReportResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor for the next page (`after`)' }) next!: string | null;
}

export class RawNarrativeResponseDto {
  @ApiProperty() narrative!: string;
}
