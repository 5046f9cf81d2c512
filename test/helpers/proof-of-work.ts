import { solveChallenge, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { rawRequest } from './raw-http';

/** The `altcha` field for a solved challenge: base64 of {challenge, solution} (ALTCHA v2 payload). */
export function altchaPayload(challenge: Challenge, solution: Solution): string {
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** GET /v1/challenge from the intake app. */
export async function fetchChallenge(intakeUrl: string): Promise<Challenge> {
  const res = await rawRequest(intakeUrl, { method: 'GET', path: '/v1/challenge' });
  if (res.status !== 200) throw new Error(`GET /v1/challenge: ${res.status}`);
  return res.body as Challenge;
}

/** Fetches a challenge and solves it as an API client would (altcha-lib); returns the `altcha` payload. */
export async function solvedChallenge(intakeUrl: string): Promise<string> {
  const challenge = await fetchChallenge(intakeUrl);
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 30_000 });
  if (!solution) throw new Error('challenge not solved within 30 s');
  return altchaPayload(challenge, solution);
}

/** A body for POST /v1/reports with a freshly solved challenge added. */
export async function withProofOfWork<T extends object>(intakeUrl: string, body: T): Promise<T & { altcha: string }> {
  return { ...body, altcha: await solvedChallenge(intakeUrl) };
}

/** The one-time submission token of a freshly served report form (GET /report). */
export async function formToken(intakeUrl: string, lang = 'en'): Promise<string> {
  const res = await rawRequest(intakeUrl, { method: 'GET', path: `/report?lang=${lang}` });
  const token = /name="submissionToken" value="([^"]+)"/.exec(res.text)?.[1];
  if (!token) throw new Error(`GET /report: no submission token (status ${res.status})`);
  return token;
}
