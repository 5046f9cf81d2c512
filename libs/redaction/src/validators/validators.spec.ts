import { hkIdValid, ibanValid, ipv4Valid, ipv6Valid, luhnValid, prcIdCheckChar, prcIdValid, twIdValid } from '.';

describe('checksum validators', () => {
  it.each([
    ['11010519491231002X', true],
    ['350102198703120418', true],
    ['350102198703120417', false], // wrong check digit
    ['350102198713120418', false], // month 13
    ['050102198703120418', false], // no region 0
  ])('PRC resident ID %s → %s', (id, ok) => expect(prcIdValid(id)).toBe(ok));

  it('computes the PRC check character, including X', () => {
    expect(prcIdCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    ['A1234563', true],
    ['Z683365A', true],
    ['XA2468139', true],
    ['A1234564', false],
  ])('Hong Kong ID %s → %s', (id, ok) => expect(hkIdValid(id)).toBe(ok));

  it.each([
    ['A123456789', true],
    ['F135792464', true],
    ['A123456788', false],
    ['A323456789', false],
  ])('Taiwan ID %s → %s', (id, ok) => expect(twIdValid(id)).toBe(ok));

  it.each([
    ['4111111111111111', true],
    ['6228480012345671', true],
    ['4012888888881882', false],
  ])('Luhn %s → %s', (n, ok) => expect(luhnValid(n)).toBe(ok));

  it.each([
    ['DE89370400440532013000', true],
    ['DE89370400440532013001', false],
  ])('IBAN %s → %s', (n, ok) => expect(ibanValid(n)).toBe(ok));

  it.each([
    ['192.168.0.1', true],
    ['256.1.1.1', false],
    ['1.2.3', false],
    ['01.2.3.4', false],
  ])('IPv4 %s → %s', (s, ok) => expect(ipv4Valid(s)).toBe(ok));

  it.each([
    ['::1', true],
    ['2001:db8::1', true],
    ['::ffff:192.0.2.1', true],
    ['684D:1111:222:3333:4444:5555:6:77', true],
    ['684D:1111:222:3333:4444:5555:77', false],
    ['2001::db8::1', false],
    ['12:34:56', false],
  ])('IPv6 %s → %s', (s, ok) => expect(ipv6Valid(s)).toBe(ok));
});
