import type { NewReport } from '@tnr/database';
import { randomBytes, randomUUID } from 'node:crypto';

/** A report row as intake would write it; the sealed narrative is random bytes unless given. */
export function newReportRow(overrides: Partial<NewReport> = {}): NewReport {
  return {
    id: randomUUID(),
    channel: 'api',
    language: 'en',
    countryCode: 'NL',
    city: null,
    incidentMonth: '2024-05',
    reportedIncidentTypes: [],
    wantsReplies: false,
    narrativeCiphertext: randomBytes(40),
    narrativeWrappedKey: randomBytes(60),
    receiptHash: randomBytes(32).toString('hex'),
    createdOn: '2026-11-29',
    proofOfWork: true,
    ...overrides,
  };
}
