import fc from 'fast-check';
import { IncidentClassifier } from './incident-classifier';
import { evaluate, type LabelledCase } from './evaluation';
import { Linker } from './linker';
import { gazetteerFromSeed } from './seed';
import { incidentTypes, knownEntities, readJson } from '../../../test/fixtures/linking/load-fixtures';
import type { EntityLink, GazetteerEntry } from './types';

const entries = gazetteerFromSeed(knownEntities());
const linker = new Linker(entries);

interface GoldenCase {
  text: string;
  links: Array<{ key: string; text: string; inferred?: string }>;
}
const golden = readJson<{ cases: GoldenCase[] }>('test/fixtures/linking/golden.json').cases;

const summary = (text: string, links: EntityLink[]): string[] =>
  links.map((l) => `${l.key} "${text.slice(l.start, l.end)}"${l.inferred ? ` ${l.inferred}` : ''}`).sort();

describe('Linker golden cases', () => {
  it.each(golden.map((c) => [c.text, c] as const))('%s', (_title, c) => {
    const expected = c.links.map((l) => `${l.key} "${l.text}"${l.inferred ? ` ${l.inferred}` : ''}`).sort();
    expect(summary(c.text, linker.link(c.text))).toEqual(expected);
  });
});

describe('Linker links', () => {
  it('carry the canonical English name, kind, evidence and a confidence in (0, 1]', () => {
    const text = '我在普拉托的服务站被约谈，温州警方也找过我。';
    for (const link of linker.link(text)) {
      const entry = entries.find((e) => e.key === link.key)!;
      expect(link.name).toBe(entry.name);
      expect(link.kind).toBe(entry.kind);
      expect(link.evidence.length).toBeGreaterThan(0);
      expect(link.confidence).toBeGreaterThan(0);
      expect(link.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('mark an implied operating bureau as weaker than the station it comes from', () => {
    const links = linker.link('There is a secret police station in Prato.');
    const station = links.find((l) => l.key === 'st_it_prato')!;
    const bureau = links.find((l) => l.inferred === 'operating_bureau')!;
    expect(bureau.key).toBe('psb_fuzhou');
    expect(bureau.confidence).toBeLessThan(station.confidence);
    expect(bureau.confidence).toBeLessThanOrEqual(0.5);
  });

  it('mark stations that the text cannot tell apart as ambiguous, without an operating bureau', () => {
    const links = linker.link('The service station in Madrid called me.');
    const stations = links.filter((l) => l.kind === 'overseas_police_service_station');
    expect(stations).toHaveLength(3);
    expect(stations.every((l) => l.ambiguous === true)).toBe(true);
    expect(links.some((l) => l.inferred === 'operating_bureau')).toBe(false);
  });

  it('use only gazetteer data: a staff-added entity and alias are found without code changes', () => {
    const added: GazetteerEntry = {
      key: 'psb_testville',
      entityType: 'organization',
      kind: 'public_security_bureau',
      name: 'Testville Public Security Bureau',
      names: ['Testville Public Security Bureau', '测试市公安局', 'Testville PSB'],
      countryCode: 'CN',
      locationKey: 'loc_city_testville',
      parentKey: 'org_mps',
      hostKey: null,
    };
    const city: GazetteerEntry = { ...added, key: 'loc_city_testville', entityType: 'location', kind: 'city', name: 'Testville', names: ['Testville', '测试'], locationKey: null, parentKey: null };
    const custom = new Linker([...entries, added, city]);
    expect(summary('The Testville PSB and 测试公安', custom.link('The Testville PSB and 测试公安'))).toEqual([
      'psb_testville "Testville PSB"',
      'psb_testville "测试公安" bureau_by_city',
    ]);
  });

  it('return original UTF-16 offsets around astral characters and full-width text', () => {
    const text = '😀😀 ＦＵＺＨＯＵ ＰＳＢ 𠀀 普拉托';
    expect(summary(text, linker.link(text))).toEqual(['loc_city_prato "普拉托"', 'psb_fuzhou "ＦＵＺＨＯＵ ＰＳＢ"']);
  });
});

describe('Linker on hostile input', () => {
  it.each([
    ['100 kB of one letter', 'a'.repeat(100_000)],
    ['100 kB of one Han character', '福'.repeat(100_000)],
    ['repeated names', 'Fuzhou police station in Prato. '.repeat(3_000)],
    ['stacked combining marks', `F${'\u0301'.repeat(50_000)}uzhou`],
    ['lone surrogates', '\ud800\udc00\ud800'.repeat(10_000)],
  ])('%s', (_name, text) => {
    const links = linker.link(text);
    for (const l of links) {
      expect(l.start).toBeGreaterThanOrEqual(0);
      expect(l.end).toBeLessThanOrEqual(text.length);
      expect(l.start).toBeLessThan(l.end);
    }
  });

  it('survives arbitrary mixed-script text and keeps offsets inside it', () => {
    const pieces = fc.constantFrom('Fuzhou', '福州', '公安', ' police ', '服务站', 'Prato', '普拉托', '\u0301', '𠀀', '’s', '. ', '，', 'ＭＰＳ', '110');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 60 }).map((p) => p.join('')), (text) => {
        for (const l of linker.link(text)) {
          expect(l.start).toBeGreaterThanOrEqual(0);
          expect(l.end).toBeLessThanOrEqual(text.length);
          expect(l.start).toBeLessThan(l.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quality on the labelled corpora', () => {
  const classifier = new IncidentClassifier(incidentTypes());
  const typeIds = incidentTypes().types.map((t) => t.id);
  const analyse = (text: string) => ({ links: linker.link(text), incidentTypes: classifier.classify(text) });

  it('meets the targets on the generated corpus', () => {
    const { cases } = readJson<{ cases: LabelledCase[] }>('test/fixtures/linking/corpus.generated.json');
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const report = evaluate(cases, analyse, entries, typeIds);
    expect(report.linksMicro.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.linksMicro.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.incidentTypesMicro.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.spanExact.matched).toBe(report.spanExact.total);
  });

  it('does not fall below the first measured held-out figures', () => {
    const { cases } = readJson<{ cases: LabelledCase[] }>('test/fixtures/linking/held-out.json');
    const report = evaluate(cases, analyse, entries, typeIds);
    // Regression floors, set just under the first held-out run (see BENCHMARKS.md), not targets.
    expect(report.linksMicro.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.linksMicro.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.incidentTypesMicro.f1).toBeGreaterThanOrEqual(0.83);
  });

  describe('public reporting', () => {
    const { cases } = readJson<{ cases: Array<LabelledCase & { source: string }> }>('test/fixtures/linking/public-reporting.json');
    const keys = new Set(entries.map((e) => e.key));
    const RECALL_FLOOR = 0.83;
    const PRECISION_FLOOR = 0.94;
    const TYPES_F1_FLOOR = 0.49;

    it('holds short sourced passages labelled with known keys and types', () => {
      expect(cases.length).toBeGreaterThanOrEqual(20);
      expect(cases.some((c) => c.lang.startsWith('zh'))).toBe(true);
      for (const c of cases) {
        expect(c.source.length).toBeGreaterThan(10);
        // Short passages only: at most 40 words, two Han characters counting as one word.
        const han = c.text.match(/\p{Script=Han}/gu)?.length ?? 0;
        const latinWords = c.text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’&.,-]*/gu)?.length ?? 0;
        expect({ id: c.id, short: han / 2 + latinWords <= 40 }).toEqual({ id: c.id, short: true });
        for (const key of c.links) expect({ id: c.id, key, known: keys.has(key) }).toEqual({ id: c.id, key, known: true });
        for (const id of c.incidentTypes) expect(typeIds).toContain(id);
      }
    });

    it('does not fall below the measured public-reporting figures', () => {
      const report = evaluate(cases, analyse, entries, typeIds);
      // Regression floors just under the figures in BENCHMARKS.md (links P 0.946 / R 0.837, types F1 0.500),
      // not the targets, which this set misses.
      expect(report.linksMicro.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
      expect(report.linksMicro.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(report.incidentTypesMicro.f1).toBeGreaterThanOrEqual(TYPES_F1_FLOOR);
    });
  });
});
