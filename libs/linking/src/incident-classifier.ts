import { AhoCorasick } from './aho-corasick';
import { fold, isAlphabeticWordChar, normalise } from './normalise';
import { lowerBound, sentenceBreaks, sentenceOf } from './sentences';
import {
  CONDITIONALS,
  FIRST_PERSON,
  INCIDENT_VOCABULARY,
  NEGATIONS,
  NOT_FIRST_PERSON,
  RELATIVES,
  REPORT_CONTEXT,
  STATION_ACTIONS,
} from './incident-vocabulary';
import type { IncidentTypeTag } from './types';

/** The shape of `data/seed/incident-types.json`. */
export interface IncidentTypesSeed {
  types: Array<{ id: string; label: string; definition: string; subtypes?: Array<{ id: string; label: string; definition?: string; source?: string }> }>;
}

const enum Role {
  Strong = 1,
  Weak,
  ComboLeft,
  ComboRight,
  Relative,
  Negation,
  NotNegation,
  Conditional,
  Context,
  FirstPerson,
  NotFirstPerson,
  Action,
}

interface PhraseRole {
  role: Role;
  type: string | null;
  combo: number;
  /** Does not count in a sentence naming a relative. */
  notWithFamily: boolean;
}

interface Hit {
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  role: PhraseRole;
  phrase: string;
}

const OTHER = 'other';
const STRONG_WEIGHT = 1;
const WEAK_WEIGHT = 0.5;
const NEGATED_FACTOR = 0.25;
const TAG_THRESHOLD = 1;
/** Folded characters between a negation and the trigger it weakens ("did not really threaten"). */
const NEGATION_WINDOW_LATIN = 14;
const NEGATION_WINDOW_HAN = 3;
const CONDITIONAL_WINDOW = 24;
/** A report, not noise: this many words (or Han characters) and a word about the state. */
const MIN_REPORT_WORDS = 8;
const MIN_REPORT_HAN = 15;
const OTHER_FALLBACK_CONFIDENCE = 0.3;

/** Phrases that start with a negation word but do not negate: "没收" (confiscate), "不断" (constantly). */
const NOT_NEGATIONS: readonly string[] = [
  '没收', '不断', '不停', '不少', '不得不', '无法', '不仅', '不但', '不久', '不管', '无论', '不时',
  'not only', 'no longer', 'without warning', 'no matter', 'never stopped',
];

/**
 * Multi-label incident type tagging from taxonomy vocabulary (English, Simplified and, through
 * folding, Traditional Chinese). Each tag lists the phrases that triggered it; a trigger right
 * after a negation ("they did not threaten me") counts a quarter. `other` is given only when no
 * other type fires, and then only for a text that reads as a report.
 */
export class IncidentClassifier {
  private readonly typeIds: ReadonlySet<string>;
  private readonly automaton: AhoCorasick;
  private readonly roles: PhraseRole[][] = [];
  private readonly prefixes: boolean[] = [];
  /** Types whose phrases count only in a personal account or next to an act on people. */
  private readonly needsAction = new Set<string>();

  constructor(private readonly seed: IncidentTypesSeed) {
    this.typeIds = new Set(seed.types.map((t) => t.id));
    const byText = new Map<string, number>();
    const add = (raw: string, role: Role, type: string | null, combo = -1): void => {
      const notWithFamily = raw.startsWith('!');
      const prefix = raw.endsWith('*');
      const text = fold(raw.replace(/^!/, '').replace(/\*$/, ''));
      const key = `${text}\u0000${prefix ? '*' : ''}`;
      let index = byText.get(key);
      if (index === undefined) {
        index = this.roles.length;
        byText.set(key, index);
        this.roles.push([]);
        this.prefixes.push(prefix);
      }
      this.roles[index].push({ role, type, combo, notWithFamily });
    };
    for (const [type, vocabulary] of Object.entries(INCIDENT_VOCABULARY)) {
      // Vocabulary for a type the seed does not define is ignored: the seed owns the type list.
      if (!this.typeIds.has(type)) continue;
      if (vocabulary.needsAction) this.needsAction.add(type);
      vocabulary.strong.forEach((p) => add(p, Role.Strong, type));
      vocabulary.weak.forEach((p) => add(p, Role.Weak, type));
      vocabulary.combos.forEach(([left, right], i) => {
        left.forEach((p) => add(p, Role.ComboLeft, type, i));
        right.forEach((p) => add(p, Role.ComboRight, type, i));
      });
    }
    RELATIVES.forEach((p) => add(p, Role.Relative, null));
    NEGATIONS.forEach((p) => add(p, Role.Negation, null));
    NOT_NEGATIONS.forEach((p) => add(p, Role.NotNegation, null));
    CONDITIONALS.forEach((p) => add(p, Role.Conditional, null));
    REPORT_CONTEXT.forEach((p) => add(p, Role.Context, null));
    FIRST_PERSON.forEach((p) => add(p, Role.FirstPerson, null));
    NOT_FIRST_PERSON.forEach((p) => add(p, Role.NotFirstPerson, null));
    STATION_ACTIONS.forEach((p) => add(p, Role.Action, null));
    const patterns: string[] = [];
    for (const key of byText.keys()) patterns.push(key.split('\u0000')[0]);
    this.automaton = new AhoCorasick(patterns);
  }

