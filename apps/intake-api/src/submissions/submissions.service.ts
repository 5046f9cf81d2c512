import { Inject, Injectable } from '@nestjs/common';
import { coarseDate, DomainError } from '@tnr/domain';
import { ReportRepository, TokenAlreadySpentError, type SpentToken } from '@tnr/database';
import { generateReceiptCode, hashReceiptCode, NarrativeCipher, normaliseReceiptCode } from '@tnr/platform';
import { randomUUID } from 'node:crypto';
import { INTAKE_CONFIG } from '../intake.tokens';
import type { IntakeConfig } from '../config/intake.config';
import { ProofOfWorkService, type PowFailure } from '../proof-of-work/proof-of-work.service';
import type { SubmitReportRequestDto } from './submit-report.request.dto';

export const RECEIPT_ADVICE =
  'Write this code down and keep it somewhere only you can reach. It is the only way to read replies or add to your report, and nobody, including us, can recover it. Do not send it by messenger or email.';

const POW_ERRORS: Record<PowFailure, () => DomainError> = {
  missing: () => new DomainError('POW.REQUIRED', 'A solved proof-of-work challenge is required: get one from GET /v1/challenge and send its solution in the "altcha" field.'),
  invalid: () => new DomainError('POW.INVALID', 'The proof-of-work solution is not valid.'),
  expired: () => new DomainError('POW.EXPIRED', 'The proof-of-work challenge has expired: get a new one from GET /v1/challenge.'),
  already_used: () => new DomainError('POW.ALREADY_USED', 'This proof-of-work solution was used already: solve a new challenge for each report.'),
};

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly cipher: NarrativeCipher,
    private readonly proofOfWork: ProofOfWorkService,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  /** The JSON API: a report is accepted only with a solved proof-of-work challenge, used once. */
  async submit(input: SubmitReportRequestDto, now: Date): Promise<{ receipt: string }> {
    const pow = await this.proofOfWork.check(input.altcha);
    if (!pow.ok) throw POW_ERRORS[pow.failure]();
    try {
      return await this.store(input, 'api', now, [pow.spend]);
    } catch (e) {
      // Another request spent the same solution between the check and the insert.
      if (e instanceof TokenAlreadySpentError) throw POW_ERRORS.already_used();
      throw e;
    }
  }

  /**
   * Stores the report encrypted with its outbox row, spending `spends` in the same transaction
   * (TokenAlreadySpentError: nothing stored), and returns the receipt (never stored). The
   * report is marked as sent with proof of work when a solved challenge is among `spends`.
   */
  async store(input: SubmitReportRequestDto, channel: 'api' | 'form', now: Date, spends: readonly SpentToken[]): Promise<{ receipt: string }> {
    const id = randomUUID();
    const receipt = generateReceiptCode();
    const sealed = this.cipher.encrypt(id, input.narrative);
    await this.reports.createWithOutbox(
      {
        id,
        channel,
        language: input.language ?? null,
        countryCode: input.country ?? null,
        city: input.city ?? null,
        incidentMonth: input.incidentMonth ?? null,
        reportedIncidentTypes: [...new Set(input.incidentTypes ?? [])],
        wantsReplies: input.wantsReplies ?? false,
        narrativeCiphertext: sealed.ciphertext,
        narrativeWrappedKey: sealed.wrappedKey,
        // The same canonical form the receipt lookup hashes.
        receiptHash: hashReceiptCode(normaliseReceiptCode(receipt) as string, this.config.receipt.receiptPepper),
        createdOn: coarseDate(now),
        proofOfWork: spends.some((s) => s.kind === 'pow_challenge'),
      },
      spends,
    );
    return { receipt };
  }
}
