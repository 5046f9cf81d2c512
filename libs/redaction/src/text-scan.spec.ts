import fc from 'fast-check';
import { foldWidth } from './normalize';
import { isHan } from './text-classes';
import { keywordPattern } from './detectors/context-words';
import { KeywordGate, scanText } from './text-scan';

// Detectors skip a text on these facts, so a wrong fact or a gate that says "absent" for a
// word that is there would silently lose detections: both are checked against the obvious
// computation on generated text.
const unit = fc.oneof(
  fc.constantFrom(...'0123456789０１２３４５６７８９aAbBqQxXzZ .:@/_-—\u3000\u00a0王李出生微信扣扣车牌护照ＱＱ'),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);
const text = fc.array(unit, { maxLength: 200 }).map((units) => units.join(''));

describe('scanText', () => {
  it('folds like foldWidth and counts what the detectors test', () => {
    fc.assert(
      fc.property(text, (original) => {
        const scan = scanText(original);
        const folded = foldWidth(original);
        expect(scan.text).toBe(folded);
        const runs = folded.match(/\d+/g) ?? [];
        expect(scan.digits).toBe(runs.join('').length);
        expect(scan.digitRun).toBe(Math.max(0, ...runs.map((r) => r.length)));
        expect(scan.upper).toBe((folded.match(/[A-Z]/g) ?? []).length);
        expect(scan.dots).toBe((folded.match(/\./g) ?? []).length);
        expect(scan.colons).toBe((folded.match(/:/g) ?? []).length);
        expect(scan.at).toBe(folded.includes('@'));
        expect(scan.slash).toBe(folded.includes('/'));
        expect(scan.han).toBe([...folded].some((ch) => ch.length === 1 && isHan(ch.charCodeAt(0))));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('KeywordGate', () => {
  const words = ['qq', 'wxid_', 'b.', 'd.o.b', 'registration plate', '出生', 'ring ', 'api.whatsapp.com/send?phone=', 'v信'];
  const gate = new KeywordGate(words);

  it('never rules a word out when it occurs, in any ASCII case', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...words), text, fc.boolean(), (before, word, after, upper) => {
        const shown = upper ? word.toUpperCase() : word;
        expect(gate.mayOccur(scanText(before + shown + after))).toBe(true);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('rules words out of texts that lack them', () => {
    expect(gate.mayOccur(scanText('The quick brown fox jumps over the lazy dog on 12 May.'))).toBe(false);
    expect(new KeywordGate(['微信']).mayOccur(scanText('他给我打电话'))).toBe(false);
  });
});

describe('keywordPattern', () => {
  it('joins the alternatives and gates on their words', () => {
    const { pattern, gate } = keywordPattern(['wechat', ['\\btg\\b', 'tg']], 'gi');
    expect(pattern.source).toBe('wechat|\\btg\\b');
    expect(gate.mayOccur(scanText('add me on TG'))).toBe(true);
    expect(gate.mayOccur(scanText('call me'))).toBe(false);
  });

  it('refuses a pattern given as a literal', () => {
    expect(() => keywordPattern(['plates?'], 'gi')).toThrow(/not a literal/);
  });
});
