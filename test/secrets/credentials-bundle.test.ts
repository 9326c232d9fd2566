import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleValues, parseBundle, parseTbaBundle } from '../../src/secrets/credentials-bundle.js';
import { resolveEntryCredentials } from '../../src/secrets/entry-credentials.js';
import { operatorSignIn, operatorTokenId } from '../../src/secrets/operator-credentials.js';
import { secretValues } from '../../src/secrets/secret-variables.js';
import { UsageError } from '../../src/support/errors.js';

const CANARY = {
  consumerKey: 'canary-bundle-consumer-key-0001',
  consumerSecret: 'canary-bundle-consumer-secret-0002',
  tokenId: 'canary-bundle-token-id-0003',
  tokenSecret: 'canary-bundle-token-secret-0004',
};
const bundle = (fields: Record<string, unknown> = {}): string => JSON.stringify({ kind: 'netsuite-tba', version: 1, accountId: '1234567_SB1', ...CANARY, ...fields });

function refusal(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const text = `${(error as UsageError).message} ${(error as UsageError).hint ?? ''} ${inspect(error)}`;
    for (const value of Object.values(CANARY)) expect(text).not.toContain(value);
    return error as UsageError;
  }
  throw new Error('accepted');
}

describe('a TBA credentials bundle (SPEC §12.3)', () => {
  it('reads the four values as secrets, for the account in either form', () => {
    const credentials = parseTbaBundle(bundle(), 'PROD_NETSUITE', '1234567-sb1');
    expect(credentials.tokenId.reveal()).toBe(CANARY.tokenId);
    expect(`${JSON.stringify(credentials)} ${inspect(credentials)}`).not.toContain('canary');
  });

  it('refuses what is not a bundle, naming the variable and never a value', () => {
    expect(refusal(() => parseTbaBundle(`{${CANARY.tokenSecret}`, 'PROD_NETSUITE', null)).message).toBe('PROD_NETSUITE does not hold a credentials bundle: its value is not JSON.');
    expect(refusal(() => parseTbaBundle(`"${CANARY.tokenSecret}"`, 'PROD_NETSUITE', null)).message).toBe('PROD_NETSUITE does not hold a credentials bundle: its value is not a JSON object.');
    expect(refusal(() => parseTbaBundle(bundle({ kind: CANARY.tokenSecret }), 'PROD_NETSUITE', null)).message).toBe('PROD_NETSUITE holds a credentials bundle of an unknown kind, but only "netsuite-tba" can be read here.');
    expect(refusal(() => parseBundle(bundle({ kind: 'netsuite-oauth1' }), 'PROD_NETSUITE', null)).message).toBe('PROD_NETSUITE holds a credentials bundle of an unknown kind, but only "netsuite-tba", "netsuite-m2m" can be read here.');
    expect(refusal(() => parseTbaBundle(bundle({ version: 2 }), 'PROD_NETSUITE', null)).message).toBe('PROD_NETSUITE holds a credentials bundle of an unknown version; this netsuite-tokens reads version 1.');
    expect(refusal(() => parseTbaBundle(bundle({ tokenSecret: '', consumerKey: 5 }), 'PROD_NETSUITE', null)).message).toBe('The credentials bundle in PROD_NETSUITE has no consumerKey, tokenSecret (each must be a non-empty string).');
    expect(refusal(() => parseTbaBundle(bundle(), 'PROD_NETSUITE', '7654321')).message).toBe('The credentials bundle in PROD_NETSUITE is for account 1234567_SB1, not 7654321.');
  });

  it('lists every field value for masking, and nothing for text that is not a bundle', () => {
    expect(bundleValues(bundle())).toEqual(expect.arrayContaining(Object.values(CANARY)));
    expect(bundleValues('not json')).toEqual([]);
    // What SPEC §12.3 lets be shown is not masked: Actions logs keep the account id, client id and algorithm readable.
    const m2m = bundleValues(JSON.stringify({ kind: 'netsuite-m2m', version: 1, accountId: '1234567_SB1', clientId: 'client-0001', certificateId: 'cert-0001', algorithm: 'ES256', privateKey: 'key-canary-0001', validUntil: '2027-01-01T00:00:00Z' }));
    expect(m2m).toEqual(['key-canary-0001']);
    // A key written with literal \n sequences is also given with real line breaks, so each of its lines can be masked.
    const escapedKey = '-----BEGIN PRIVATE KEY-----\\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\\n-----END PRIVATE KEY-----';
    expect(bundleValues(JSON.stringify({ kind: 'netsuite-m2m', privateKey: escapedKey }))).toContain('-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----');
  });
});

