/**
 * Turns a redacted narrative and its spans into segments to render. Redaction spans and links
 * carry offsets in the RAW text; the redacted text replaced each span by its placeholder, so
 * a position moves by (placeholder length − span length) for every earlier span. Pure: no
 * React, no DOM (unit-tested in segments.spec.ts).
 */
export interface SpanLike {
  start: number;
  end: number;
  placeholder: string;
}
export interface LinkLike {
  start: number;
  end: number;
}

export type Segment<S extends SpanLike, L extends LinkLike> =
  | { kind: 'text'; start: number; end: number; text: string }
  | { kind: 'redaction'; start: number; end: number; text: string; span: S; index: number }
  | { kind: 'link'; start: number; end: number; text: string; link: L };

/** Positions in the redacted text, or null when the spans do not fit the text (then show it plain). */
export function narrativeSegments<S extends SpanLike, L extends LinkLike>(redacted: string, spans: readonly S[], links: readonly L[]): Array<Segment<S, L>> {
  const order = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start);
  const marks: Array<Segment<S, L>> = [];
  // Cumulative shift after each span, to map link offsets too.
  const shifts: Array<{ rawEnd: number; shift: number }> = [];
  let shift = 0;
  for (const { span, index } of order) {
    const start = span.start + shift;
    const end = start + span.placeholder.length;
    if (redacted.slice(start, end) !== span.placeholder) return plain(redacted);
    marks.push({ kind: 'redaction', start, end, text: span.placeholder, span, index });
    shift += span.placeholder.length - (span.end - span.start);
    shifts.push({ rawEnd: span.end, shift });
  }
  for (const link of links) {
    const before = shifts.filter((s) => s.rawEnd <= link.start).at(-1)?.shift ?? 0;
    const start = link.start + before;
    const end = link.end + before;
    if (start < 0 || end > redacted.length || end <= start) continue;
    marks.push({ kind: 'link', start, end, text: redacted.slice(start, end), link });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<Segment<S, L>> = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks (should not happen): keep the first
    if (mark.start > at) out.push({ kind: 'text', start: at, end: mark.start, text: redacted.slice(at, mark.start) });
    out.push(mark);
    at = mark.end;
  }
  if (at < redacted.length) out.push({ kind: 'text', start: at, end: redacted.length, text: redacted.slice(at) });
  return out;
}

function plain<S extends SpanLike, L extends LinkLike>(redacted: string): Array<Segment<S, L>> {
  return [{ kind: 'text', start: 0, end: redacted.length, text: redacted }];
}
