import { Injectable } from '@nestjs/common';
import { ReportTriageRepository, type StaffPrincipal } from '@tnr/database';
import { NarrativeCipher } from '@tnr/platform';
import { applyRedactionEdit, type RedactionEdit } from './redaction-review';

/**
 * The two places where staff actions need the raw narrative: correcting a redaction (the
 * server re-renders; the raw text never leaves it) and the audited reveal.
 */
@Injectable()
export class RedactionReviewService {
  constructor(
    private readonly triage: ReportTriageRepository,
    private readonly cipher: NarrativeCipher,
  ) {}

  async edit(reportId: string, edit: RedactionEdit, principal: StaffPrincipal, now: Date): Promise<void> {
    const sealed = await this.triage.sealedNarrative(reportId);
    const raw = this.cipher.decrypt(reportId, { ciphertext: sealed.narrativeCiphertext, wrappedKey: sealed.narrativeWrappedKey });
    const next = applyRedactionEdit(raw, sealed.redactionSpans, edit);
    await this.triage.replaceRedaction(
      reportId,
      sealed.redactionSpans,
      next,
      { actorId: principal.id, action: 'report.redaction.edited', details: { added: edit.add.map((a) => a.type), removed: edit.remove.map((i) => sealed.redactionSpans[i].type) } },
      now,
    );
  }

  async reveal(reportId: string, reason: string, principal: StaffPrincipal, now: Date): Promise<{ narrative: string }> {
    const sealed = await this.triage.sealedNarrative(reportId);
    const narrative = this.cipher.decrypt(reportId, { ciphertext: sealed.narrativeCiphertext, wrappedKey: sealed.narrativeWrappedKey });
    // Audited before the text is returned: no reveal without its record.
    await this.triage.auditReport(reportId, { actorId: principal.id, action: 'report.raw.revealed', details: { reason } }, now);
    return { narrative };
  }
}
