/** Quick per-class report of our engine on one fixture: `node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/redaction-eval-quick.ts corpus.jsonl`. */
import { analyseNarrative } from '../apps/worker/src/pipeline/analyse-narrative';
import { loadAnalysers } from '../apps/worker/src/pipeline/pipeline-cli';
import { emptyScore, scoreReport } from '../libs/redaction/test/corpus-scoring';
import { loadFixture } from './redaction-corpus';

const name = (process.argv[2] ?? 'corpus.jsonl') as 'corpus.jsonl';
const analysers = loadAnalysers();
const score = emptyScore();
for (const r of loadFixture(name)) {
  const a = analyseNarrative(r.text, analysers);
  scoreReport(score, r, { spans: a.spans, protect: a.links, redacted: a.redacted });
}
for (const [t, c] of Object.entries(score.perClass)) if (c.total) console.log(t.padEnd(14), `${c.caught}/${c.total}`, (c.caught / c.total).toFixed(3), 'typed', (c.typed / c.total).toFixed(3));
console.log('overall', (score.overall.caught / score.overall.total).toFixed(4), 'protected', `${score.protectedKept}/${score.protectedTotal}`, 'negatives', `${score.negativesKept}/${score.negativesTotal}`, 'FP', score.falsePositives, '/', score.spans, 'per report', (score.falsePositives / score.reports).toFixed(3));
if (process.argv.includes('-v')) {
  console.log(score.misses.join('\n'));
  console.log('--- false positives');
  console.log(score.falsePositiveSamples.join('\n'));
}
