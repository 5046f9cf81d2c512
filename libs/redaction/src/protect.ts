import type { Candidate } from './candidate';
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
  const out: Candidate[] = [];
  for (const c of candidates) {
    const hits = overlapping(ranges, c);
    if (hits.length === 0) {
      out.push(c);
      continue;
    }
    if (c.type !== 'ADDRESS') continue;
    let cursor = c.start;
    for (const r of hits) {
      if (r.start > cursor) pushPiece(text, c, cursor, r.start, out);
      cursor = Math.max(cursor, r.end);
    }
    if (cursor < c.end) pushPiece(text, c, cursor, c.end, out);
  }
  return out;
}

/** Sorted, disjoint union of the protected ranges, so that ends are sorted too. */
function mergeRanges(protect: readonly TextRange[]): TextRange[] {
  const sorted = protect.filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged;
}

/** Binary search for the first range ending after `c.start`, then walk while ranges start before `c.end`. */
function overlapping(ranges: TextRange[], c: TextRange): TextRange[] {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  const hits: TextRange[] = [];
  for (let i = lo; i < ranges.length && ranges[i].start < c.end; i++) {
    if (ranges[i].end > c.start) hits.push(ranges[i]);
  }
  return hits;
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
