import type { ReportStatus } from './report-status';

/** A span of the original narrative that the redaction engine replaced (UTF-16 offsets). */
export interface RedactionSpan {
  start: number;
  end: number;
  type: string;
  placeholder: string;
  confidence: number;
  /** `staff` when a moderator added it by hand. */
  origin?: 'pipeline' | 'staff';
}

/** A suggested or confirmed connection between a report and a gazetteer entity. */
export interface ReportLinkView {
  id: string;
  entityType: 'organization' | 'location';
  kind: string;
  key: string;
  name: string;
  start: number;
  end: number;
  confidence: number;
  evidence: string;
  status: 'suggested' | 'confirmed' | 'rejected';
  origin: 'pipeline' | 'staff';
}

/** What staff see of a report: never the raw narrative. */
export interface RedactedReport {
  id: string;
  status: ReportStatus;
  language: string | null;
  country: string | null;
  city: string | null;
  incidentMonth: string | null;
  /** Types the reporter ticked. */
  reportedIncidentTypes: string[];
  /** Types the pipeline suggests, with the phrases that triggered them. */
  suggestedIncidentTypes: Array<{ id: string; confidence: number; triggers: string[] }>;
  redactedNarrative: string | null;
  redactionSpans: RedactionSpan[];
  links: ReportLinkView[];
  revision: number;
  createdOn: string;
  /** Triage: who works on it, free tags, the case it duplicates, types a moderator confirmed. */
  assigneeId: string | null;
  tags: string[];
  duplicateOf: string | null;
  confirmedIncidentTypes: string[] | null;
  /** False once the raw narrative was deleted under the retention rule. */
  rawAvailable: boolean;
  /** False when sent without a solved proof-of-work challenge (the no-JavaScript form): weigh it accordingly. */
  proofOfWork: boolean;
}

export interface ReportNoteView {
  id: string;
  authorId: string | null;
  body: string;
  createdAt: string;
}

/** Reports carry only the day they arrived (UTC), never a precise time. */
export function coarseDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `YYYY-MM`, month 01–12, years 1949–2100. */
export function isIncidentMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= 1949 && year <= 2100 && month >= 1 && month <= 12;
}
