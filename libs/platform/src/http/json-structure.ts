/**
 * One linear pass over a JSON text, before it is parsed into objects, that refuses what the
 * parser would accept but the rest of the stack should never see: nesting deeper than
 * `maxDepth` (class-transformer and loggers recurse), duplicate keys in one object (two
 * parsers could disagree on which value counts) and the keys `__proto__`, `constructor` and
 * `prototype` (prototype pollution). Malformed JSON is left to the parser.
 */
export type JsonStructureProblem = 'too_deep' | 'duplicate_key' | 'forbidden_key';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkJsonStructure(text: string, maxDepth = 32): JsonStructureProblem | null {
  // For each open container: null for an array, the keys seen so far for an object.
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      stack.push(ch === 0x7b ? new Set<string>() : null);
      if (stack.length > maxDepth) return 'too_deep';
      expectKey = ch === 0x7b;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (ch === 0x2c /* , */) {
      expectKey = stack.length > 0 && stack[stack.length - 1] !== null;
    } else if (ch === 0x22 /* " */) {
      // Scan the string, decoding only when it is a key.
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x5c /* \ */) {
          j++;
          escaped = true;
        } else if (c === 0x22) {
          break;
        }
      }
      if (expectKey) {
        const raw = text.slice(i, j + 1);
        let key: string;
        try {
          key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        } catch {
          return null; // malformed: the parser reports it
        }
        if (FORBIDDEN_KEYS.has(key)) return 'forbidden_key';
        const keys = stack[stack.length - 1] as Set<string>;
        if (keys.has(key)) return 'duplicate_key';
        keys.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return null;
}
