import { generateKeyPairSync } from 'node:crypto';
import { expect } from 'vitest';
import { Secret } from '../../../src/secrets/secret.js';
import { ConfigError, OperatorError, type ConfigProblem } from '../../../src/support/errors.js';
import { describeLeaks, findLeaks } from '../../support/leak-scan.js';

/**
 * A credentials bundle (SPEC §12.3) with a fresh EC key, and the secrets in it to look for: the whole
 * bundle and every line of the key's base64 body.
 */
export function canaryBundle(): { bundle: Secret; text: string; secrets: string[] } {
  const { privateKey: pem } = generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const text = JSON.stringify({
    kind: 'netsuite-m2m', version: 1, accountId: '1234567_SB1', clientId: 'client-canary', certificateId: 'cert-canary',
    algorithm: 'ES256', privateKey: pem, validUntil: '2027-12-03T07:12:19Z',
  });
  const lines = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  return { bundle: new Secret(text), text, secrets: [text, ...lines] };
}

/** Asserts that none of `secrets` occurs in `text` in any form it could travel in. */
export function expectNoLeak(text: string, secrets: readonly string[], where: string): void {
  expect(describeLeaks(findLeaks(text, secrets), where)).toEqual([]);
}

/** The message and hint of a thrown operator error, and its located problems, as a person would read them. */
export function shown(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = (error as { hint?: unknown }).hint;
  const problems = (error as { problems?: unknown }).problems;
  return [error.message, typeof hint === 'string' ? hint : '', Array.isArray(problems) ? JSON.stringify(problems) : ''].join('\n');
}

/** Runs `action`, which must throw; returns the error. */
export async function failure(action: () => Promise<unknown>): Promise<Error> {
  try {
    await action();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('expected a failure, but it succeeded');
}

/** The located problems of what must be a ConfigError. */
export function located(error: Error): readonly ConfigProblem[] {
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${error.name}: ${error.message}`);
  return error.problems;
}

/** The hint of what must be an OperatorError. */
export function hintOf(error: Error): string | null {
  if (!(error instanceof OperatorError)) throw new Error(`expected an OperatorError, got ${error.name}: ${error.message}`);
  return error.hint;
}
