import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { coarseDate, DomainError, type ReportStatus } from '@tnr/domain';
import { MessageRepository, ReportRepository } from '@tnr/database';
import { hashReceiptCode, NarrativeCipher, normaliseReceiptCode, RECEIPT_SYMBOLS } from '@tnr/platform';
import { randomUUID } from 'node:crypto';
import type { IntakeConfig } from '../config/intake.config';
import { INTAKE_CONFIG } from '../intake.tokens';
import { GlobalBudget } from '../limits/global-budget';

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

export interface ReporterView {
  status: ReporterStatus;
  receivedOn: string;
  /** `body` is null once deleted under the retention rule (who wrote it and the day stay). */
  messages: Array<{ from: 'moderator' | 'you'; body: string | null; on: string }>;
}

/** Up to 60 failed lookups at once, refilled at one per second, shared by all callers. */
const BUDGET_CAPACITY = 60;
const BUDGET_REFILL_PER_SECOND = 1;
// Any well-formed code: used so that malformed input costs the same HMAC and lookup.
const DECOY = '0'.repeat(RECEIPT_SYMBOLS);

@Injectable()
export class ReceiptsService {
  private readonly budget = new GlobalBudget(BUDGET_CAPACITY, BUDGET_REFILL_PER_SECOND, Date.now());

  constructor(
    private readonly reports: ReportRepository,
    private readonly messages: MessageRepository,
    private readonly cipher: NarrativeCipher,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  /** Status and the conversation with moderators (the reporter's own messages included). */
  async view(receipt: string, now: Date): Promise<ReporterView> {
    const report = await this.resolve(receipt, now);
    const sealed = await this.messages.conversation(report.id);
    return {
      status: REPORTER_STATUS[report.status],
      receivedOn: report.createdOn,
      messages: sealed.map((m) => ({
        from: m.author === 'staff' ? 'moderator' : 'you',
        // Message ids are bound as associated data, as report ids are for narratives.
        body: m.bodyCiphertext === null ? null : this.cipher.decrypt(m.id, { ciphertext: m.bodyCiphertext, wrappedKey: m.bodyWrappedKey }),
        on: m.createdOn,
      })),
    };
  }

  /** The reporter answers moderators or adds information; stored encrypted, dated by day. */
  async reply(receipt: string, body: string, now: Date): Promise<void> {
    const report = await this.resolve(receipt, now);
    const id = randomUUID();
    const sealed = this.cipher.encrypt(id, body);
    await this.messages.add({ id, reportId: report.id, author: 'reporter', staffId: null, bodyCiphertext: sealed.ciphertext, bodyWrappedKey: sealed.wrappedKey, createdOn: coarseDate(now) });
  }

  /**
   * Unknown, malformed and wrong receipts all get the same error after the same work (one
   * HMAC, one indexed lookup). Only failed attempts spend the global budget, so a flood of
   * guesses slows guessing for everyone without locking out a reporter with a right code.
   */
  private async resolve(receipt: string, now: Date): Promise<{ id: string; status: ReportStatus; createdOn: string }> {
    const canonical = normaliseReceiptCode(receipt);
    const found = await this.reports.findByReceiptHash(hashReceiptCode(canonical ?? DECOY, this.config.receipt.receiptPepper));
    if (canonical && found) return found;
    if (!this.budget.take(now.getTime())) {
      throw new HttpException({ error: 'too_many_requests', message: 'Too many attempts. Please try again in a few minutes.' }, HttpStatus.TOO_MANY_REQUESTS);
    }
    throw new DomainError('RECEIPT.INVALID', 'This receipt is not valid.');
  }
}
