import { Injectable, Logger } from '@nestjs/common';
import { ReportRepository } from '@tnr/database';
import { NarrativeCipher } from '@tnr/platform';
import type { JobPayloads } from '@tnr/queue-contracts';
import { GazetteerService, toStoredLinks } from '../pipeline/gazetteer.service';

export interface RelinkProgress {
  done: number;
  total: number;
  /** Last report id handled: a retried job resumes after it. */
  cursor: string | null;
}

export type RelinkOutcome = { status: 'completed' | 'superseded'; progress: RelinkProgress };

const BATCH = 100;

/**
 * Re-links every analysed report after a gazetteer change: links and incident types are
 * suggested again with the new gazetteer; links staff confirmed, rejected or added stay.
 * Idempotent (same gazetteer, same result), resumable (from the cursor in the job's progress)
 * and abandoned as soon as a newer gazetteer version exists (its own job takes over).
 */
@Injectable()
export class RelinkAllHandler {
  private readonly logger = new Logger(RelinkAllHandler.name);

  constructor(
    private readonly reports: ReportRepository,
    private readonly gazetteer: GazetteerService,
    private readonly cipher: NarrativeCipher,
  ) {}

  async handle(payload: JobPayloads['relink-all'], resumeFrom: RelinkProgress | null, report: (p: RelinkProgress) => Promise<void>): Promise<RelinkOutcome> {
    const progress: RelinkProgress = { done: resumeFrom?.done ?? 0, total: await this.reports.countAnalysed(), cursor: resumeFrom?.cursor ?? null };
    for (;;) {
      const analysers = await this.gazetteer.analysers();
      if (analysers.version > payload.gazetteerVersion) return { status: 'superseded', progress };
      const batch = await this.reports.listAnalysed(progress.cursor, BATCH);
      if (batch.length === 0) break;
      for (const r of batch) {
        const narrative = this.cipher.decrypt(r.id, { ciphertext: r.narrativeCiphertext, wrappedKey: r.narrativeWrappedKey });
        const links = toStoredLinks(analysers.linker.link(narrative), analysers.byKey);
        await this.reports.replaceSuggestions(r.id, r.processedRevision, links, analysers.classifier.classify(narrative));
        progress.done += 1;
        progress.cursor = r.id;
      }
      progress.total = Math.max(progress.total, progress.done);
      await report({ ...progress });
    }
    this.logger.log({ gazetteerVersion: payload.gazetteerVersion, relinked: progress.done }, 'relinking finished');
    return { status: 'completed', progress };
  }
}
