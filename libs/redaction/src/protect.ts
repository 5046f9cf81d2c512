import type { Candidate } from './candidate';
import { sortInPlace } from './sort-in-place';
import { isAsciiDigit } from './text-classes';
import type { TextRange } from './types';

/**
 * Applies protected ranges (known organizations, stations, places). A candidate that
 * overlaps a protected range is dropped, except an address: the parts of it outside the
 * protected names are kept when they still identify a place (a house number or a street),
 * so "12 Baker Street, London" loses "12 Baker Street" and keeps "London".
 */
export function applyProtection(text: string, candidates: Candidate[], protect: readonly TextRange[]): Candidate[] {
  if (protect.length === 0) return candidates;
  const ranges = mergeRanges(protect);
  // Most candidates overlap no protected name: the input is returned as it is until one does.
  let out: Candidate[] | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    // Ranges are disjoint and sorted, so the first one ending after c.start is the only
    // candidate for the first overlap; the rest overlap while they start before c.end.
    let i = firstEndingAfter(ranges, c.start);
    if (i === ranges.length || ranges[i].start >= c.end) {
      out?.push(c);
      continue;
    }
    out ??= candidates.slice(0, k);
    if (c.type !== 'ADDRESS') continue;
    let cursor = c.start;
    for (; i < ranges.length && ranges[i].start < c.end; i++) {
      const r = ranges[i];
      if (r.start > cursor) pushPiece(text, c, cursor, r.start, out);
      cursor = Math.max(cursor, r.end);
    }
    if (cursor < c.end) pushPiece(text, c, cursor, c.end, out);
  }
  return out ?? candidates;
}

/** Sorted, disjoint union of the protected ranges, so that ends are sorted too. */
function mergeRanges(protect: readonly TextRange[]): TextRange[] {
  // One range (the common case) is its own union; it is only read, never changed.
  if (protect.length === 1) return protect[0].end > protect[0].start ? [protect[0]] : [];
  const sorted: TextRange[] = [];
  for (const r of protect) if (r.end > r.start) sorted.push({ start: r.start, end: r.end });
  sortInPlace(sorted, byStart);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged;
}

function byStart(a: TextRange, b: TextRange): number {
  return a.start - b.start;
}

/** Binary search: index of the first range ending after `pos` (ranges.length if none). */
function firstEndingAfter(ranges: TextRange[], pos: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const EDGE = /^[\s,，、.。;；:：\-—]+|[\s,，、.。;；:：\-—]+$/g;
const STREETISH = /\d|[路街道巷弄号號室村镇鎮]|Street|St\b|Road|Rd\b|Avenue|Ave\b|Lane|Drive|Way|Court|Place|Crescent|Square|straat|stra(?:ss|ß)e|Via|Rue|Calle|Box/;

function pushPiece(text: string, c: Candidate, start: number, end: number, out: Candidate[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s,，、.。;；:：\-—]+/, '').length;
  const trimmed = raw.replace(EDGE, '');
  if (trimmed.length < 2 || !STREETISH.test(trimmed)) return;
  // A lone number next to a protected name is usually part of that name's address.
  if (/^[\d\s]+$/.test(trimmed) && !trimmed.split('').some((ch) => isAsciiDigit(ch.charCodeAt(0)))) return;
  const s = start + lead;
  out.push({ ...c, start: s, end: s + trimmed.length, key: trimmed.replace(/\s+/g, '').toLowerCase() });
}
