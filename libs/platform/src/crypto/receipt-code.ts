import { createHmac, randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so codes survive being read aloud or copied by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 7;
const GROUP_LEN = 4;
/** 28 symbols × 5 bits = 140 bits from the CSPRNG. */
export const RECEIPT_SYMBOLS = GROUPS * GROUP_LEN;

/** A receipt like `7K2M-Q9TX-…` (7 groups of 4). Shown once, never stored. */
export function generateReceiptCode(): string {
  const bytes = randomBytes(RECEIPT_SYMBOLS);
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  const symbols = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  const groups: string[] = [];
  for (let i = 0; i < RECEIPT_SYMBOLS; i += GROUP_LEN) groups.push(symbols.slice(i, i + GROUP_LEN));
  return groups.join('-');
}

/**
 * Canonical form for hashing: upper case, separators and spaces dropped, full-width
 * characters folded, and the letters people confuse mapped (O→0, I/L→1). Returns null for
 * anything that cannot be a receipt, before any hashing.
 */
export function normaliseReceiptCode(input: string): string | null {
  if (input.length > 128) return null;
  const folded = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (folded.length !== RECEIPT_SYMBOLS) return null;
  for (const ch of folded) if (!ALPHABET.includes(ch)) return null;
  return folded;
}

/** HMAC-SHA256 of the canonical receipt under the server pepper, hex. */
export function hashReceiptCode(canonical: string, pepperBase64: string): string {
  return createHmac('sha256', Buffer.from(pepperBase64, 'base64')).update(canonical).digest('hex');
}
