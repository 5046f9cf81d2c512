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

/** Detectors read the width-folded text; offsets are the same as in the original. */
export interface DetectorInput {
  /** Width-folded text (see `foldWidth`), same length as the original. */
  text: string;
}

export type Detector = (input: DetectorInput) => Candidate[];
