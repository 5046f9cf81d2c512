import type { RedactionType, TextRange } from './types';

/** A detector's proposal, before protected ranges, overlaps and placeholders are resolved. */
export interface Candidate extends TextRange {
  type: RedactionType;
  confidence: number;
  /**
   * Identity of the value for placeholder numbering (`+8613800138000` for every spelling of
   * one phone number). Defaults to the matched text without spaces, lower case.
   */
  key?: string;
}

/**
 * What every detector reads: the width-folded text and facts about it gathered in one pass
 * (see `scanText`). A detector returns early when the facts show it cannot match, e.g. a
 * phone needs seven digits and a Chinese name a Han character; each such test is a
 * necessary condition of its patterns, so skipping never changes the result.
 */
export interface DetectorInput {
  /** Width-folded text (see `foldWidth`), same length as the original. */
  text: string;
  /** ASCII digits in the text. */
  digits: number;
  /** Longest run of consecutive ASCII digits. */
  digitRun: number;
  /** ASCII upper-case letters in the text. */
  upper: number;
  /** Whether the text holds a CJK ideograph (see `isHan`). */
  han: boolean;
  /** Number of `.` and of `:`. */
  dots: number;
  colons: number;
  /** Whether the text holds `@` / `/`. */
  at: boolean;
  slash: boolean;
  /** Adjacent pairs of units, for `KeywordGate`: letter pairs exactly, the rest in a Bloom filter. */
  pairs: number[];
}

/** Appends its candidates to `out` (a new array when not given) and returns it. */
export type Detector = (input: DetectorInput, out?: Candidate[]) => Candidate[];
