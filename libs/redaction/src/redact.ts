import type { Candidate } from './candidate';
import { DETECTORS } from './detectors';
import { PlaceholderBook } from './placeholders';
import { applyProtection } from './protect';
import { sortInPlace } from './sort-in-place';
import { scanText } from './text-scan';
import type { RedactionResult, RedactionSpan, RedactOptions } from './types';

/**
 * Finds identifying details and replaces each with a placeholder that is stable within the
 * text (`[PHONE_1]` every time the same number appears). Offsets in the returned spans are
 * UTF-16 offsets into `text`. Pure: no I/O, no clock, and no state carried between calls that
 * could change a result (module-level caches only hold compiled patterns, placeholder names
 * and a scratch buffer that each call overwrites before reading).
 */
export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const input = scanText(text);
  const folded = input.text;
  const candidates: Candidate[] = [];
  for (const detect of DETECTORS) detect(input, candidates);
  // Drop empty candidates, in place and in order.
  let count = 0;
  for (const c of candidates) if (c.end > c.start) candidates[count++] = c;
  candidates.length = count;
  const allowed = applyProtection(folded, candidates, options.protect ?? []);
  const kept = resolveOverlaps(allowed);

  const book = new PlaceholderBook(folded);
  const spans: RedactionSpan[] = [];
  let redacted = '';
  let cursor = 0;
  for (const c of kept) {
    const placeholder = book.placeholderFor(c);
    spans.push({ start: c.start, end: c.end, type: c.type, placeholder, confidence: c.confidence });
    redacted += text.slice(cursor, c.start) + placeholder;
    cursor = c.end;
  }
  return { redacted: redacted + text.slice(cursor), spans };
}

/**
 * Keeps the most certain candidate where candidates overlap: higher confidence first, then
 * the longer span. Returns spans sorted by start. O(k log k) in the number of candidates.
 * Sorts `candidates` in place (the caller's own array).
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = sortInPlace(candidates, byCertainty);
  const taken: Candidate[] = [];
  // Accepted spans kept sorted by start for a binary-search overlap check.
  for (const c of ranked) {
    const at = lowerBound(taken, c.start);
    const before = taken[at - 1];
    const after = taken[at];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    if (at === taken.length) {
      taken.push(c);
    } else if (taken.length < SHIFT_LIMIT) {
      // A short shift by hand: splice would allocate an array for the removed elements.
      taken.push(c);
      for (let k = taken.length - 1; k > at; k--) taken[k] = taken[k - 1];
      taken[at] = c;
    } else {
      taken.splice(at, 0, c);
    }
  }
  return taken;
}

/** Accepted spans up to which an insertion shifts elements in JavaScript rather than with splice's memmove. */
const SHIFT_LIMIT = 64;

function byCertainty(a: Candidate, b: Candidate): number {
  return b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function lowerBound(sorted: Candidate[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
