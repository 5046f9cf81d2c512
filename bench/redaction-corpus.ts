/** Loads the labelled redaction fixtures for the benchmark and the specs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl, type LabelledReport } from '../libs/redaction/test/corpus-scoring';

export const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'redaction');

export function loadFixture(name: 'corpus.jsonl' | 'hard-cases.jsonl' | 'held-out.jsonl'): LabelledReport[] {
  return parseJsonl<LabelledReport>(readFileSync(join(FIXTURES, name), 'utf8'));
}
