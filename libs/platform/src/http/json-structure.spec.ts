import { checkJsonStructure } from './json-structure';

describe('checkJsonStructure', () => {
  it.each([
    ['{"narrative":"x","country":"NL"}', null],
    ['{"a":{"b":[1,{"c":"d"}]},"e":"{\\"a\\":1,\\"a\\":2}"}', null],
    ['{"a":1,"b":{"a":2}}', null],
    ['[{"a":1},{"a":1}]', null],
    ['{"a":1,"a":2}', 'duplicate_key'],
    ['{"a":1,"\\u0061":2}', 'duplicate_key'],
    ['{"__proto__":{"isAdmin":true}}', 'forbidden_key'],
    ['{"x":{"constructor":{"prototype":{"role":"admin"}}}}', 'forbidden_key'],
    ['{"narrative":"__proto__ constructor prototype are fine as values"}', null],
    ['{"a":"\\"","a":1}', 'duplicate_key'],
  ])('%s → %s', (text, expected) => {
    expect(checkJsonStructure(text)).toBe(expected);
  });

  it('refuses nesting deeper than the limit, in linear time, without recursion', () => {
    expect(checkJsonStructure('['.repeat(100_000))).toBe('too_deep');
    expect(checkJsonStructure(`{"narrative":"x","a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`)).toBe('too_deep');
    expect(checkJsonStructure(`${'['.repeat(32)}${']'.repeat(32)}`)).toBeNull();
    expect(checkJsonStructure(`${'['.repeat(33)}${']'.repeat(33)}`)).toBe('too_deep');
  });
});
