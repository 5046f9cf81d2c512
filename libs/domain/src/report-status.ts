import { DomainError } from './domain-error';

/** Report lifecycle. Stored as text in `reports.status`: never rename a value. */
export const REPORT_STATUSES = [
  'submitted',
  'processing',
  'awaiting_review',
  'in_review',
  'verified',
  'rejected',
  'duplicate',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

const TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  submitted: ['processing'],
  // processing → submitted lets a failed pipeline run be re-driven from durable state.
  processing: ['awaiting_review', 'submitted'],
  awaiting_review: ['in_review', 'verified', 'rejected', 'duplicate', 'processing'],
  in_review: ['awaiting_review', 'verified', 'rejected', 'duplicate', 'processing'],
  verified: ['in_review'],
  rejected: ['in_review'],
  duplicate: ['in_review'],
};

export function canTransition(from: ReportStatus, to: ReportStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws `REPORT.ILLEGAL_TRANSITION` (HTTP 409) when the move is not allowed. */
export function assertTransition(from: ReportStatus, to: ReportStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('REPORT.ILLEGAL_TRANSITION', `A report cannot move from ${from} to ${to}.`);
  }
}

export const DECISIONS = ['verified', 'rejected', 'duplicate'] as const;

/** Statuses staff may move a report to (the state machine decides from where). */
export const STAFF_STATUS_TARGETS = ['in_review', 'awaiting_review', 'verified', 'rejected', 'duplicate'] as const;
export type StaffStatusTarget = (typeof STAFF_STATUS_TARGETS)[number];
