import fc from 'fast-check';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { validPhoneNumber } from './phone-number';

// validPhoneNumber() re-implements, on compiled patterns, what libphonenumber-js does for a
// string of digits; libphonenumber-js itself is the reference here.
function reference(value: string, region?: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(value, region ? { defaultCountry: region } : undefined);
  return parsed && parsed.isValid() ? parsed.number : null;
}

const countries = getCountries();
const exampleNumbers = Object.entries(examples) as Array<[CountryCode, string]>;
const callingCodes = [...new Set(countries.map((c) => getCountryCallingCode(c)))].concat(['800', '808', '870', '881', '882', '883', '888', '979']);
const digits = (min: number, max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Valid numbers of every country, and the ways they are written and mistyped in reports. */
const numberShape = fc.oneof(
  fc.constantFrom(...exampleNumbers).map(([, n]) => n),
  fc.tuple(fc.constantFrom('0', '1', '8', '9', '00', '06'), fc.constantFrom(...exampleNumbers)).map(([p, [, n]]) => p + n),
  fc.constantFrom(...exampleNumbers).map(([c, n]) => getCountryCallingCode(c) + n),
  fc.tuple(fc.constantFrom('00', '011', '010', '001', '0011', '810'), fc.constantFrom(...callingCodes), fc.constantFrom(...exampleNumbers)).map(([idd, cc, [, n]]) => idd + cc + n),
  fc.tuple(fc.constantFrom(...exampleNumbers), fc.nat(), digits(0, 2), fc.boolean()).map(([[, n], at, insert, drop]) => {
    const i = at % (n.length + 1);
    return n.slice(0, i) + insert + n.slice(i + (drop ? 1 : 0));
  }),
  fc.tuple(fc.constantFrom(...callingCodes), digits(4, 15)).map(([cc, rest]) => cc + rest),
  digits(3, 18),
);
const region = fc.oneof(fc.constant(undefined), fc.constantFrom<CountryCode>('CN', 'US', 'GB', 'DE', 'HK', 'TW', 'JP', 'AU'), fc.constantFrom(...countries));

describe('validPhoneNumber', () => {
  it('agrees with libphonenumber-js on numbers with and without a country code', () => {
    fc.assert(
      fc.property(numberShape, region, fc.boolean(), (body, country, plus) => {
        const value = plus || country === undefined ? '+' + body : body;
        expect(validPhoneNumber(value, country)).toBe(reference(value, country));
      }),
      { numRuns: 20000, seed: 20261129 },
    );
  });

  it.each<[string, CountryCode | undefined, string | null]>([
    ['+8613800138000', undefined, '+8613800138000'],
    ['13800138000', 'CN', '+8613800138000'],
    ['8613800138000', 'CN', '+8613800138000'],
    ['059187654321', 'CN', '+8659187654321'],
    ['02079460958', 'GB', '+442079460958'],
    ['4155550132', 'US', '+14155550132'],
    ['0015105550132', 'CN', '+15105550132'],
    ['+0123456789', undefined, null],
    ['12345678', 'US', null],
  ])('%s in %s → %s', (value, country, e164) => {
    expect(validPhoneNumber(value, country)).toBe(e164);
    expect(reference(value, country)).toBe(e164);
  });
});
