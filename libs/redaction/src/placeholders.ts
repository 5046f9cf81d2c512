import type { Candidate } from './candidate';
import type { RedactionType } from './types';

/**
 * Numbers placeholders per type in order of first appearance: the same value (by its
 * detector key, e.g. the E.164 form of a phone) gets the same placeholder everywhere in
 * one text.
 */
export class PlaceholderBook {
  private readonly byKey = new Map<string, string>();
  private readonly counters = new Map<RedactionType, number>();

  placeholderFor(candidate: Candidate, surface: string): string {
    const key = `${candidate.type}\u0000${candidate.key ?? defaultKey(surface)}`;
    let placeholder = this.byKey.get(key);
    if (!placeholder) {
      const n = (this.counters.get(candidate.type) ?? 0) + 1;
      this.counters.set(candidate.type, n);
      placeholder = `[${candidate.type}_${n}]`;
      this.byKey.set(key, placeholder);
    }
    return placeholder;
  }
}

function defaultKey(surface: string): string {
  return surface.replace(/[\s,，]+/g, '').toLowerCase();
}
