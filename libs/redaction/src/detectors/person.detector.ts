import type { Candidate, DetectorInput } from '../candidate';
import { detectChinesePersons } from './person-chinese';
import { detectLatinPersons } from './person-latin';

/** Person names in Latin script (English, pinyin, Cantonese, Uyghur, Tibetan) and in Chinese. */
export function detectPersons({ text }: DetectorInput): Candidate[] {
  return [...detectLatinPersons(text), ...detectChinesePersons(text)];
}
