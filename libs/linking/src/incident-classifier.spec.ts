import { IncidentClassifier } from './incident-classifier';
import { incidentTypes } from '../../../test/fixtures/linking/load-fixtures';

const classifier = new IncidentClassifier(incidentTypes());
const ids = (text: string): string[] => classifier.classify(text).map((t) => t.id).sort();

describe('IncidentClassifier', () => {
  it.each([
    ['The police visited my parents and warned them about my posts.', ['coercion_by_proxy']],
    ['我的父母被公安约谈，他们要求我回国自首。', ['coercion_by_proxy', 'persuade_to_return']],
    ['我的父母被公安約談，他們要求我回國自首。', ['coercion_by_proxy', 'persuade_to_return']],
    ['I was summoned to the service station and put on a video call with police back home.', ['overseas_police_station']],
    ['Two men confronted me at the protest and shouted at me.', ['harassment']],
    ['A car followed me for weeks and someone took photos of my flat.', ['surveillance']],
    ['I received threatening messages on WeChat.', ['digital_threat']],
    ['我的微信账号被盗了。', ['digital_threat']],
    ['A man assaulted me outside my home.', ['physical_assault']],
    ['I was detained at the airport because of a Red Notice.', ['detention_or_rendition']],
    ['The consulate refused to renew my passport.', ['mobility_control']],
    ['領事館拒絕給我換發護照。', ['mobility_control']],
    ['My bank account was frozen after the embassy complained.', ['other']],
    ['They threatened me.', ['harassment']],
    ['They did not threaten me.', []],
    ['他们没有威胁我，只是聊了聊。', []],
    ['They threatened my parents.', ['coercion_by_proxy']],
    ['I am writing about the Chinese embassy and the community leaders who keep calling me at work.', ['other']],
    // a station that exists, opens or closes is no incident; one that acts on people is, in any person
    ['A Chinese police service station opened in Prato last year.', []],
    ['The overseas police station in Prato was closed by the authorities.', []],
    ['我国公安机关在海外设立了服务站。', []],
    ['Staff of the service station in Prato pressured a shopkeeper to register with them.', ['overseas_police_station']],
    ['I was told to report to the service station.', ['overseas_police_station']],
    // `other` only for a personal account
    ['The Chinese embassy announced a new cultural programme for the community this year.', []],
    // targets of harassment and searches; campaigns that bring people back
    ['Agents were sent to harass activists in Berlin.', ['harassment']],
    ['An official asked a contact to locate a dissident living in Toronto.', ['surveillance']],
    ['The campaign brought back hundreds of fugitives.', ['persuade_to_return']],
    ['test test', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual([...expected].sort());
  });

  // Known gap, also seen in the held-out set (ho-41): a threat phrased as "if you don't come back"
  // has no urging word ("if you" is not in the vocabulary), so persuade_to_return is missed.
  it.failing('tags a conditional threat to the reader as pressure to return', () => {
    expect(ids('If you do not come back, your parents will lose their jobs.')).toEqual(['coercion_by_proxy', 'persuade_to_return']);
  });

  it('lists the phrases that triggered each tag, as written', () => {
    const [tag] = classifier.classify('They THREATENED ME again.');
    expect(tag).toMatchObject({ id: 'harassment', triggers: ['THREATENED ME'] });
    expect(tag.confidence).toBeGreaterThan(0.5);
  });

  it('gives other only when nothing else fires', () => {
    expect(ids('My bank account was frozen and they threatened me.')).toEqual(['harassment']);
  });

  it('tags only the types the seed defines', () => {
    const reduced = new IncidentClassifier({ types: incidentTypes().types.filter((t) => t.id !== 'harassment') });
    expect(reduced.classify('They threatened me.').map((t) => t.id)).toEqual([]);
  });

  it('survives 100 kB of repeated triggers and negations', () => {
    const text = 'they did not threaten me, 没有跟踪我 '.repeat(3_000);
    expect(() => classifier.classify(text)).not.toThrow();
  });
});
