import type { RedactionSpan, RedactionType, TextRange } from '../src/types';
import { REDACTION_TYPES } from '../src/types';

/** One labelled report of the corpus (test/fixtures/redaction/*.jsonl). */
export interface LabelledReport {
  id: string;
  lang: string;
  text: string;
  /** Gold values. `start`/`end` are optional in hand-written files: every occurrence of `value` counts. */
  entities: Array<{ type: RedactionType; value: string; start?: number; end?: number }>;
  /** Names of known entities that must survive; strings or located ranges. */
  protected?: Array<string | { name: string; start: number; end: number }>;
  /** Strings that must survive (dates that are not birth dates, amounts, years). */
  negatives?: string[];
}

export interface ToolOutput {
  /** Spans, when the tool reports offsets (ours). */
  spans?: RedactionSpan[];
  /** Ranges the tool was told to protect (link spans), excluded from what must be covered. */
  protect?: TextRange[];
  redacted: string;
}

export interface ClassScore {
  total: number;
  caught: number;
  /** Caught by a span of the same class (ours only). */
  typed: number;
}

export interface CorpusScore {
  reports: number;
  perClass: Record<RedactionType, ClassScore>;
  overall: ClassScore;
  protectedTotal: number;
  protectedKept: number;
  negativesTotal: number;
  negativesKept: number;
  /** Spans that touch no gold value (ours only). */
  falsePositives: number;
  spans: number;
  /** Gold values missed, for inspection: `id: TYPE "value"`. */
  misses: string[];
  falsePositiveSamples: string[];
}

function occurrences(text: string, value: string): TextRange[] {
  const out: TextRange[] = [];
  if (!value) return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf(value, from);
    if (at < 0) return out;
    out.push({ start: at, end: at + value.length });
    from = at + value.length;
  }
}

function locatedEntities(r: LabelledReport): Array<{ type: RedactionType; value: string; range: TextRange }> {
  return r.entities.flatMap((e) =>
    e.start !== undefined && e.end !== undefined ? [{ type: e.type, value: e.value, range: { start: e.start, end: e.end } }] : occurrences(r.text, e.value).map((range) => ({ type: e.type, value: e.value, range })),
  );
}

function locatedProtected(r: LabelledReport): Array<{ name: string; range: TextRange }> {
  return (r.protected ?? []).flatMap((p) => (typeof p === 'string' ? occurrences(r.text, p).map((range) => ({ name: p, range })) : [{ name: p.name, range: { start: p.start, end: p.end } }]));
}

function inside(ranges: readonly TextRange[] | undefined, i: number): boolean {
  return (ranges ?? []).some((r) => r.start <= i && i < r.end);
}

/** Every non-space character of `range` is covered by `spans`, except characters inside `protect`. */
function covered(text: string, range: TextRange, spans: readonly TextRange[], protect: readonly TextRange[] | undefined): boolean | null {
  let required = 0;
  for (let i = range.start; i < range.end; i++) {
    if (/[\s\p{P}]/u.test(text[i]) || inside(protect, i)) continue;
    required++;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return required === 0 ? null : true;
}

export function emptyScore(): CorpusScore {
  const perClass = Object.fromEntries(REDACTION_TYPES.map((t) => [t, { total: 0, caught: 0, typed: 0 }])) as Record<RedactionType, ClassScore>;
  return { reports: 0, perClass, overall: { total: 0, caught: 0, typed: 0 }, protectedTotal: 0, protectedKept: 0, negativesTotal: 0, negativesKept: 0, falsePositives: 0, spans: 0, misses: [], falsePositiveSamples: [] };
}

/**
 * Scores one tool's output on one report. With spans (ours), a gold value is caught when its
 * characters are covered by spans (any class; `typed` counts same-class coverage). Without
 * spans (peers, which return only text), a gold value is caught when it no longer appears
 * verbatim in the output as often as in the input.
 */
export function scoreReport(score: CorpusScore, report: LabelledReport, out: ToolOutput): void {
  score.reports++;
  const entities = locatedEntities(report);
  for (const e of entities) {
    let caught: boolean | null;
    let typed = false;
    if (out.spans) {
      caught = covered(report.text, e.range, out.spans, out.protect);
      if (caught === null) continue;
      typed = caught && covered(report.text, e.range, out.spans.filter((s) => s.type === e.type), out.protect) !== false;
    } else {
      caught = occurrences(out.redacted, e.value).length < occurrences(report.text, e.value).length;
    }
    const cls = score.perClass[e.type];
    cls.total++;
    score.overall.total++;
    if (caught) {
      cls.caught++;
      score.overall.caught++;
    } else {
      score.misses.push(`${report.id}: ${e.type} "${e.value}"`);
    }
    if (typed) {
      cls.typed++;
      score.overall.typed++;
    }
  }
  for (const p of locatedProtected(report)) {
    score.protectedTotal++;
    const kept = out.spans ? !out.spans.some((s) => s.start < p.range.end && p.range.start < s.end) : out.redacted.includes(p.name);
    if (kept) score.protectedKept++;
  }
  for (const neg of report.negatives ?? []) {
    score.negativesTotal++;
    if (out.redacted.includes(neg)) score.negativesKept++;
  }
  if (out.spans) {
    score.spans += out.spans.length;
    for (const s of out.spans) {
      if (!entities.some((e) => s.start < e.range.end && e.range.start < s.end)) {
        score.falsePositives++;
        if (score.falsePositiveSamples.length < 200) score.falsePositiveSamples.push(`${report.id}: ${s.type} "${report.text.slice(s.start, s.end)}"`);
      }
    }
  }
}

export function parseJsonl<T>(content: string): T[] {
  return content
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}
