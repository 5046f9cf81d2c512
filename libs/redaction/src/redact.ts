import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { RedactionResult, RedactionSpan, RedactionType, RedactOptions, TextRange } from './types';

interface Candidate extends TextRange {
  type: RedactionType;
  confidence: number;
}

// Linear: the local part and each domain label are single character classes with no nesting.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;

function findEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'EMAIL', confidence: 0.99 });
  }
  return out;
}

function findPhones(text: string): Candidate[] {
  return findPhoneNumbersInText(text, { defaultCountry: 'CN', extended: false }).map((p) => ({
    start: p.startsAt,
    end: p.endsAt,
    type: 'PHONE' as const,
    confidence: 0.9,
  }));
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds identifying details and replaces each with a placeholder that is stable within the
 * text (`[PHONE_1]` every time the same number appears).
 */
export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const protect = options.protect ?? [];
  const candidates = [...findEmails(text), ...findPhones(text)]
    .filter((c) => !protect.some((p) => overlaps(p, c)))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }

  const numbering = new Map<string, string>();
  const counters = new Map<RedactionType, number>();
  const spans: RedactionSpan[] = kept.map((c) => {
    const key = `${c.type}\u0000${text.slice(c.start, c.end).replace(/\s+/g, '').toLowerCase()}`;
    let placeholder = numbering.get(key);
    if (!placeholder) {
      const n = (counters.get(c.type) ?? 0) + 1;
      counters.set(c.type, n);
      placeholder = `[${c.type}_${n}]`;
      numbering.set(key, placeholder);
    }
    return { ...c, placeholder };
  });

  let redacted = '';
  let cursor = 0;
  for (const s of spans) {
    redacted += text.slice(cursor, s.start) + s.placeholder;
    cursor = s.end;
  }
  redacted += text.slice(cursor);
  return { redacted, spans };
}
