import type { Candidate } from './candidate';
import type { RedactionType } from './types';

/** Values a book holds before it indexes them in Maps (most reports name a handful). */
const LINEAR_LIMIT = 16;

/**
 * Numbers placeholders per type in order of first appearance: the same value (by its
 * detector key, e.g. the E.164 form of a phone) gets the same placeholder everywhere in
 * one text.
 */
export class PlaceholderBook {
  /** Values in order of first appearance, three strings each: type, key, placeholder. */
  private readonly entries: string[] = [];
  /** Built once the book outgrows a linear search: `type \0 key` → placeholder, and values per type. */
  private index: { placeholders: Map<string, string>; counts: Map<string, number> } | undefined;

  /** `text`: the (width-folded) text the candidates point into. */
  constructor(private readonly text: string) {}

  placeholderFor(candidate: Candidate): string {
    const type = candidate.type;
    const key = candidate.key ?? defaultKey(this.text.slice(candidate.start, candidate.end));
    if (this.index) return this.indexed(type, key, this.index);
    const entries = this.entries;
    let sameType = 0;
    for (let i = 0; i < entries.length; i += 3) {
      if (entries[i] !== type) continue;
      if (entries[i + 1] === key) return entries[i + 2];
      sameType++;
    }
    const placeholder = placeholderName(type, sameType + 1);
    entries.push(type, key, placeholder);
    if (entries.length > 3 * LINEAR_LIMIT) this.index = indexOf(entries);
    return placeholder;
  }

  private indexed(type: RedactionType, key: string, index: { placeholders: Map<string, string>; counts: Map<string, number> }): string {
    const id = `${type}\u0000${key}`;
    let placeholder = index.placeholders.get(id);
    if (placeholder === undefined) {
      const n = (index.counts.get(type) ?? 0) + 1;
      index.counts.set(type, n);
      placeholder = placeholderName(type, n);
      index.placeholders.set(id, placeholder);
    }
    return placeholder;
  }
}

function indexOf(entries: string[]): { placeholders: Map<string, string>; counts: Map<string, number> } {
  const placeholders = new Map<string, string>();
  const counts = new Map<string, number>();
  for (let i = 0; i < entries.length; i += 3) {
    placeholders.set(`${entries[i]}\u0000${entries[i + 1]}`, entries[i + 2]);
    counts.set(entries[i], (counts.get(entries[i]) ?? 0) + 1);
  }
  return { placeholders, counts };
}

/** `[PHONE_1]`, `[PHONE_2]`…: built once per type and number, as every report uses the first few. */
const NAMES: Partial<Record<RedactionType, string[]>> = {};

function placeholderName(type: RedactionType, n: number): string {
  const names = (NAMES[type] ??= []);
  return (names[n] ??= `[${type}_${n}]`);
}

function defaultKey(surface: string): string {
  return surface.replace(/[\s,，]+/g, '').toLowerCase();
}
