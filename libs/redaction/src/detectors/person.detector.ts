import type { Candidate, DetectorInput } from '../candidate';
import { detectChinesePersons } from './person-chinese';
import { detectLatinPersons } from './person-latin';

/** Person names in Latin script (English, pinyin, Cantonese, Uyghur, Tibetan) and in Chinese. */
export function detectPersons({ text, upper, han }: DetectorInput): Candidate[] {
  // A Latin name starts with a capital letter; a Chinese one is written in Han characters.
  const latin = upper > 0 ? detectLatinPersons(text) : [];
  return han ? latin.concat(detectChinesePersons(text)) : latin;
}
