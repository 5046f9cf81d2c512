import type { RedactionSpan } from '@tnr/domain';
import { applyRedactionEdit, rawOffset, renderRedaction } from './redaction-review';

const raw = 'Call Wang Wei at 13812345678, Wang Wei knows Li Na.';
const span = (value: string, type: RedactionSpan['type'], placeholder: string, from = 0): RedactionSpan => {
  const start = raw.indexOf(value, from);
  return { start, end: start + value.length, type, placeholder, confidence: 0.9 };
};
const spans: RedactionSpan[] = [span('Wang Wei', 'PERSON', '[PERSON_1]'), span('13812345678', 'PHONE', '[PHONE_1]'), span('Wang Wei', 'PERSON', '[PERSON_1]', 20)];

describe('redaction review', () => {
  const redacted = renderRedaction(raw, spans);

  it('renders placeholders over raw offsets', () => {
    expect(redacted).toBe('Call [PERSON_1] at [PHONE_1], [PERSON_1] knows Li Na.');
  });

  it('maps redacted offsets back to raw offsets, snapping into placeholders outward', () => {
    const liNa = redacted.indexOf('Li Na');
    expect(raw.slice(rawOffset(liNa, spans, 'start'), rawOffset(liNa + 5, spans, 'end'))).toBe('Li Na');
    const inside = redacted.indexOf('[PHONE_1]') + 3;
    expect(rawOffset(inside, spans, 'start')).toBe(spans[1].start);
    expect(rawOffset(inside, spans, 'end')).toBe(spans[1].end);
  });

  it('adds a missed name with the next free placeholder and keeps the others', () => {
    const liNa = redacted.indexOf('Li Na');
    const next = applyRedactionEdit(raw, spans, { add: [{ start: liNa, end: liNa + 5, type: 'PERSON' }], remove: [] });
    expect(next.redacted).toBe('Call [PERSON_1] at [PHONE_1], [PERSON_1] knows [PERSON_2].');
    expect(next.spans.at(-1)).toMatchObject({ type: 'PERSON', placeholder: '[PERSON_2]', origin: 'staff', confidence: 1 });
  });

  it('reuses the placeholder of the same value', () => {
    const text = 'Li Na met li na.';
    const first: RedactionSpan = { start: 0, end: 5, type: 'PERSON', placeholder: '[PERSON_3]', confidence: 0.8 };
    const r = applyRedactionEdit(text, [first], { add: [{ start: 15, end: 20, type: 'PERSON' }], remove: [] });
    expect(r.redacted).toBe('[PERSON_3] met [PERSON_3].');
  });

  it('undoes a wrong span', () => {
    const next = applyRedactionEdit(raw, spans, { add: [], remove: [1] });
    expect(next.redacted).toBe('Call [PERSON_1] at 13812345678, [PERSON_1] knows Li Na.');
    expect(next.spans).toHaveLength(2);
  });

  it('absorbs existing spans that a new range overlaps', () => {
    const from = redacted.indexOf('[PERSON_1] at');
    const to = redacted.indexOf('[PHONE_1]') + 9;
    const next = applyRedactionEdit(raw, spans, { add: [{ start: from, end: to, type: 'ADDRESS' }], remove: [] });
    expect(next.redacted).toBe('Call [ADDRESS_1], [PERSON_1] knows Li Na.');
  });

  it('rejects ranges outside the text and unknown span indexes with INPUT.INVALID', () => {
    expect(() => applyRedactionEdit(raw, spans, { add: [{ start: 5, end: 500, type: 'PERSON' }], remove: [] })).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
    expect(() => applyRedactionEdit(raw, spans, { add: [{ start: 6, end: 6, type: 'PERSON' }], remove: [] })).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
    expect(() => applyRedactionEdit(raw, spans, { add: [], remove: [7] })).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