  classify(text: string): IncidentTypeTag[] {
    const folded = normalise(text);
    const breaks = sentenceBreaks(text);
    const hits: Hit[] = [];
    for (const m of this.automaton.search(folded.text)) {
      if (isAlphabeticWordChar(folded.text[m.start]) && isAlphabeticWordChar(folded.text[m.start - 1])) continue;
      const rightOpen = isAlphabeticWordChar(folded.text[m.end - 1]) && isAlphabeticWordChar(folded.text[m.end]);
      if (rightOpen && !this.prefixes[m.pattern]) continue;
      // A stem ("threat*") reports the whole word it matched ("threatened").
      let to = m.end;
      while (rightOpen && isAlphabeticWordChar(folded.text[to])) to++;
      const start = folded.starts[m.start];
      const end = folded.ends[to - 1];
      const sentence = sentenceOf(breaks, start);
      for (const role of this.roles[m.pattern]) {
        hits.push({ from: m.start, to, start, end, sentence, role, phrase: text.slice(start, end) });
      }
    }
    if (hits.length === 0) return [];

    const familySentences = new Set(hits.filter((h) => h.role.role === Role.Relative).map((h) => h.sentence));
    const actionSentences = new Set(hits.filter((h) => h.role.role === Role.Action).map((h) => h.sentence));
    const officialWe = new Uint8Array(folded.text.length);
    for (const h of hits) if (h.role.role === Role.NotFirstPerson) officialWe.fill(1, h.from, h.to);
    // A personal account: the writer speaks ("I", "my", "我"), not a newspaper or a ministry ("我国").
    const personal = hits.some((h) => h.role.role === Role.FirstPerson && officialWe.subarray(h.from, h.to).includes(0));
    const counts = (hit: Hit): boolean => personal || !this.needsAction.has(hit.role.type!) || actionSentences.has(hit.sentence);
    const notNegation = new Uint8Array(folded.text.length);
    for (const h of hits) if (h.role.role === Role.NotNegation) notNegation.fill(1, h.from, h.to);
    // Both sorted by end offset (the automaton reports matches in that order).
    const negations = hits.filter((h) => h.role.role === Role.Negation && notNegation.subarray(h.from, h.to).includes(0));
    const conditionals = hits.filter((h) => h.role.role === Role.Conditional);
    const isConditional = (n: Hit): boolean => {
      for (let i = lowerBound(conditionals, n.from - CONDITIONAL_WINDOW, (c) => c.to); i < conditionals.length; i++) {
        const c = conditionals[i];
        if (c.to > n.from) break;
        if (c.sentence === n.sentence) return true;
      }
      return false;
    };
    const isNegated = (hit: Hit): boolean => {
      const window = /\p{Script=Han}/u.test(folded.text[hit.from]) ? NEGATION_WINDOW_HAN : NEGATION_WINDOW_LATIN;
      for (let i = lowerBound(negations, hit.from - window, (n) => n.to); i < negations.length; i++) {
        const n = negations[i];
        if (n.to > hit.from) break;
        if (n.sentence === hit.sentence && !isConditional(n)) return true;
      }
      return false;
    };

    // Evidence per type; a phrase inside a longer one of the same type ("threat" in "threatened me") adds nothing.
    const credited = new Map<string, Array<{ phrase: string; weight: number; from: number; to: number }>>();
    const credit = (type: string, phrase: string, weight: number, from = -1, to = -1): void => {
      const list = credited.get(type) ?? [];
      list.push({ phrase, weight, from, to });
      credited.set(type, list);
    };
    const comboSides = new Map<string, { left?: Hit; right?: Hit }>();
    for (const hit of hits) {
      const { role, type, notWithFamily, combo } = hit.role;
      if (type === null) continue;
      if (notWithFamily && familySentences.has(hit.sentence)) continue;
      if (!counts(hit)) continue;
      const factor = isNegated(hit) ? NEGATED_FACTOR : 1;
      if (role === Role.Strong) credit(type, hit.phrase, STRONG_WEIGHT * factor, hit.from, hit.to);
      else if (role === Role.Weak) credit(type, hit.phrase, WEAK_WEIGHT * factor, hit.from, hit.to);
      else if (role === Role.ComboLeft || role === Role.ComboRight) {
        const key = `${type}\u0000${combo}\u0000${hit.sentence}`;
        const sides = comboSides.get(key) ?? {};
        const side = role === Role.ComboLeft ? 'left' : 'right';
        // Keep a non-negated occurrence if there is one.
        if (!sides[side] || (isNegated(sides[side]!) && !isNegated(hit))) sides[side] = hit;
        comboSides.set(key, sides);
      }
    }
    for (const [key, { left, right }] of comboSides) {
      if (!left || !right || (left.from < right.to && right.from < left.to)) continue;
      const type = key.split('\u0000')[0];
      const negated = isNegated(left) || isNegated(right);
      const [first, second] = left.start <= right.start ? [left, right] : [right, left];
      credit(type, `${first.phrase} … ${second.phrase}`, STRONG_WEIGHT * (negated ? NEGATED_FACTOR : 1));
    }

    const evidence = new Map<string, Map<string, number>>();
    for (const [type, list] of credited) {
      const phrases = new Map<string, number>();
      list.sort((a, b) => a.from - b.from || b.to - a.to);
      let reach = -1;
      let reachFrom = -1;
      for (const item of list) {
        const inside = item.from >= 0 && reach >= item.to && !(reachFrom === item.from && reach === item.to);
        if (!inside) phrases.set(item.phrase, Math.max(phrases.get(item.phrase) ?? 0, item.weight));
        if (item.from >= 0 && item.to > reach) {
          reach = item.to;
          reachFrom = item.from;
        }
      }
      evidence.set(type, phrases);
    }
    const tags: IncidentTypeTag[] = [];
    for (const [type, phrases] of evidence) {
      if (type === OTHER) continue;
      const tag = toTag(type, phrases);
      if (tag) tags.push(tag);
    }
    if (tags.length === 0 && this.typeIds.has(OTHER)) {
      const tag = toTag(OTHER, evidence.get(OTHER) ?? new Map());
      if (tag) tags.push(tag);
      else if (personal && isReport(folded.text, hits)) {
        const context = [...new Set(hits.filter((h) => h.role.role === Role.Context).map((h) => h.phrase))];
        tags.push({ id: OTHER, confidence: OTHER_FALLBACK_CONFIDENCE, triggers: context });
      }
    }
    const order = this.seed.types.map((t) => t.id);
    return tags.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }
}

function toTag(type: string, phrases: ReadonlyMap<string, number>): IncidentTypeTag | null {
  let score = 0;
  for (const weight of phrases.values()) score += weight;
  if (score < TAG_THRESHOLD) return null;
  const triggers = [...phrases.entries()].sort((a, b) => b[1] - a[1]).map(([phrase]) => phrase);
  return { id: type, confidence: Math.round(Math.min(0.99, 1 - Math.pow(0.35, score)) * 100) / 100, triggers };
}

function isReport(folded: string, hits: readonly Hit[]): boolean {
  if (!hits.some((h) => h.role.role === Role.Context)) return false;
  const words = folded.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w) && !/\p{Script=Han}/u.test(w)).length;
  const han = (folded.match(/\p{Script=Han}/gu) ?? []).length;
  return words >= MIN_REPORT_WORDS || han >= MIN_REPORT_HAN;
}
