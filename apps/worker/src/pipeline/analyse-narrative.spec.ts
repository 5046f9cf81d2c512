import { IncidentClassifier, Linker, gazetteerFromSeed, type GazetteerEntry } from '@tnr/linking';
import { analyseNarrative } from './analyse-narrative';

function entry(key: string, names: string[], kind: string): GazetteerEntry {
  return { key, entityType: kind === 'city' ? 'location' : 'organization', kind, name: names[0], names, countryCode: null, locationKey: null, parentKey: null, hostKey: null };
}

describe('analyseNarrative', () => {
  const linker = new Linker([
    entry('st_nl_rotterdam', ['Van der Sluysstraat 370, Rotterdam'], 'overseas_police_service_station'),
    entry('psb_fuzhou', ['Fuzhou PSB', '福州市公安局'], 'public_security_bureau'),
    entry('loc_city_london', ['London'], 'city'),
  ]);
  const classifier = new IncidentClassifier({ types: [] });

  it('links first and keeps linked names out of redaction', () => {
    const text = 'Mr. Lin of the Fuzhou PSB called 13800138000 and 福州市公安局 wrote to me.';
    const out = analyseNarrative(text, { linker, classifier });
    expect(out.redacted).toBe('Mr. [PERSON_1] of the Fuzhou PSB called [PHONE_1] and 福州市公安局 wrote to me.');
    expect(out.links.map((l) => l.key).sort()).toEqual(['psb_fuzhou', 'psb_fuzhou']);
  });

  it("keeps a known station's address and removes a reporter's home address", () => {
    const text = 'The station at Van der Sluysstraat 370, Rotterdam called me; I live at 14 Mill Lane, London E1 6AN.';
    const out = analyseNarrative(text, { linker, classifier });
    expect(out.redacted).toContain('Van der Sluysstraat 370, Rotterdam');
    expect(out.redacted).toContain('I live at [ADDRESS_1], London [ADDRESS_2].');
  });

  it('works with the seed gazetteer shape', () => {
    const seedLinker = new Linker(gazetteerFromSeed({ organizations: [], locations: [{ id: 'loc_city_prato', name_en: 'Prato', names_zh: ['普拉托'], aliases: [], kind: 'city' }] }));
    const out = analyseNarrative('我在普拉托，电话+39 06 678 4343。', { linker: seedLinker, classifier });
    expect(out.redacted).toBe('我在普拉托，电话[PHONE_1]。');
  });
});
