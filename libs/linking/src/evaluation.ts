import type { EntityLink, GazetteerEntry, IncidentTypeTag } from './types';
import { BUREAU_KINDS, SITE_KINDS, STATION_KINDS } from './vocabulary';

/** One labelled narrative of test/fixtures/linking/. */
export interface LabelledCase {
  id: string;
  lang: string;
  text: string;
  /** Every key that should be linked (named or inferred), once per narrative. */
  links: string[];
  incidentTypes: string[];
  /** Spans of explicitly named entities, when the corpus records them. */
  spans?: Array<{ key: string; start: number; end: number }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  cases: number;
  /** Link precision/recall per kind group (station, bureau, organization, city, country, region, address). */
  links: Record<string, Scores>;
  linksMicro: Scores;
  incidentTypes: Record<string, Scores>;
  incidentTypesMicro: Scores;
  /** Share of recorded explicit spans returned with exactly those offsets. */
  spanExact: { matched: number; total: number };
  errors: Array<{ id: string; missingLinks: string[]; extraLinks: string[]; missingTypes: string[]; extraTypes: string[] }>;
}

/** Groups fine kinds for reporting. */
export function kindGroup(entry: Pick<GazetteerEntry, 'entityType' | 'kind'>): string {
  if (STATION_KINDS.has(entry.kind) || SITE_KINDS.has(entry.kind)) return 'station';
  if (BUREAU_KINDS.has(entry.kind)) return 'bureau';
  if (entry.entityType === 'organization') return 'organization';
  return entry.kind;
}

/**
 * Scores narrative-level link keys (per kind group) and incident types (per type) against the
 * labels. A key counts once per narrative however many times it is linked.
 */
export function evaluate(
  cases: readonly LabelledCase[],
  analyse: (text: string) => { links: EntityLink[]; incidentTypes: IncidentTypeTag[] },
  entries: readonly GazetteerEntry[],
  typeIds: readonly string[],
): EvaluationReport {
  const groupOf = new Map(entries.map((e) => [e.key, kindGroup(e)]));
  const linkCounts = new Map<string, Counts>();
  const typeCounts = new Map<string, Counts>(typeIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const bump = (map: Map<string, Counts>, key: string, field: keyof Counts): void => {
    const counts = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    counts[field]++;
    map.set(key, counts);
  };
  const errors: EvaluationReport['errors'] = [];
  let spansMatched = 0;
  let spansTotal = 0;

  for (const c of cases) {
    const { links, incidentTypes } = analyse(c.text);
    const predicted = new Set(links.map((l) => l.key));
    const expected = new Set(c.links);
    for (const key of predicted) bump(linkCounts, groupOf.get(key) ?? 'unknown', expected.has(key) ? 'tp' : 'fp');
    for (const key of expected) if (!predicted.has(key)) bump(linkCounts, groupOf.get(key) ?? 'unknown', 'fn');

    const predictedTypes = new Set(incidentTypes.map((t) => t.id));
    const expectedTypes = new Set(c.incidentTypes);
    for (const id of predictedTypes) bump(typeCounts, id, expectedTypes.has(id) ? 'tp' : 'fp');
    for (const id of expectedTypes) if (!predictedTypes.has(id)) bump(typeCounts, id, 'fn');

    for (const span of c.spans ?? []) {
      spansTotal++;
      if (links.some((l) => l.key === span.key && l.start === span.start && l.end === span.end)) spansMatched++;
    }
    const missingLinks = [...expected].filter((k) => !predicted.has(k));
    const extraLinks = [...predicted].filter((k) => !expected.has(k));
    const missingTypes = [...expectedTypes].filter((k) => !predictedTypes.has(k));
    const extraTypes = [...predictedTypes].filter((k) => !expectedTypes.has(k));
    if (missingLinks.length + extraLinks.length + missingTypes.length + extraTypes.length > 0) {
      errors.push({ id: c.id, missingLinks, extraLinks, missingTypes, extraTypes });
    }
  }
  return {
    cases: cases.length,
    links: scoresOf(linkCounts),
    linksMicro: score(sum(linkCounts.values())),
    incidentTypes: scoresOf(typeCounts),
    incidentTypesMicro: score(sum(typeCounts.values())),
    spanExact: { matched: spansMatched, total: spansTotal },
    errors,
  };
}

function sum(counts: Iterable<Counts>): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

function score(c: Counts): Scores {
  // No predictions and nothing expected: nothing was wrong.
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function scoresOf(map: Map<string, Counts>): Record<string, Scores> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, score(c)]));
}
