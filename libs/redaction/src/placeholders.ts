import type { Candidate } from './candidate';
import type { RedactionType } from './types';

/** Values a book holds before it indexes them in a Map (most reports name a handful). */
const LINEAR_LIMIT = 16;

/**
 * Numbers placeholders per type in order of first appearance: the same value (by its
 * detector key, e.g. the E.164 form of a phone) gets the same placeholder everywhere in
 * one text.
 */
export class PlaceholderBook {
  // Values in order of first appearance: type, key and placeholder at the same index.
  private readonly types: RedactionType[] = [];
  private readonly keys: string[] = [];
  private readonly placeholders: string[] = [];
  /** `type \0 key` → index, built once the book outgrows a linear search. */
  private index: Map<string, number> | undefined;
  private readonly counters: Partial<Record<RedactionType, number>> = {};

  /** `text`: the (width-folded) text the candidates point into. */
  constructor(private readonly text: string) {}

  placeholderFor(candidate: Candidate): string {
    const type = candidate.type;
    const key = candidate.key ?? defaultKey(this.text.slice(candidate.start, candidate.end));
    const known = this.find(type, key);
    if (known >= 0) return this.placeholders[known];
    const n = (this.counters[type] ?? 0) + 1;
    this.counters[type] = n;
    const placeholder = placeholderName(type, n);
    this.types.push(type);
    this.keys.push(key);
    this.placeholders.push(placeholder);
    if (this.index) this.index.set(`${type}\u0000${key}`, this.keys.length - 1);
    else if (this.keys.length > LINEAR_LIMIT) this.index = new Map(this.keys.map((k, i) => [`${this.types[i]}\u0000${k}`, i]));
    return placeholder;
  }

  private find(type: RedactionType, key: string): number {
    if (this.index) return this.index.get(`${type}\u0000${key}`) ?? -1;
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key && this.types[i] === type) return i;
    return -1;
  }
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
