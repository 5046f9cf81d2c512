import { Inject, Injectable } from '@nestjs/common';
import { coarseDate } from '@tnr/domain';
import { ReportRepository } from '@tnr/database';
import { generateReceiptCode, hashReceiptCode, NarrativeCipher, normaliseReceiptCode } from '@tnr/platform';
import { randomUUID } from 'node:crypto';
import { INTAKE_CONFIG } from '../intake.tokens';
import type { IntakeConfig } from '../config/intake.config';
import type { SubmitReportRequestDto } from './submit-report.request.dto';

export const RECEIPT_ADVICE =
  'Write this code down and keep it somewhere only you can reach. It is the only way to read replies or add to your report, and nobody, including us, can recover it. Do not send it by messenger or email.';

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly cipher: NarrativeCipher,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  /** Stores the report encrypted with its outbox row, returns the receipt (never stored). */
  async submit(input: SubmitReportRequestDto, channel: 'api' | 'form', now: Date): Promise<{ receipt: string }> {
    const id = randomUUID();
    const receipt = generateReceiptCode();
    const sealed = this.cipher.encrypt(id, input.narrative);
    await this.reports.createWithOutbox({
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
      // No proof of work is asked for yet.
      proofOfWork: false,
    });
    return { receipt };
  }
}
