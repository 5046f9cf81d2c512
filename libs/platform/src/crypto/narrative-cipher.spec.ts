import { randomBytes, randomUUID } from 'node:crypto';
import { NarrativeCipher } from './narrative-cipher';

const key = () => randomBytes(32).toString('base64');

describe('NarrativeCipher', () => {
  const id = randomUUID();
  const text = '王先生 was called by the Fuzhou police. <script>alert(1)</script> 🙂';

  it('round-trips text and never contains it in clear', () => {
    const cipher = new NarrativeCipher(key());
    const sealed = cipher.encrypt(id, text);
    expect(sealed.ciphertext.includes(Buffer.from('Fuzhou'))).toBe(false);
    expect(cipher.decrypt(id, sealed)).toBe(text);
    expect(NarrativeCipher.keyIdOf(sealed.wrappedKey)).toBe('k1');
  });

  it('fails on a flipped byte, on another report id, and with the wrong key', () => {
    const k = key();
    const cipher = new NarrativeCipher(k);
    const sealed = cipher.encrypt(id, text);
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[20] ^= 1;
    expect(() => cipher.decrypt(id, { ...sealed, ciphertext: flipped })).toThrow();
    expect(() => cipher.decrypt(randomUUID(), sealed)).toThrow();
    expect(() => new NarrativeCipher(key()).decrypt(id, sealed)).toThrow();
  });

  it('uses a fresh nonce every time', () => {
    const cipher = new NarrativeCipher(key());
    const nonces = new Set(Array.from({ length: 10_000 }, () => cipher.encrypt(id, 'x').ciphertext.subarray(0, 12).toString('hex')));
    expect(nonces.size).toBe(10_000);
  });

  it('rotates: a new key ring reads old rows, re-wraps them, and then no longer needs the old key', () => {
    const k1 = key();
    const k2 = key();
    const old = new NarrativeCipher({ currentId: 'k1', keys: { k1 } });
    const sealed = old.encrypt(id, text);
    const ring = new NarrativeCipher({ currentId: 'k2', keys: { k1, k2 } });
    expect(ring.decrypt(id, sealed)).toBe(text);
    const rewrapped = ring.rewrap(id, sealed.wrappedKey);
    expect(NarrativeCipher.keyIdOf(rewrapped)).toBe('k2');
    expect(new NarrativeCipher({ currentId: 'k2', keys: { k2 } }).decrypt(id, { ciphertext: sealed.ciphertext, wrappedKey: rewrapped })).toBe(text);
    expect(() => new NarrativeCipher({ currentId: 'k2', keys: { k2 } }).decrypt(id, sealed)).toThrow(/"k1" is not configured/);
  });
});
