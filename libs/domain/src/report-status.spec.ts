import { assertTransition, canTransition, DomainError, REPORT_STATUSES, type ReportStatus } from '@tnr/domain';

describe('report status state machine', () => {
  const allowed: Array<[ReportStatus, ReportStatus]> = [
    ['submitted', 'processing'],
    ['processing', 'awaiting_review'],
    ['awaiting_review', 'verified'],
    ['awaiting_review', 'rejected'],
    ['in_review', 'duplicate'],
    ['verified', 'in_review'],
  ];
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  const illegal: Array<[ReportStatus, ReportStatus]> = [
    ['submitted', 'verified'],
    ['submitted', 'awaiting_review'],
    ['processing', 'verified'],
    ['verified', 'rejected'],
    ['rejected', 'verified'],
    ['duplicate', 'verified'],
  ];
  it.each(illegal)('rejects %s → %s with REPORT.ILLEGAL_TRANSITION', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    try {
      assertTransition(from, to);
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('REPORT.ILLEGAL_TRANSITION');
    }
  });

  it('never allows a status to move to itself', () => {
    for (const s of REPORT_STATUSES) expect(canTransition(s, s)).toBe(false);
  });
});
