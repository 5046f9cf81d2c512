import { pinyin } from 'pinyin-pro';
import { fold, isHan } from './normalise';
import type { GazetteerEntry } from './types';
import { GENERIC_WORDS } from './vocabulary';

/** How a surface form was obtained; lower is more trustworthy. */
export enum FormRank {
  /** The canonical English name, parentheticals removed. */
  Canonical = 0,
  /** Any other recorded name: Chinese names, aliases. */
  Recorded = 1,
  /** A part of a recorded name: "A / B", "A – B", an address's first segment. */
  Derived = 2,
  /** Pinyin of a Chinese name of a Chinese entity, with or without spaces. */
  Pinyin = 3,
}

export interface SurfaceForm {
  /** Folded text (see `normalise`). */
  folded: string;
  entryIndex: number;
  rank: FormRank;
  /** An upper-case acronym ("MPS"): matched only where the text is upper case too. */
  acronym: string | null;
  /** The recorded text this form came from, for evidence. */
  source: string;
}

const MIN_LATIN_LENGTH = 3;
const MIN_HAN_LENGTH = 2;
const MAX_PINYIN_HAN_LENGTH = 5;
const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;
/** A trailing "of the PRC" on an organization's name, which reports leave out. */
/** A segment of an address that starts with a house number and goes on with a name: "220 Royal Crest Court". */
const STREET_NUMBER = /^\d+[a-z]?\s+\p{L}{2,}/iu;
const STATE_QUALIFIER = /\s+of\s+(?:the\s+)?(?:PRC|People['’]s Republic of China)$/i;

/**
 * Every form under which an entry may be matched. Recorded names are descriptive at times
 * ("Overseas police service station – Madrid (ES)", "Units 1 & 2, 220 Royal Crest Court, …"): a
 * parenthetical is dropped, a name is split on " / " and " – " only when every part is a name of
 * two words or more, an address also yields its first segment, and a derived form made only of
 * descriptive words ("Convenience store") is dropped.
 */
export function surfaceFormsOf(entry: GazetteerEntry, entryIndex: number): SurfaceForm[] {
  const forms: SurfaceForm[] = [];
  const add = (text: string, rank: FormRank, source: string): void => {
    const folded = fold(text);
    if (folded.length < (isHan(folded[0]) ? MIN_HAN_LENGTH : MIN_LATIN_LENGTH)) {
      const acronymOk = ACRONYM.test(text.trim()) && folded.length >= 2;
      if (!acronymOk) return;
    }
    const acronym = ACRONYM.test(text.trim()) ? text.trim() : null;
    forms.push({ folded, entryIndex, rank, acronym, source });
    const camel = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    if (camel !== text && !acronym) forms.push({ folded: fold(camel), entryIndex, rank, acronym: null, source });
  };

  const recorded = [entry.name, ...entry.names.filter((n) => n !== entry.name)];
  recorded.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '') return;
    const rank = i === 0 ? FormRank.Canonical : FormRank.Recorded;
    const { base, parentheticals } = splitParentheticals(name);
    add(base, rank, name);
    // "X Bureau (Y Bureau)", "Dongbang Myeongju (Oriental Pearl) floating restaurant": a parenthetical
    // of two words or more, not only descriptive ones, is another name of the same organization. A
    // place in parentheses ("(New York)") is matched too, but loses to the place's own better-ranked form.
    for (const p of parentheticals) {
      if (entry.entityType === 'organization' && words(p).length >= 2 && (lastWord(p) === lastWord(base) || isNameLike(p))) {
        add(p, FormRank.Derived, name);
      }
    }
    // Only names on both sides ("UFWD Tenth Bureau – Overseas Chinese Affairs Bureau"): in
    // "Overseas police service station – Richmond, BC" the part after the dash is a place, not the station.
    const parts = base.split(/\s+[/–—-]\s+/);
    if (parts.length > 1 && parts.every((p) => words(p).length >= 2 && isSpecific(p))) {
      for (const part of parts) add(part, FormRank.Derived, name);
    }
    // "Ministry of Public Security of the PRC" is written "Ministry of Public Security".
    const unqualified = base.replace(STATE_QUALIFIER, '');
    if (entry.entityType === 'organization' && unqualified !== base && words(unqualified).length >= 2 && isSpecific(unqualified)) {
      add(unqualified, FormRank.Derived, name);
    }
    if (entry.kind === 'address' || entry.kind === 'city') {
      const segments = base.split(',').map((p) => p.trim());
      if (segments.length > 1 && isSpecific(segments[0])) add(segments[0], FormRank.Derived, name);
      // "Units 1 & 2, 220 Royal Crest Court, Markham": the house number and street are written on their own.
      if (entry.kind === 'address') {
        for (const segment of segments.slice(1)) if (STREET_NUMBER.test(segment) && isSpecific(segment)) add(segment, FormRank.Derived, name);
      }
    }
    if (entry.countryCode === 'CN' && /^\p{Script=Han}+$/u.test(name) && name.length <= MAX_PINYIN_HAN_LENGTH) {
      for (const variant of pinyinVariants(name)) add(variant, FormRank.Pinyin, name);
    }
  });
  return dedupe(forms);
}

/** "福州" → "fuzhou", "fu zhou", "fu2zhou1", "fu2 zhou1" (tone marks fold away in `normalise`). */
export function pinyinVariants(han: string): string[] {
  const plain = pinyin(han, { toneType: 'none', type: 'array' });
  const numbered = pinyin(han, { toneType: 'num', type: 'array' });
  if (plain.length < 2 || plain.some((s) => !/^[a-zü]+$/.test(s))) return [];
  return [plain.join(''), plain.join(' '), numbered.join(''), numbered.join(' ')].map((s) => s.replace(/ü/g, 'v'));
}

function splitParentheticals(name: string): { base: string; parentheticals: string[] } {
  const parentheticals: string[] = [];
  const base = name.replace(/\s*[(（]([^)）]*)[)）]/g, (_m, inner: string) => {
    parentheticals.push(inner.trim());
    return ' ';
  });
  return { base: base.replace(/\s+/g, ' ').trim() || name, parentheticals };
}

function words(text: string): string[] {
  return fold(text).split(' ').filter((w) => w !== '');
}

function lastWord(text: string): string | null {
  const w = words(text);
  return w.length > 0 ? w[w.length - 1] : null;
}

/** At least one word that is neither descriptive vocabulary nor a number. */
function isSpecific(text: string): boolean {
  const folded = fold(text);
  if (isHan(folded[0])) return folded.length >= MIN_HAN_LENGTH;
  return words(text).some((w) => !GENERIC_WORDS.has(w) && !/^\d+$/.test(w) && w.length >= 2);
}

/** Every word capitalised (or Han), as a proper name is written; not "requesting body, Chile". */
function isNameLike(text: string): boolean {
  if (!isSpecific(text) || /[,;:]/.test(text)) return false;
  if (/^\p{Script=Han}+$/u.test(text)) return true;
  return text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || GENERIC_WORDS.has(w.toLowerCase()));
}

function dedupe(forms: SurfaceForm[]): SurfaceForm[] {
  const best = new Map<string, SurfaceForm>();
  for (const form of forms) {
    const key = `${form.folded}\u0000${form.acronym ?? ''}`;
    const seen = best.get(key);
    if (!seen || form.rank < seen.rank) best.set(key, form);
  }
  return [...best.values()];
}
