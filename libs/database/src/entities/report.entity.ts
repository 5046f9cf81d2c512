import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A report. Deliberately absent: IP address, user agent, language headers and any precise
 * time. `created_on` is a date (UTC day). The raw narrative exists only encrypted.
 */
@Entity({ name: 'reports' })
export class ReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  status!: string;

  /** `api` or `form`. */
  @Column('text')
  channel!: string;

  @Column('text', { nullable: true })
  language!: string | null;

  @Column('char', { length: 2, name: 'country_code', nullable: true })
  countryCode!: string | null;

  @Column('text', { nullable: true })
  city!: string | null;

  /** `YYYY-MM`, as the reporter gave it. */
  @Column('text', { name: 'incident_month', nullable: true })
  incidentMonth!: string | null;

  /** Types the reporter ticked (ids from incident_types). */
  @Column('text', { array: true, name: 'reported_incident_types', default: () => "'{}'" })
  reportedIncidentTypes!: string[];

  /** Types suggested by the pipeline, with their trigger phrases (moderators confirm). */
  @Column('jsonb', { name: 'suggested_incident_types', default: () => "'[]'" })
  suggestedIncidentTypes!: Array<{ id: string; confidence: number; triggers: string[] }>;

  @Column('boolean', { name: 'wants_replies', default: false })
  wantsReplies!: boolean;

  /** Null once the raw narrative was deleted under the retention rule (`raw_purged_on`). */
  @Column('bytea', { name: 'narrative_ciphertext', nullable: true })
  narrativeCiphertext!: Buffer | null;

  @Column('bytea', { name: 'narrative_wrapped_key', nullable: true })
  narrativeWrappedKey!: Buffer | null;

  @Column('text', { name: 'redacted_narrative', nullable: true })
  redactedNarrative!: string | null;

  @Column('jsonb', { name: 'redaction_spans', default: () => "'[]'" })
  redactionSpans!: Array<{ start: number; end: number; type: string; placeholder: string; confidence: number }>;

  /** Bumped by every change that needs the pipeline to run again. */
  @Column('int', { default: 1 })
  revision!: number;

  /** The revision the stored redaction and links were computed from. */
  @Column('int', { name: 'processed_revision', nullable: true })
  processedRevision!: number | null;

  @Column('text', { name: 'receipt_hash', unique: true })
  receiptHash!: string;

  @Column('date', { name: 'created_on' })
  createdOn!: string;

  /** Day of the last decision (verified, rejected, duplicate). */
  @Column('date', { name: 'decided_on', nullable: true })
  decidedOn!: string | null;

  @Column('date', { name: 'raw_purged_on', nullable: true })
  rawPurgedOn!: string | null;

  @Column('uuid', { name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  tags!: string[];

  /** The case this report was merged into when marked a duplicate. */
  @Column('uuid', { name: 'duplicate_of', nullable: true })
  duplicateOf!: string | null;

  /** Incident types a moderator confirmed; null until reviewed. */
  @Column('text', { array: true, name: 'confirmed_incident_types', nullable: true })
  confirmedIncidentTypes!: string[] | null;

  /** False when sent without a solved proof-of-work challenge (no-JavaScript form, under a global budget). */
  @Column('boolean', { name: 'proof_of_work' })
  proofOfWork!: boolean;
}
