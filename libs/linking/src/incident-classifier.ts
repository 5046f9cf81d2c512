import type { IncidentTypeTag } from './types';

/** The shape of `data/seed/incident-types.json`. */
export interface IncidentTypesSeed {
  types: Array<{ id: string; label: string; definition: string; subtypes?: Array<{ id: string; label: string; definition?: string }> }>;
}

/**
 * Multi-label incident type tagging. Placeholder until the classifier of the linking issue
 * lands: it tags nothing.
 */
export class IncidentClassifier {
  constructor(private readonly seed: IncidentTypesSeed) {}

  classify(_text: string): IncidentTypeTag[] {
    void this.seed;
    return [];
  }
}
