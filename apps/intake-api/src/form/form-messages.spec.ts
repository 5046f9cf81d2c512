import { FORM_MESSAGES, incidentTypeOptions, missingIncidentTypeLabels } from './form-messages';

describe('form message catalogue', () => {
  it('has a Chinese label for every incident type of the seed', () => {
    expect(missingIncidentTypeLabels('zh-Hans')).toEqual([]);
    expect(missingIncidentTypeLabels('zh-Hant')).toEqual([]);
    expect(incidentTypeOptions('zh-Hant').map((t) => t.id)).toEqual(incidentTypeOptions('en').map((t) => t.id));
  });

  it('has every message, non-empty, in every language', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object).map((s) => `${k}.${s}`) : [k])).sort();
    const en = keys(FORM_MESSAGES.en);
    for (const messages of Object.values(FORM_MESSAGES)) {
      expect(keys(messages)).toEqual(en);
      const empty = Object.entries(messages).filter(([, v]) => v === '');
      expect(empty).toEqual([]);
    }
  });
});
