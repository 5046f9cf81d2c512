import type { Detector } from '../candidate';
import { detectAddresses } from './address.detector';
import { detectBankCards } from './bank-card.detector';
import { detectDatesOfBirth } from './date-of-birth.detector';
import { detectEmails } from './email.detector';
import { detectIpAddresses } from './ip-address.detector';
import { detectLicensePlates } from './license-plate.detector';
import { detectMessengerIds } from './messenger.detector';
import { detectNationalIds } from './national-id.detector';
import { detectPassports } from './passport.detector';
import { detectPersons } from './person.detector';
import { detectPhones } from './phone.detector';
import { detectSocialUrls } from './social-url.detector';

/** Every detector the engine runs, in no particular order (overlaps are resolved afterwards). */
export const DETECTORS: readonly Detector[] = [
  detectEmails,
  detectSocialUrls,
  detectMessengerIds,
  detectIpAddresses,
  detectNationalIds,
  detectBankCards,
  detectPassports,
  detectPhones,
  detectLicensePlates,
  detectDatesOfBirth,
  detectAddresses,
  detectPersons,
];

export {
  detectAddresses,
  detectBankCards,
  detectDatesOfBirth,
  detectEmails,
  detectIpAddresses,
  detectLicensePlates,
  detectMessengerIds,
  detectNationalIds,
  detectPassports,
  detectPersons,
  detectPhones,
  detectSocialUrls,
};
