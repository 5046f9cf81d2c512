import { buildRelease, releaseMetadata, rollUpGroups, TABLE_CATALOGUE, TABLE_IDS } from '.';
import { group, seededRandom } from '../test/helpers';

const input = rollUpGroups([group('NL', 'Amsterdam', '2021-03', ['tnr_a'], [], 25), group('FR', null, '2021-04', [], [], 3)]);

describe('catalogue and metadata', () => {
  it('documents every table id exactly once, with a title, a description and valid dimensions', () => {
    expect(TABLE_CATALOGUE.map((t) => t.id)).toEqual([...TABLE_IDS]);
    for (const t of TABLE_CATALOGUE) {
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.description.length).toBeGreaterThan(20);
      if (t.dimensions.includes('city')) expect(t.dimensions).toContain('country');
    }
  });

  it('describes a suppression release: k, the complementary rule, zeros, every table and column', () => {
    const meta = releaseMetadata(buildRelease(input));
    expect(meta.protection).toMatchObject({ method: 'suppression', k: 10 });
    expect(meta.protection.method === 'suppression' && meta.protection.complementary).toContain('exact linear-algebra check');
    expect(meta.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    const byCity = meta.tables.find((t) => t.id === 'by-city');
    expect(byCity?.columns.map((c) => c.hxl)).toEqual(['#country+code', '#country+name', '#adm2+name', '#affected+reports', '#meta+suppressed']);
    expect(meta.conventions.join(' ')).toContain('multi-valued');
  });

  it('describes a differential-privacy release: ε, sensitivity, mechanism and budget', () => {
    const release = buildRelease(input, {
      reference: { countries: ['NL', 'FR'], years: { from: 2021, to: 2021 }, incidentTypes: ['tnr_a'] },
      protection: { method: 'differential-privacy', epsilon: 0.5, maxIncidentTypesPerReport: 1, maxOrganizationsPerReport: 1, random: seededRandom(3) },
    });
    const meta = releaseMetadata(release);
    expect(meta.protection).toMatchObject({ method: 'differential-privacy', epsilon: 0.5, sensitivity: 14 });
    expect(meta.protection.method === 'differential-privacy' && meta.protection.mechanism).toContain('scale sensitivity/ε = 28.00');
  });
});
