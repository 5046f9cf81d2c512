export { luhnValid } from './luhn';
export { prcIdValid, prcIdCheckChar, hkIdValid, hkIdCheckChar, twIdValid, twIdCheckDigit, macauIdShapeValid } from './national-ids';
export { ipv4Valid, ipv6Valid } from './ip';
export { ibanValid } from './iban';
export { validPhoneNumber } from './phone-number';
