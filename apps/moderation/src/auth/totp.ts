import { generateSecret, generateURI, verify } from 'otplib';
import * as QRCode from 'qrcode';

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 s. */
export const TOTP_ISSUER = 'TNR Watch';
/** One step either side of now (±30 s) for clock drift. */
const EPOCH_TOLERANCE_SECONDS = 30;

export interface TotpEnrolment {
  /** Base32 secret, for typing into an app by hand. */
  secret: string;
  otpauthUri: string;
  /** The URI as a QR code, an SVG document (rendered locally, no third-party service). */
  qrSvg: string;
}

export async function newTotpEnrolment(username: string): Promise<TotpEnrolment> {
  const secret = generateSecret({ length: 20 });
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: username, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * The time step a valid code belongs to, or null. `afterStep` rejects that step and every
 * earlier one, so a code that was accepted once can never be accepted again.
 */
export async function verifyTotp(secret: string, code: string, nowMs: number, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // The functional API types HOTP and TOTP results together; a TOTP result carries its time step.
  return result.valid && 'timeStep' in result ? (result as { timeStep: number }).timeStep : null;
}
