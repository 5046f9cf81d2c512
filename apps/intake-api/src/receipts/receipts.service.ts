import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DomainError, type ReportStatus } from '@tnr/domain';
import { ReportRepository } from '@tnr/database';
import { hashReceiptCode, normaliseReceiptCode, RECEIPT_SYMBOLS } from '@tnr/platform';
import type { IntakeConfig } from '../config/intake.config';
import { INTAKE_CONFIG } from '../intake.tokens';
import { GlobalAttemptBudget } from './global-attempt-budget';

/** What reporters see: coarse states, no internal workflow detail. */
export type ReporterStatus = 'received' | 'under_review' | 'verified' | 'not_verified';

const REPORTER_STATUS: Record<ReportStatus, ReporterStatus> = {
  submitted: 'received',
  processing: 'received',
  awaiting_review: 'under_review',
  in_review: 'under_review',
  verified: 'verified',
  rejected: 'not_verified',
  duplicate: 'verified',
};

/** Up to 60 lookups at once, refilled at one per second, shared by all callers. */
const BUDGET_CAPACITY = 60;
const BUDGET_REFILL_PER_SECOND = 1;
// Any well-formed code: used so that malformed input costs the same HMAC and lookup.
const DECOY = '0'.repeat(RECEIPT_SYMBOLS);

@Injectable()
export class ReceiptsService {
  private readonly budget = new GlobalAttemptBudget(BUDGET_CAPACITY, BUDGET_REFILL_PER_SECOND, Date.now());

  constructor(
    private readonly reports: ReportRepository,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  /**
   * Unknown, malformed and wrong receipts all get the same error after the same work (one
   * HMAC, one indexed lookup). Only failed attempts spend the global budget, so a flood of
   * guesses slows guessing for everyone without locking out a reporter with a right code.
   */
  async status(receipt: string, now: Date): Promise<{ status: ReporterStatus; receivedOn: string }> {
    const canonical = normaliseReceiptCode(receipt);
    const found = await this.reports.findByReceiptHash(hashReceiptCode(canonical ?? DECOY, this.config.receipt.receiptPepper));
    if (canonical && found) return { status: REPORTER_STATUS[found.status], receivedOn: found.createdOn };
    if (!this.budget.take(now.getTime())) {
      throw new HttpException({ error: 'too_many_requests', message: 'Too many attempts. Please try again in a few minutes.' }, HttpStatus.TOO_MANY_REQUESTS);
    }
    throw new DomainError('RECEIPT.INVALID', 'This receipt is not valid.');
  }
}
