/**
 * Disclosure benchmark: how long a release takes from roll-ups of 1,000,000 verified synthetic
 * reports (bench/disclosure-synthetic.ts), per phase, with what it suppresses.
 *
 *   npm run bench:disclosure                 # 1,000,000 reports
 *   npm run bench:disclosure -- --reports 200000
 *
 * Wall-clock medians on this machine; reported, never asserted.
 */
import { buildRelease, toCsv, toHxlCsv, type Release } from '../libs/disclosure/src';
import { TABLE_CATALOGUE } from '../libs/disclosure/src/catalogue';
import { buildCellSpace } from '../libs/disclosure/src/cell-space';
import { normaliseInput } from '../libs/disclosure/src/normalise-input';
import { syntheticRollUps } from './disclosure-synthetic';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const reports = arg('reports', 1_000_000);
const runs = arg('runs', 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function time<T>(fn: () => T): { ms: number; result: T } {
  let result: T | undefined;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(samples), result: result as T };
}

const t0 = process.hrtime.bigint();
const { input, reference } = syntheticRollUps(reports);
const generateMs = Number(process.hrtime.bigint() - t0) / 1e6;
const rows = input.places.length + input.incidentTypes.length + input.organizations.length;

const suppression = time(() => buildRelease(input, { reference }));
const key = new Uint8Array(32).fill(7);
const privacy = time(() =>
  buildRelease(input, {
    reference,
    secret: key,
    protection: { method: 'differential-privacy', epsilon: 1, maxIncidentTypesPerReport: 3, maxOrganizationsPerReport: 2 },
  }),
);
const formats = time(() => suppression.result.tables.map((t) => toCsv(t).length + toHxlCsv(t).length));

const cells = (r: Release): number => r.tables.reduce((n, t) => n + t.cells.length, 0);
// True counts (from the same internal steps buildRelease takes), to tell withheld zeros apart.
const space = buildCellSpace(normaliseInput(input, reference, { kind: 'data', minCityReports: 10 }), TABLE_CATALOGUE);
const perTable = space.tables.map(({ definition, cells }) => {
  const released = suppression.result.tables.find((t) => t.id === definition.id)?.cells ?? [];
  let publishedNonZero = 0;
  let withheldNonZero = 0;
  let withheldZero = 0;
  cells.forEach(({ cell }, i) => {
    const zero = space.values[cell] === 0;
    if (!released[i].suppressed) publishedNonZero += zero ? 0 : 1;
    else if (zero) withheldZero++;
    else withheldNonZero++;
  });
  return `| ${definition.id} | ${cells.length} | ${publishedNonZero} | ${withheldNonZero} | ${withheldZero} |`;
});

const lines = [
  `Synthetic roll-ups of ${reports.toLocaleString('en')} verified reports: ${rows.toLocaleString('en')} roll-up rows ` +
    `(${input.places.length} place-month, ${input.incidentTypes.length} type, ${input.organizations.length} organization), generated in ${generateMs.toFixed(0)} ms.`,
  '',
  '| step | median ms |',
  '|---|---|',
  `| suppression release (k = 10, all ${suppression.result.tables.length} tables, ${cells(suppression.result)} table cells) | ${suppression.ms.toFixed(0)} |`,
  `| differential-privacy release (ε = 1, sensitivity ${privacy.result.protection.method === 'differential-privacy' ? privacy.result.protection.sensitivity : '?'}) | ${privacy.ms.toFixed(0)} |`,
  `| CSV + HXL of every table | ${formats.ms.toFixed(0)} |`,
  '',
  `Distinct withheld numbers: ${suppression.result.protection.method === 'suppression' ? suppression.result.protection.suppressedCells : '?'}; ` +
    `interval check (dense LP) ${suppression.result.protection.method === 'suppression' && suppression.result.protection.intervalsVerified ? 'ran' : 'skipped: too large'}.`,
  '',
  '| table | cells | published non-zero | withheld non-zero | withheld zeros |',
  '|---|---|---|---|---|',
  ...perTable,
];
process.stdout.write(lines.join('\n') + '\n');