describe("the operator's sign-in (SPEC §10)", () => {
  const FOUR = { NETSUITE_CONSUMER_KEY: CANARY.consumerKey, NETSUITE_CONSUMER_SECRET: CANARY.consumerSecret, NETSUITE_TOKEN_ID: CANARY.tokenId, NETSUITE_TOKEN_SECRET: CANARY.tokenSecret };

  it('takes the four variables or NETSUITE_CREDENTIALS, and says which', () => {
    const fromVariables = operatorSignIn(FOUR, '1234567_SB1').credentials;
    expect(fromVariables.kind === 'tba' ? fromVariables.tokenSecret.reveal() : null).toBe(CANARY.tokenSecret);
    const fromBundle = operatorSignIn({ NETSUITE_CREDENTIALS: bundle() }, '1234567_SB1');
    expect(fromBundle.source).toBe('NETSUITE_CREDENTIALS');
    expect(fromBundle.credentials.kind === 'tba' ? fromBundle.credentials.consumerKey.reveal() : null).toBe(CANARY.consumerKey);
    expect(operatorTokenId({ NETSUITE_CREDENTIALS: bundle() })).toBe(CANARY.tokenId);
    expect(operatorTokenId({ NETSUITE_CREDENTIALS: 'not json' })).toBeNull();
  });

  it('refuses two sets, a partial set, and a bundle for another account, before any request', () => {
    expect(refusal(() => operatorSignIn({ ...FOUR, NETSUITE_CREDENTIALS: bundle() }, '1234567_SB1')).message)
      .toBe('Both NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID, NETSUITE_TOKEN_SECRET and NETSUITE_CREDENTIALS are set, so it is not clear which credentials the operator signs in with.');
    expect(refusal(() => operatorSignIn({ NETSUITE_TOKEN_ID: CANARY.tokenId }, '1234567_SB1')).message)
      .toBe('The environment variables NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_SECRET are not set.');
    expect(refusal(() => operatorSignIn({ NETSUITE_CREDENTIALS: bundle({ accountId: '1234567' }) }, '1234567_SB1')).exitCode).toBe(3);
  });
});

describe("a token entry's credentials", () => {
  it('may be one env:NAME bundle: resolved, unresolved by name, or refused for another account', () => {
    const resolved = resolveEntryCredentials('env:EXPENSE_TBA', { EXPENSE_TBA: bundle() }, '1234567_SB1');
    expect(resolved).toMatchObject({ availability: { status: 'resolved' }, tokenId: CANARY.tokenId });
    expect(resolveEntryCredentials('env:EXPENSE_TBA', {}, '1234567_SB1')).toEqual({ availability: { status: 'unresolved', missing: ['EXPENSE_TBA'] }, credentials: null, tokenId: null });
    expect(refusal(() => resolveEntryCredentials('env:EXPENSE_TBA', { EXPENSE_TBA: bundle() }, '7654321')).message).toContain('EXPENSE_TBA');
  });

  it('masks every referenced value and every field of a bundle', () => {
    const values = secretValues({ EXPENSE_TBA: bundle(), OTHER: 'not-referenced-value', GITHUB_TOKEN: 'ghs_canarytoken' }, ['env:EXPENSE_TBA']);
    expect(values).toEqual(expect.arrayContaining([bundle(), ...Object.values(CANARY), 'ghs_canarytoken']));
    expect(values).not.toContain('not-referenced-value');
  });

  it('masks AWS credentials set by hand, and a one-line key with literal \\n line by line', () => {
    const key = '-----BEGIN PRIVATE KEY-----\\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\\nCANARYKEYLINETWOxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n-----END PRIVATE KEY-----';
    const values = secretValues({ AWS_SECRET_ACCESS_KEY: 'CANARY-aws-secret-access-key', AWS_SESSION_TOKEN: 'CANARY-aws-session-token', NETSUITE_PRIVATE_KEY: key });
    expect(values).toEqual(expect.arrayContaining(['CANARY-aws-secret-access-key', 'CANARY-aws-session-token', key]));
    // Split as the runner masks each line of a value: the key's lines, not just the one long string.
    expect(values.flatMap((value) => value.split('\n'))).toContain('CANARYKEYLINETWOxxxxxxxxxxxxxxxxxxxxxxxxxxx');
  });
});
