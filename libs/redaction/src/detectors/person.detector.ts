import type { Candidate, DetectorInput } from '../candidate';
import { detectChinesePersons } from './person-chinese';
import { detectLatinPersons } from './person-latin';

/** Person names in Latin script (English, pinyin, Cantonese, Uyghur, Tibetan) and in Chinese. */
export function detectPersons({ text, upper, han }: DetectorInput, out: Candidate[] = []): Candidate[] {
  // A Latin name starts with a capital letter; a Chinese one is written in Han characters.
  if (upper > 0) detectLatinPersons(text, out);
  if (han) detectChinesePersons(text, out);
  return out;
}
