// Specs read the labelled fixtures from disk; the library itself does no I/O (STYLE.md).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linker, gazetteerFromSeed, type SeedFile } from '@tnr/linking';
import { emptyScore, parseJsonl, scoreReport, type CorpusScore, type LabelledReport } from '../test/corpus-scoring';
import { redact } from './redact';
import { REDACTION_TYPES } from './types';

// The labelled corpus (tuned), the hand-written hard cases (tuned) and the held-out cases
// (never tuned on). The worker's order is reproduced: link first, protect the links, redact.
const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'redaction');
const linker = new Linker(gazetteerFromSeed(JSON.parse(readFileSync(join(ROOT, 'data', 'seed', 'known-entities.json'), 'utf8')) as SeedFile));

function score(file: string): CorpusScore {
  const s = emptyScore();
  for (const report of parseJsonl<LabelledReport>(readFileSync(join(FIXTURES, file), 'utf8'))) {
    const protect = linker.link(report.text).map(({ start, end }) => ({ start, end }));
    const { redacted, spans } = redact(report.text, { protect });
    scoreReport(s, report, { redacted, spans, protect });
  }
  return s;
}

const recall = (c: { total: number; caught: number }): number => (c.total === 0 ? 1 : c.caught / c.total);

describe('redaction corpus', () => {
  const corpus = score('corpus.jsonl');

  it('has at least 400 reports in four language cases', () => {
    const langs = new Set(parseJsonl<LabelledReport>(readFileSync(join(FIXTURES, 'corpus.jsonl'), 'utf8')).map((r) => r.lang));
    expect(corpus.reports).toBeGreaterThanOrEqual(400);
    expect([...langs].sort()).toEqual(['en', 'mixed', 'zh-Hans', 'zh-Hant']);
  });

  it('recalls ≥ 0.98 overall and ≥ 0.95 in every class', () => {
    expect(recall(corpus.overall)).toBeGreaterThanOrEqual(0.98);
    for (const type of REDACTION_TYPES) {
      expect({ type, recall: recall(corpus.perClass[type]) }).toEqual({ type, recall: expect.any(Number) });
      expect(corpus.perClass[type].total).toBeGreaterThan(0);
      expect(recall(corpus.perClass[type])).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('keeps ≥ 0.98 of the protected entity names', () => {
    expect(corpus.protectedKept / corpus.protectedTotal).toBeGreaterThanOrEqual(0.98);
  });

  it('makes fewer than 0.1 false positives per report', () => {
    expect(corpus.falsePositives / corpus.reports).toBeLessThan(0.1);
  });

  it('passes every hand-written hard case', () => {
    const hard = score('hard-cases.jsonl');
    expect(hard.misses).toEqual([]);
    expect(hard.negativesKept).toBe(hard.negativesTotal);
    expect(hard.protectedKept).toBe(hard.protectedTotal);
  });

  it('reaches ≥ 0.95 recall on the held-out cases (never tuned on)', () => {
    const held = score('held-out.jsonl');
    expect(recall(held.overall)).toBeGreaterThanOrEqual(0.95);
    expect(held.negativesKept).toBe(held.negativesTotal);
  });
});
