import { generateReceiptCode, hashReceiptCode, normaliseReceiptCode, RECEIPT_SYMBOLS } from './receipt-code';

describe('receipt codes', () => {
  it('generates 7 groups of 4 Crockford base32 symbols, different every time', () => {
    const codes = new Set(Array.from({ length: 1000 }, generateReceiptCode));
    expect(codes.size).toBe(1000);
    for (const c of codes) expect(c).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('normalises what people type to the form that was hashed at submission', () => {
    const code = generateReceiptCode();
    const canonical = code.replace(/-/g, '');
    expect(normaliseReceiptCode(code)).toBe(canonical);
    expect(normaliseReceiptCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(canonical);
    // Full-width characters and the letters people confuse with digits.
    expect(normaliseReceiptCode('ＯＯＯＯ-IIII-LLLL-0000-1111-2222-3333')).toBe('0000111111110000111122223333');
    expect(canonical).toHaveLength(RECEIPT_SYMBOLS);
  });

  it('refuses anything that cannot be a receipt before hashing', () => {
    expect(normaliseReceiptCode('')).toBeNull();
    expect(normaliseReceiptCode('U'.repeat(RECEIPT_SYMBOLS))).toBeNull();
    expect(normaliseReceiptCode('A'.repeat(RECEIPT_SYMBOLS + 1))).toBeNull();
    expect(normaliseReceiptCode('A'.repeat(129))).toBeNull();
  });

  it('hashes with the pepper: another pepper gives another hash', () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const b = Buffer.alloc(32, 2).toString('base64');
    expect(hashReceiptCode('X', a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashReceiptCode('X', a)).not.toBe(hashReceiptCode('X', b));
  });
});
