import type { SpentTokenRepository } from '@tnr/database';
import type { Challenge } from 'altcha-lib';
import { createContext, runInContext } from 'node:vm';
import { unitIntakeConfig } from '../../../../test/helpers/intake-config';
import { ProofOfWorkService } from '../proof-of-work/proof-of-work.service';
import { REPORT_FORM_SCRIPT } from './report-form.script';

interface BrowserSolver {
  solve(challenge: Challenge, deadline: number): Promise<{ counter: number; derivedKey: string } | null>;
  payload(challenge: Challenge, solution: { counter: number; derivedKey: string }): string;
}

/**
 * The form's script solves what the server issues, with WebCrypto only, and its payload
 * passes the server's check. Run in a bare node:vm context (no DOM: the form wiring stays off).
 */
describe('report.js (the form’s proof-of-work script)', () => {
  const config = unitIntakeConfig({ ALTCHA_COST: '50', ALTCHA_MAX_COUNTER: '40' });
  const server = new ProofOfWorkService({ isSpent: async () => false } as unknown as SpentTokenRepository, config);

  function loadScript(): BrowserSolver {
    const context = createContext({ crypto: globalThis.crypto, btoa: globalThis.btoa });
    runInContext(REPORT_FORM_SCRIPT, context);
    return (context as { TnrProofOfWork: BrowserSolver }).TnrProofOfWork;
  }

  it('solves a challenge from the server; the server accepts the payload', async () => {
    const solver = loadScript();
    const challenge = await server.issue(new Date());
    const solution = await solver.solve(challenge, Date.now() + 30_000);
    expect(solution?.counter).toBeGreaterThanOrEqual(20);
    expect(await server.check(solver.payload(challenge, solution!))).toMatchObject({ ok: true });
  });

  it('gives up at its deadline and on algorithms it does not know', async () => {
    const solver = loadScript();
    const challenge = await server.issue(new Date());
    expect(await solver.solve(challenge, Date.now() - 1)).toBeNull();
    expect(await solver.solve({ ...challenge, parameters: { ...challenge.parameters, algorithm: 'ARGON2ID' } }, Date.now() + 30_000)).toBeNull();
  });

  it('uses relative URLs only and reaches no other origin', () => {
    expect(REPORT_FORM_SCRIPT).not.toMatch(/https?:|\/\/[a-z]|import\(|eval\(|new Function|innerHTML|document\.write/i);
    expect(REPORT_FORM_SCRIPT).toContain("form.getAttribute('data-challenge')");
  });
});
