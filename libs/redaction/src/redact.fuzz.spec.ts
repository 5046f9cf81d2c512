import fc from 'fast-check';
import { redact } from './redact';

// Property tests: whatever the input, redact() returns well-formed output. Speed is measured
// in the benchmark (bench/redaction.bench.ts), not asserted here.

/** Characters that exercise every detector: digits (ASCII and full-width), separators, Latin, Han, markers. */
const ALPHABET = [...'0123456789０１２３４５６７８９ +-().:@/_#·,，。abcXYZ王李张先生路号市区身份证微信QQ@tme.wxid_EGHkp💥\n'];
const piece = fc.oneof(
  fc.constantFrom(...ALPHABET),
  fc.constantFrom('13800138000', '+86 ', 'wxid_', 't.me/', 'born ', '出生于', '护照', 'Mr. ', 'Street', '88号', '192.168.', '::', 'https://x.com/', '4111 1111 1111 1111'),
  fc.string({ maxLength: 4 }),
);
const adversarialText = fc.array(piece, { maxLength: 400 }).map((xs) => xs.join(''));

function checkWellFormed(text: string): void {
  const { redacted, spans } = redact(text);
  let cursor = 0;
  let rebuilt = '';
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(cursor);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.placeholder).toMatch(new RegExp(`^\\[${s.type}_\\d+\\]$`));
    rebuilt += text.slice(cursor, s.start) + s.placeholder;
    cursor = s.end;
  }
  rebuilt += text.slice(cursor);
  expect(redacted).toBe(rebuilt);
}

describe('redact: property tests', () => {
  it('returns sorted, disjoint, in-range spans and a consistent redacted text', () => {
    fc.assert(fc.property(adversarialText, (text) => checkWellFormed(text)), { numRuns: 300, seed: 42 });
  });

  it('is deterministic and gives one placeholder per value', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const a = redact(text);
        expect(redact(text)).toEqual(a);
        const byValue = new Map<string, Set<string>>();
        for (const s of a.spans) {
          const key = `${s.type}:${text.slice(s.start, s.end)}`;
          byValue.set(key, (byValue.get(key) ?? new Set()).add(s.placeholder));
        }
        for (const set of byValue.values()) expect(set.size).toBe(1);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('survives inputs up to 100 kB', () => {
    const big = fc.array(piece, { minLength: 20000, maxLength: 30000 }).map((xs) => xs.join('').slice(0, 100_000));
    fc.assert(fc.property(big, (text) => checkWellFormed(text)), { numRuns: 4, seed: 3 });
  });

  it.each([
    ['a×50000 + !', 'a'.repeat(50000) + '!'],
    ['1×100000', '1'.repeat(100000)],
    ['a@ + a.×30000', 'a@' + 'a.'.repeat(30000)],
    ['+ + " 1"×50000', '+' + ' 1'.repeat(50000)],
    ['mixed scripts', '王先生 13800138000 a@b.co 闽A·12345 '.repeat(3000)],
  ])('handles the B8 input %s', (_name, text) => {
    checkWellFormed(text);
  });
});
