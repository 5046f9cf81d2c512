import fc from 'fast-check';
import { AhoCorasick } from './aho-corasick';

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p, index) => {
    if (p === '' || patterns.indexOf(p) !== index) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(`${index}@${i}-${i + p.length}`);
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers', ['0@2-4', '1@1-4', '3@2-6']],
    [['a', 'aa', 'aaa'], 'aaaa', ['0@0-1', '0@1-2', '0@2-3', '0@3-4', '1@0-2', '1@1-3', '1@2-4', '2@0-3', '2@1-4']],
    [['福州', '福州市公安局', '公安'], '福州市公安局', ['0@0-2', '1@0-6', '2@3-5']],
    [[], 'anything', []],
  ])('%j in %s', (patterns, text, expected) => {
    const found = new AhoCorasick(patterns).search(text).map((m) => `${m.pattern}@${m.start}-${m.end}`).sort();
    expect(found).toEqual(expected);
  });

  it('finds exactly what a naive search finds', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '福', '州');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (patterns, text) => {
        const found = new AhoCorasick(patterns).search(text).map((m) => `${m.pattern}@${m.start}-${m.end}`).sort();
        expect(found).toEqual(naive(patterns, text));
      }),
    );
  });
});
