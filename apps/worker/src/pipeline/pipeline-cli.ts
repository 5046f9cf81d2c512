/**
 * The pipeline command shared by the worker's operators, users and the benchmarks:
 *
 *   npm run --silent pipeline -- --jsonl < in.jsonl > out.jsonl
 *
 * Each input line `{"id","text"}` gives one output line
 * `{"id","redacted","spans","links","incidentTypes"}`, in input order. No database or Redis:
 * the gazetteer and incident types are loaded from data/seed/ in the repository.
 *
 * Bad lines (not JSON, missing `id` or `text`): the command does not stop; it writes
 * `{"id": <id or null>, "line": <n>, "error": "<code>"}` for that line on stdout, prints
 * `line <n>: <code>` on stderr (never the text), and exits with status 2 at the end.
 * Blank lines are skipped. Exit status: 0 all lines fine, 2 some lines bad, 1 fatal error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { IncidentClassifier, Linker, gazetteerFromSeed, type IncidentTypesSeed, type SeedFile } from '@tnr/linking';
import { analyseNarrative, type Analysers } from './analyse-narrative';

const SEED_DIR = join(__dirname, '..', '..', '..', '..', 'data', 'seed');

export function loadAnalysers(seedDir: string = SEED_DIR): Analysers {
  const entities = JSON.parse(readFileSync(join(seedDir, 'known-entities.json'), 'utf8')) as SeedFile;
  const incidentTypes = JSON.parse(readFileSync(join(seedDir, 'incident-types.json'), 'utf8')) as IncidentTypesSeed;
  return { linker: new Linker(gazetteerFromSeed(entities)), classifier: new IncidentClassifier(incidentTypes) };
}

export type LineError = 'invalid_json' | 'not_an_object' | 'missing_id' | 'missing_text' | 'analysis_failed';

/** Processes one input line; returns the output line (JSON) and the error code, if any. */
export function processLine(line: string, lineNumber: number, analysers: Analysers): { output: string; error?: LineError } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return failure(null, lineNumber, 'invalid_json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return failure(null, lineNumber, 'not_an_object');
  const { id, text } = parsed as { id?: unknown; text?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (safeId === null) return failure(null, lineNumber, 'missing_id');
  if (typeof text !== 'string') return failure(safeId, lineNumber, 'missing_text');
  try {
    const { redacted, spans, links, incidentTypes } = analyseNarrative(text, analysers);
    return { output: JSON.stringify({ id: safeId, redacted, spans, links, incidentTypes }) };
  } catch {
    return failure(safeId, lineNumber, 'analysis_failed');
  }
}

function failure(id: string | number | null, line: number, error: LineError): { output: string; error: LineError } {
  return { output: JSON.stringify({ id, line, error }), error };
}

async function main(): Promise<number> {
  if (!process.argv.includes('--jsonl')) {
    process.stderr.write('usage: npm run --silent pipeline -- --jsonl < in.jsonl > out.jsonl\n');
    return 1;
  }
  const analysers = loadAnalysers();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  let buffer: string[] = [];
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('\n') + '\n';
    buffer = [];
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of rl) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    const { output, error } = processLine(line, lineNumber, analysers);
    if (error) {
      bad++;
      process.stderr.write(`line ${lineNumber}: ${error}\n`);
    }
    buffer.push(output);
    if (buffer.length >= 256) await flush();
  }
  await flush();
  return bad > 0 ? 2 : 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`pipeline failed: ${err instanceof Error ? err.message : 'unknown error'}\n`);
      process.exitCode = 1;
    },
  );
}
