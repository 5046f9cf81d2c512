/** Disclosure control: cells below this many reports are suppressed (the default k). */
export const DEFAULT_MIN_CELL = 10;
/** No configuration may set k below this. */
export const ABSOLUTE_MIN_CELL = 5;
