import { narrativeSegments } from './segments';

describe('narrativeSegments (admin UI)', () => {
  // Raw: "Officers of the Fuzhou PSB phoned my father at +86 139 1234 5678 and wrote to me@example.org."
  const raw = 'Officers of the Fuzhou PSB phoned my father at +86 139 1234 5678 and wrote to me@example.org.';
  const phone = { start: raw.indexOf('+86'), end: raw.indexOf(' and'), placeholder: '[PHONE_1]' };
  const email = { start: raw.indexOf('me@'), end: raw.length - 1, placeholder: '[EMAIL_1]' };
  const redacted = 'Officers of the Fuzhou PSB phoned my father at [PHONE_1] and wrote to [EMAIL_1].';

  it('maps raw offsets of spans and links to the redacted text', () => {
    const psb = { start: raw.indexOf('Fuzhou PSB'), end: raw.indexOf('Fuzhou PSB') + 10 };
    const wrote = { start: raw.indexOf('wrote'), end: raw.indexOf('wrote') + 5 };
    const segments = narrativeSegments(redacted, [email, phone], [wrote, psb]);
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['text', 'Officers of the '],
      ['link', 'Fuzhou PSB'],
      ['text', ' phoned my father at '],
      ['redaction', '[PHONE_1]'],
      ['text', ' and '],
      ['link', 'wrote'],
      ['text', ' to '],
      ['redaction', '[EMAIL_1]'],
      ['text', '.'],
    ]);
    // The index is the span's position in the report's list (the undo API takes it).
    expect(segments.filter((s) => s.kind === 'redaction').map((s) => (s.kind === 'redaction' ? s.index : -1))).toEqual([1, 0]);
    expect(segments.map((s) => s.text).join('')).toBe(redacted);
    for (const s of segments) expect(redacted.slice(s.start, s.end)).toBe(s.text);
  });

  it('shows the text plain when the spans do not fit it', () => {
    expect(narrativeSegments('short', [phone], [])).toEqual([{ kind: 'text', start: 0, end: 5, text: 'short' }]);
  });

  it('handles surrogate pairs and Chinese text by UTF-16 offsets', () => {
    const rawZh = '张伟😀在公安局';
    const span = { start: 0, end: 2, placeholder: '[PERSON_1]' };
    const link = { start: 5, end: 8 };
    const segments = narrativeSegments('[PERSON_1]😀在公安局', [span], [link]);
    expect(segments.map((s) => s.text)).toEqual(['[PERSON_1]', '😀在', '公安局']);
    expect(rawZh.slice(link.start, link.end)).toBe('公安局');
  });
});
