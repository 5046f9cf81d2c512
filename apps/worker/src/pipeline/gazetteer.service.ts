import { Injectable } from '@nestjs/common';
import { GazetteerRepository, INCIDENT_TYPES } from '@tnr/database';
import { IncidentClassifier, Linker, type GazetteerEntry } from '@tnr/linking';
import type { Analysers } from './analyse-narrative';

/** Holds the matcher built from the gazetteer in the database; rebuilt on demand. */
@Injectable()
export class GazetteerService {
  private current: (Analysers & { byKey: Map<string, GazetteerEntry> }) | null = null;

  constructor(private readonly gazetteer: GazetteerRepository) {}

  async analysers(): Promise<Analysers & { byKey: Map<string, GazetteerEntry> }> {
    if (!this.current) await this.reload();
    return this.current as Analysers & { byKey: Map<string, GazetteerEntry> };
  }

  async reload(): Promise<void> {
    const entries = await this.gazetteer.loadEntries();
    this.current = {
      linker: new Linker(entries),
      classifier: new IncidentClassifier(INCIDENT_TYPES),
      byKey: new Map(entries.map((e) => [e.key, e])),
    };
  }
}
