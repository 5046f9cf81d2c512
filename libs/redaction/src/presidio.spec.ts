// Specs read the labelled fixtures from disk; the library itself does no I/O (STYLE.md).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from './redact';

// Cases from Microsoft Presidio's recognizer tests (see test/fixtures/redaction/presidio-cases.LICENSE.md).
// Every must-match value of a class we cover must be covered by one of our spans. Presidio
// entities we do not cover (URL, IBAN as such, US_SSN, generic DATE_TIME, CRYPTO, MAC) are skipped.
const COVERED = new Set(['PHONE_NUMBER', 'EMAIL_ADDRESS', 'IP_ADDRESS', 'CREDIT_CARD', 'PERSON', 'UK_PASSPORT']);

interface PresidioCase {
  text: string;
  entity: string;
  expected: string[];
  source: string;
  line: number;
}

const cases = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'redaction', 'presidio-cases.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as PresidioCase)
  .filter((c) => COVERED.has(c.entity));

describe('Presidio recognizer cases', () => {
  const mustMatch = cases.filter((c) => c.expected.length > 0);

  it('covers every Presidio entity class we map', () => {
    expect(new Set(mustMatch.map((c) => c.entity))).toEqual(COVERED);
  });

  it.each(mustMatch.map((c) => [`${c.entity} ${c.source}:${c.line}`, c] as const))('%s', (_name, c) => {
    const { spans } = redact(c.text);
    let from = 0;
    for (const value of c.expected) {
      const at = c.text.indexOf(value, from);
      from = at + value.length;
      expect({ value, caught: spans.some((s) => s.start <= at && s.end >= at + value.length) }).toEqual({ value, caught: true });
    }
  });

  it('does not flag the must-not-match IP and card cases as those classes', () => {
    const wrong = cases
      .filter((c) => c.expected.length === 0 && (c.entity === 'IP_ADDRESS' || c.entity === 'CREDIT_CARD'))
      .filter((c) => redact(c.text).spans.some((s) => s.type === (c.entity === 'IP_ADDRESS' ? 'IP_ADDRESS' : 'BANK_CARD')))
      .map((c) => c.text);
    expect(wrong).toEqual([]);
  });
});
