import fc from 'fast-check';
import { fold, normalise } from './normalise';

describe('fold', () => {
  it.each([
    ['Fúzhōu', 'fuzhou'],
    ['São Paulo', 'sao paulo'],
    ['ＦＵＺＨＯＵ　ＰＳＢ', 'fuzhou psb'],
    ['１１０', '110'],
    ["Gong'anbu", 'gonganbu'],
    ['Gong’anbu', 'gonganbu'],
    ["Fuzhou's police", 'fuzhou police'],
    ['the Qingtian police’s service centre', 'the qingtian police service centre'],
    ["Hong Kong's", 'hong kong'],
    ["it's", 'it'],
    ['St. Louis', 'st louis'],
    ['Police–Overseas  Chinese', 'police overseas chinese'],
    ['福州 市公安局', '福州市公安局'],
    ['福州，公安', '福州 公安'],
    ['溫州市公安局', '温州市公安局'],
    ['長樂區', '长乐区'],
    ['中華人民共和國公安部', '中华人民共和国公安部'],
    ['Kőbánya', 'kobanya'],
    ['"Overseas 110"', 'overseas 110'],
    ['在Prato的服务站', '在prato的服务站'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('normalise offset map', () => {
  it('maps every folded character back inside the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const n = normalise(text);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(0);
          expect(n.ends[i]).toBeGreaterThan(n.starts[i]);
          expect(n.ends[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]);
        }
      }),
    );
  });

  it('round-trips a word to its original spelling', () => {
    const text = 'Calls from ＦＵＺＨＯＵ and Fúzhōu';
    const n = normalise(text);
    const at = n.text.indexOf('fuzhou', n.text.indexOf('fuzhou') + 1);
    expect(text.slice(n.starts[at], n.ends[at + 5])).toBe('Fúzhōu');
    expect(text.slice(n.starts[n.text.indexOf('fuzhou')], n.ends[n.text.indexOf('fuzhou') + 5])).toBe('ＦＵＺＨＯＵ');
  });

  it('keeps surrogate pairs whole', () => {
    const text = '𠀀福州';
    const n = normalise(text);
    expect(text.slice(n.starts[n.text.length - 2], n.ends[n.text.length - 1])).toBe('福州');
  });
});
