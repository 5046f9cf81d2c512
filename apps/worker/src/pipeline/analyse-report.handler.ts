import { Injectable, Logger } from '@nestjs/common';
import { ReportRepository } from '@tnr/database';
import { NarrativeCipher } from '@tnr/platform';
import type { JobPayloads } from '@tnr/queue-contracts';
import { analyseNarrative } from './analyse-narrative';
import { GazetteerService, toStoredLinks } from './gazetteer.service';

export type AnalyseOutcome = 'completed' | 'stale';

/**
 * Decrypts a report's narrative, links, redacts and classifies it, and stores the result.
 * Idempotent: a stale or already processed revision is a no-op. Errors are rethrown
 * unchanged so BullMQ retries them; nothing here logs the narrative.
 */
@Injectable()
export class AnalyseReportHandler {
  private readonly logger = new Logger(AnalyseReportHandler.name);

  constructor(
    private readonly reports: ReportRepository,
    private readonly gazetteer: GazetteerService,
    private readonly cipher: NarrativeCipher,
  ) {}

  async handle({ reportId, revision }: JobPayloads['analyse-report']): Promise<AnalyseOutcome> {
    const sealed = await this.reports.startAnalysis(reportId, revision);
    if (!sealed) return 'stale';
    const narrative = this.cipher.decrypt(reportId, { ciphertext: sealed.narrativeCiphertext, wrappedKey: sealed.narrativeWrappedKey });
    const analysers = await this.gazetteer.analysers();
    const result = analyseNarrative(narrative, analysers);
    const stored = await this.reports.completeAnalysis(reportId, revision, {
      redactedNarrative: result.redacted,
      redactionSpans: result.spans,
      suggestedIncidentTypes: result.incidentTypes,
      links: toStoredLinks(result.links, analysers.byKey),
    });
    this.logger.log({ reportId, revision, spans: result.spans.length, links: result.links.length, stored }, 'report analysed');
    return stored ? 'completed' : 'stale';
  }
}
