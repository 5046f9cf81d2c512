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
const perTable = suppression.result.tables.map((t) => {
  const hidden = t.cells.filter((c) => c.suppressed).length;
  const nonZero = t.cells.filter((c) => c.count !== 0).length;
  return `| ${t.id} | ${t.cells.length} | ${nonZero} | ${hidden} |`;
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
  `Distinct suppressed numbers: ${suppression.result.protection.method === 'suppression' ? suppression.result.protection.suppressedCells : '?'}.`,
  '',
  '| table | cells | non-zero | suppressed |',
  '|---|---|---|---|',
  ...perTable,
];
process.stdout.write(lines.join('\n') + '\n');
