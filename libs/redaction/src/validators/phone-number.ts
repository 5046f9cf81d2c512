import { Metadata, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/max/metadata';

/**
 * Phone-number validation on libphonenumber-js's "max" metadata with every pattern compiled
 * once per numbering plan. libphonenumber-js builds a new RegExp for each pattern it tests
 * (`matchesEntirely`), which made it most of the cost of redaction; this module follows the
 * same steps as its `parsePhoneNumberFromString(value, { defaultCountry }).isValid()` for a
 * string of ASCII digits with an optional leading `+` (IDD prefix, country calling code
 * without `+`, national prefix for parsing and its transform rule, country chosen by leading
 * digits or number type, validity by number type and length), and the spec checks that both
 * agree on every such input it generates. Other inputs are out of scope.
 */

/** The numbering-plan accessors of libphonenumber-js's `Metadata` class that this module reads. */
interface NumberingPlanFields {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface MetadataFields {
  numberingPlan?: NumberingPlanFields;
  selectNumberingPlan(countryOrCallingCode: string): void;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  hasCallingCode(callingCode: string): boolean;
}

/**
 * The types libphonenumber-js tries when it decides validity. A number is valid when any of
 * them matches, so the order is free: mobiles, the commonest in reports, first (a mobile
 * then skips a country's long fixed-line pattern).
 */
const NUMBER_TYPES = ['MOBILE', 'FIXED_LINE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
const MAX_LENGTH_COUNTRY_CODE = 3;
const MAX_INPUT_LENGTH = 250;

interface NumberType {
  pattern: RegExp;
  lengths: number[] | undefined;
}

/** One numbering plan (a country, or a non-geographic calling code) with compiled patterns. */
interface Plan {
  callingCode: string;
  /** Sticky: libphonenumber-js accepts the IDD prefix only at the start of the number. */
  idd: RegExp | undefined;
  nationalNumber: RegExp;
  possibleLengths: number[] | undefined;
  /** Anchored at the start, not global: `replace` and `exec` keep no state. */
  prefixForParsing: RegExp | undefined;
  transformRule: string | undefined;
  /** Sticky, tested at 0 (libphonenumber-js: `search(leadingDigits) === 0`). */
  leadingDigits: RegExp | undefined;
  hasTypes: boolean;
  types: NumberType[];
}

const metadata = new Metadata(maxMetadata as MetadataJson) as unknown as MetadataFields;
/** Plans by country code or calling code, compiled the first time a number needs them. */
const plans = new Map<string, Plan>();

/** Every calling code libphonenumber-js knows, with the countries that share it (none for +800 and the like). */
const countriesByCallingCode = new Map<string, string[] | undefined>();
for (const callingCode of new Set([...Object.keys(maxMetadata.country_calling_codes), ...Object.keys(maxMetadata.nonGeographic)])) {
  if (metadata.hasCallingCode(callingCode)) countriesByCallingCode.set(callingCode, metadata.getCountryCodesForCallingCode(callingCode));
}

function planFor(countryOrCallingCode: string): Plan {
  let plan = plans.get(countryOrCallingCode);
  if (plan === undefined) {
    metadata.selectNumberingPlan(countryOrCallingCode);
    plan = compile(metadata.numberingPlan as NumberingPlanFields);
    plans.set(countryOrCallingCode, plan);
  }
  return plan;
}

function compile(p: NumberingPlanFields): Plan {
  const possibleLengths = p.possibleLengths();
  const types: NumberType[] = [];
  for (const name of NUMBER_TYPES) {
    const type = p.type(name);
    if (type && type.pattern()) types.push({ pattern: entire(type.pattern()), lengths: type.possibleLengths() });
  }
  const idd = p.IDDPrefix();
  const prefix = p.nationalPrefixForParsing();
  const leading = p.leadingDigits();
  return {
    callingCode: p.callingCode(),
    idd: idd === undefined ? undefined : new RegExp(idd, 'y'),
    nationalNumber: entire(p.nationalNumberPattern()),
    possibleLengths,
    prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    transformRule: p.nationalPrefixTransformRule() || undefined,
    leadingDigits: leading ? new RegExp(leading, 'y') : undefined,
    hasTypes: p.hasTypes(),
    types,
  };
}

function entire(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

function stickyAtStart(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/**
 * The E.164 form of `value` if it is a valid phone number, else null. `value` is ASCII digits,
 * optionally after one `+`; `region` is the country assumed for numbers without a country code.
 */
export function validPhoneNumber(value: string, region?: CountryCode): string | null {
  if (value.length > MAX_INPUT_LENGTH || !viable(value)) return null;
  const extracted = extractCallingCode(value, region);
  const rest = extracted.rest;
  let callingCode = extracted.callingCode;
  let plan: Plan;
  let country: string | undefined;
  if (callingCode !== undefined) {
    plan = planFor(callingCode);
  } else if (rest && region) {
    country = region;
    plan = planFor(region);
    callingCode = plan.callingCode;
  } else {
    return null;
  }
  if (!rest) return null;
  const nationalNumber = extractNationalNumber(rest, plan);
  const exact = countryByCallingCode(callingCode, nationalNumber);
  if (exact !== undefined) country = exact;
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return null;
  const target = planFor(country ?? callingCode);
  const valid = target.hasTypes ? hasNumberType(nationalNumber, target) : target.nationalNumber.test(nationalNumber);
  return valid ? `+${callingCode}${nationalNumber}` : null;
}

/** libphonenumber-js's viability test restricted to digits: three or more, or exactly two without `+`. */
function viable(value: string): boolean {
  const plus = value.charCodeAt(0) === 43 ? 1 : 0;
  for (let i = plus; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const digits = value.length - plus;
  return digits >= 3 || (digits === 2 && plus === 0);
}

function extractCallingCode(value: string, region: CountryCode | undefined): { callingCode?: string; rest?: string } {
  let number = value;
  if (number[0] !== '+') {
    const withoutIdd = stripIddPrefix(number, region);
    if (withoutIdd && withoutIdd !== number) {
      number = '+' + withoutIdd;
    } else {
      if (region) {
        const found = callingCodeWithoutPlus(number, region);
        if (found) return found;
      }
      return { rest: number };
    }
  }
  if (number[1] === '0') return {};
  for (let i = 2; i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length; i++) {
    const callingCode = number.slice(1, i);
    if (countriesByCallingCode.has(callingCode)) return { callingCode, rest: number.slice(i) };
  }
  return {};
}

function stripIddPrefix(number: string, region: CountryCode | undefined): string | undefined {
  if (!region) return undefined;
  const idd = planFor(region).idd;
  // libphonenumber-js builds `new RegExp(undefined)`, which matches the empty string: no strip.
  const m = idd ? stickyAtStart(idd, number) : [''];
  if (!m) return undefined;
  const rest = number.slice(m[0].length);
  return rest[0] === '0' ? undefined : rest;
}

/** A number that starts with the region's calling code but no `+` ("8613800138000" in CN). */
function callingCodeWithoutPlus(number: string, region: CountryCode): { callingCode: string; rest: string } | null {
  const plan = planFor(region);
  const callingCode = plan.callingCode;
  if (!number.startsWith(callingCode)) return null;
  const shorter = number.slice(callingCode.length);
  const shorterNational = extractNationalNumber(shorter, plan);
  const national = extractNationalNumber(number, plan);
  if ((!plan.nationalNumber.test(national) && plan.nationalNumber.test(shorterNational)) || lengthCheck(national, plan) === 'TOO_LONG') {
    return { callingCode, rest: shorter };
  }
  return null;
}

/** Strips a national prefix (or applies its transform rule) when the result still looks possible. */
function extractNationalNumber(number: string, plan: Plan): string {
  const national = stripNationalPrefix(number, plan);
  if (national === number) return national;
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(national)) return number;
  if (plan.possibleLengths) {
    const country = countryByCallingCode(plan.callingCode, national);
    const check = lengthCheck(national, country === undefined ? plan : planFor(country));
    if (check === 'TOO_SHORT' || check === 'INVALID_LENGTH') return number;
  }
  return national;
}

function stripNationalPrefix(number: string, plan: Plan): string {
  if (!number || !plan.prefixForParsing) return number;
  const m = plan.prefixForParsing.exec(number);
  if (!m) return number;
  const groups = m.length - 1;
  const lastGroup = groups > 0 && m[groups];
  if (plan.transformRule && lastGroup) return number.replace(plan.prefixForParsing, plan.transformRule);
  return number.slice(m[0].length);
}

type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

function lengthCheck(nationalNumber: string, plan: Plan): LengthCheck {
  const lengths = plan.possibleLengths;
  if (!lengths) return 'IS_POSSIBLE';
  const length = nationalNumber.length;
  if (lengths[0] === length) return 'IS_POSSIBLE';
  if (lengths[0] > length) return 'TOO_SHORT';
  if (lengths[lengths.length - 1] < length) return 'TOO_LONG';
  return lengths.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

/** The country of a calling code shared by several (+1, +44, +7…): by leading digits, else by number type. */
function countryByCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesByCallingCode.get(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planFor(country);
    if (plan.leadingDigits) {
      if (nationalNumber && stickyAtStart(plan.leadingDigits, nationalNumber)) return country;
    } else if (hasNumberType(nationalNumber, plan)) {
      return country;
    }
  }
  return undefined;
}

function hasNumberType(nationalNumber: string, plan: Plan): boolean {
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  const length = nationalNumber.length;
  for (const type of plan.types) {
    if (type.lengths && type.lengths.indexOf(length) < 0) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}
