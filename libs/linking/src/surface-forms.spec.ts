import { gazetteerFromSeed } from './seed';
import { surfaceFormsOf } from './surface-forms';
import { knownEntities } from '../../../test/fixtures/linking/load-fixtures';

const entries = gazetteerFromSeed(knownEntities());
const formsOf = (key: string): string[] => {
  const index = entries.findIndex((e) => e.key === key);
  return surfaceFormsOf(entries[index], index).map((f) => f.folded).sort();
};

describe('surfaceFormsOf', () => {
  it.each([
    // descriptive station names: no city-only or generic part becomes a form
    ['st_es_1', ['overseas police service station madrid'], ['madrid', 'overseas police service station']],
    ['st_ca_van', ['overseas police service station vancouver richmond bc'], ['richmond bc', 'vancouver']],
    ['st_ca_5', ['overseas police service station richmond bc'], ['richmond bc']],
    // a ministry without its "of the PRC"
    ['org_mps', ['ministry of public security', 'ministry of public security of the prc'], []],
    ['org_mss', ['ministry of state security'], []],
    // a parenthetical that renames the bureau is kept; "A – B" with two names splits
    ['org_mps_overseas_apprehension_bureau', ['overseas arrest work bureau', 'mps overseas fugitive apprehension bureau'], []],
    ['org_ufwd_bureau10', ['ufwd tenth bureau', 'overseas chinese affairs bureau'], []],
    // addresses: the first segment when it names something, never "Units 1 & 2" or "Convenience store"
    ['loc_addr_rotterdam_vdsluys', ['van der sluysstraat 370'], []],
    ['loc_addr_markham_royalcrest', ['220 royal crest court'], ['units 1 2', 'markham', 'ontario']],
    // a proper name in parentheses is another name; a place or a description in parentheses is not a form of its own
    ['host_dongbang', ['oriental pearl'], []],
    ['host_fz_assoc_chile', [], ['requesting body chile']],
    ['loc_addr_scarborough_warden', [], ['convenience store']],
    // pinyin of Chinese names of Chinese entities, with and without spaces
    ['loc_city_fuzhou', ['fuzhou', 'fu zhou', 'fu2zhou1', '福州'], []],
    // but not of the Chinese names of foreign places (巴黎 is not "Bali")
    ['loc_city_paris', ['paris', '巴黎'], ['bali', 'ba li']],
  ])('%s', (key, included, excluded) => {
    const forms = formsOf(key);
    for (const f of included) expect(forms).toContain(f);
    for (const f of excluded) expect(forms).not.toContain(f);
  });
});
