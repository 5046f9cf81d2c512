import { Injectable } from '@nestjs/common';
import { GazetteerRepository, INCIDENT_TYPES, type AnalysisToStore } from '@tnr/database';
import { IncidentClassifier, Linker, type EntityLink, type GazetteerEntry } from '@tnr/linking';
import type { Analysers } from './analyse-narrative';

export interface GazetteerAnalysers extends Analysers {
  version: number;
  byKey: Map<string, GazetteerEntry>;
}

/**
 * Holds the matcher built from the gazetteer in the database. A trigger bumps the gazetteer's
 * version on every change; the matcher is rebuilt when the version moves.
 */
@Injectable()
export class GazetteerService {
  private current: GazetteerAnalysers | null = null;

  constructor(private readonly gazetteer: GazetteerRepository) {}

  async analysers(): Promise<GazetteerAnalysers> {
    const version = await this.gazetteer.currentVersion();
    if (!this.current || this.current.version !== version) await this.reload(version);
    return this.current as GazetteerAnalysers;
  }

  async reload(version?: number): Promise<void> {
    const v = version ?? (await this.gazetteer.currentVersion());
    const entries = await this.gazetteer.loadEntries();
    this.current = {
      version: v,
      linker: new Linker(entries),
      classifier: new IncidentClassifier(INCIDENT_TYPES),
      byKey: new Map(entries.map((e) => [e.key, e])),
    };
  }
}

/** Links as stored: with the entity type the matcher's entry carries. */
export function toStoredLinks(links: EntityLink[], byKey: Map<string, GazetteerEntry>): AnalysisToStore['links'] {
  return links.map((l) => ({
    entityType: byKey.get(l.key)?.entityType ?? 'organization',
    key: l.key,
    kind: l.kind,
    start: l.start,
    end: l.end,
    confidence: l.confidence,
    evidence: l.evidence,
  }));
}
