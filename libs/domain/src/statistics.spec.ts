import { suppressOneWay } from '@tnr/domain';

describe('suppressOneWay', () => {
  it('publishes cells at or above k and hides smaller ones', () => {
    const { cells, total } = suppressOneWay('country', [
      { value: 'IT', count: 25 },
      { value: 'NL', count: 3 },
      { value: 'FR', count: 4 },
      { value: 'US', count: 10 },
    ], 10);
    expect(cells).toEqual([
      { country: 'IT', count: 25, suppressed: false },
      { country: 'US', count: 10, suppressed: false },
      { country: 'FR', count: null, suppressed: true },
      { country: 'NL', count: null, suppressed: true },
    ]);
    // 3 + 4 = 7 < 10: the total would disclose a small remainder.
    expect(total).toBeNull();
  });

  it('suppresses a second cell when only one is below k, so it cannot be derived from the total', () => {
    const { cells, total } = suppressOneWay('country', [
      { value: 'IT', count: 25 },
      { value: 'US', count: 12 },
      { value: 'NL', count: 2 },
    ], 10);
    expect(cells.filter((c) => c.suppressed).map((c) => c.country).sort()).toEqual(['NL', 'US']);
    expect(total).toBe(39);
  });

  it('never uses a threshold below 5', () => {
    const { cells } = suppressOneWay('country', [{ value: 'IT', count: 4 }, { value: 'US', count: 4 }], 1);
    expect(cells.every((c) => c.suppressed)).toBe(true);
  });
});
