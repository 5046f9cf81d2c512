import { DomainError, type RedactionSpan } from '@tnr/domain';
import { foldWidth, type RedactionType } from '@tnr/redaction';

/**
 * A moderator's correction of a redaction. Added ranges are given in the coordinates of the
 * redacted text the moderator sees (that is all they can select); removals name spans by
 * their index in the current span list.
 */
export interface RedactionEdit {
  add: Array<{ start: number; end: number; type: RedactionType }>;
  remove: number[];
}

export interface RenderedRedaction {
  redacted: string;
  spans: RedactionSpan[];
}

/** Renders `raw` with `spans` (sorted, non-overlapping, raw offsets) replaced by their placeholders. */
export function renderRedaction(raw: string, spans: readonly RedactionSpan[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const s of spans) {
    parts.push(raw.slice(cursor, s.start), s.placeholder);
    cursor = s.end;
  }
  parts.push(raw.slice(cursor));
  return parts.join('');
}

/**
 * Maps an offset in the redacted text to the raw text. An offset inside a placeholder snaps
 * outward to the whole span (start → span start, end → span end), so a selection touching a
 * placeholder covers what it hides.
 */
export function rawOffset(redactedOffset: number, spans: readonly RedactionSpan[], edge: 'start' | 'end'): number {
  let shift = 0;
  for (const s of spans) {
    const placeholderStart = s.start + shift;
    const placeholderEnd = placeholderStart + s.placeholder.length;
    if (redactedOffset <= placeholderStart) break;
    if (redactedOffset < placeholderEnd) return edge === 'start' ? s.start : s.end;
    shift += s.placeholder.length - (s.end - s.start);
  }
  return redactedOffset - shift;
}

function valueKey(raw: string, s: { start: number; end: number }): string {
  return foldWidth(raw.slice(s.start, s.end)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Applies an edit and re-numbers nothing that already exists: kept spans keep their
 * placeholders; a new span reuses the placeholder of the same value of the same type, or gets
 * the next free number of its type. A new span that overlaps existing ones absorbs them.
 */
export function applyRedactionEdit(raw: string, current: readonly RedactionSpan[], edit: RedactionEdit): RenderedRedaction {
  const redactedLength = renderRedaction(raw, current).length;
  for (const i of edit.remove) {
    if (!Number.isInteger(i) || i < 0 || i >= current.length) throw new DomainError('INPUT.INVALID', `remove: no span with index ${i}.`);
  }
  const removed = new Set(edit.remove);
  let spans = current.filter((_, i) => !removed.has(i));

  for (const a of edit.add) {
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end > redactedLength || a.start >= a.end) {
      throw new DomainError('INPUT.INVALID', 'add: each range must lie inside the redacted text, with start < end.');
    }
    // Offsets refer to the text before this edit, so map through the original spans.
    let start = rawOffset(a.start, current, 'start');
    let end = rawOffset(a.end, current, 'end');
    const absorbed = spans.filter((s) => s.start < end && s.end > start);
    for (const s of absorbed) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    spans = spans.filter((s) => !absorbed.includes(s));
    spans.push({ start, end, type: a.type, placeholder: placeholderFor(raw, spans, { start, end }, a.type), confidence: 1, origin: 'staff' });
  }
  spans.sort((x, y) => x.start - y.start);
  return { redacted: renderRedaction(raw, spans), spans };
}

function placeholderFor(raw: string, spans: readonly RedactionSpan[], range: { start: number; end: number }, type: RedactionType): string {
  const key = valueKey(raw, range);
  const same = spans.find((s) => s.type === type && valueKey(raw, s) === key);
  if (same) return same.placeholder;
  const prefix = `[${type}_`;
  const used = spans.filter((s) => s.placeholder.startsWith(prefix)).map((s) => Number(s.placeholder.slice(prefix.length, -1)) || 0);
  return `${prefix}${Math.max(0, ...used) + 1}]`;
}
