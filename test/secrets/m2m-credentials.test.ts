import { generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseBundle, parseM2mBundle } from '../../src/secrets/credentials-bundle.js';
import { readM2mKey } from '../../src/secrets/m2m-key.js';
import { operatorClientId, operatorSignIn } from '../../src/secrets/operator-credentials.js';
import { UsageError } from '../../src/support/errors.js';

const pkcs8 = (key: ReturnType<typeof generateKeyPairSync>['privateKey']): string => key.export({ type: 'pkcs8', format: 'pem' }).toString();
const ec = (namedCurve: string): string => pkcs8(generateKeyPairSync('ec', { namedCurve }).privateKey);
const P256 = ec('prime256v1');
const RSA_2048 = generateKeyPairSync('rsa', { modulusLength: 2048 });

const bundle = (fields: Record<string, unknown> = {}): string => JSON.stringify({
  kind: 'netsuite-m2m', version: 1, accountId: '1234567', clientId: 'client-0f3c51', certificateId: 'cert-Abc123', algorithm: 'ES256', privateKey: P256, validUntil: '2027-06-30T00:00:00Z', ...fields,
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const text = `${(error as UsageError).message} ${(error as UsageError).hint ?? ''} ${inspect(error)}`;
    expect(text).not.toContain(P256.split('\n')[1]);
    return (error as UsageError).message;
  }
  throw new Error('accepted');
}

describe('an M2M private key (SPEC §10)', () => {
  it('signs with the algorithm its curve or size calls for', () => {
    expect(readM2mKey(P256)).toMatchObject({ algorithm: 'ES256' });
    expect(readM2mKey(ec('secp384r1'))).toMatchObject({ algorithm: 'ES384' });
    expect(readM2mKey(ec('secp521r1'))).toMatchObject({ algorithm: 'ES512' });
    // A key pasted into one line with literal \n still reads.
    expect(readM2mKey(P256.replaceAll('\n', '\\n'))).toMatchObject({ algorithm: 'ES256' });
  });

  it('refuses what NetSuite would refuse, saying why', () => {
    expect(readM2mKey('not a key')).toEqual({ problem: 'not-pem' });
    expect(readM2mKey(RSA_2048.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString())).toEqual({ problem: 'not-pkcs8' });
    expect(readM2mKey(pkcs8(RSA_2048.privateKey))).toEqual({ problem: 'unsupported', described: 'an RSA key of 2048 bits' });
    expect(readM2mKey(ec('secp256k1'))).toEqual({ problem: 'unsupported', described: 'an EC key on the curve secp256k1' });
    expect(readM2mKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).toEqual({ problem: 'not-pem' });
  });
});

describe('an M2M credentials bundle', () => {
  it('reads the mapping, with a key that never prints', () => {
    const credentials = parseM2mBundle(bundle(), 'EXPENSE_SYNC_M2M', '1234567');
    expect(credentials).toMatchObject({ kind: 'm2m', clientId: 'client-0f3c51', certificateId: 'cert-Abc123', validUntil: '2027-06-30T00:00:00Z' });
    expect(`${JSON.stringify(credentials)} ${inspect(credentials, { depth: 5 })}`).not.toContain(P256.split('\n')[1]);
  });

  it('refuses a key NetSuite would refuse and an algorithm that is not the key’s', () => {
    expect(refusal(() => parseM2mBundle(bundle({ privateKey: pkcs8(RSA_2048.privateKey), algorithm: 'PS256' }), 'EXPENSE_SYNC_M2M', null)))
      .toBe('The credentials bundle in EXPENSE_SYNC_M2M holds an RSA key of 2048 bits, which NetSuite does not accept for OAuth 2.0 client credentials.');
    expect(refusal(() => parseM2mBundle(bundle({ algorithm: 'RS256' }), 'EXPENSE_SYNC_M2M', null)))
      .toBe('The credentials bundle in EXPENSE_SYNC_M2M says its key signs with an unknown algorithm, but the key is for ES256.');
    expect(refusal(() => parseM2mBundle(bundle({ certificateId: '' }), 'EXPENSE_SYNC_M2M', null)))
      .toBe('The credentials bundle in EXPENSE_SYNC_M2M has no certificateId (each must be a non-empty string).');
    expect(refusal(() => parseBundle(bundle(), 'EXPENSE_SYNC_M2M', '7654321_SB1'))).toBe('The credentials bundle in EXPENSE_SYNC_M2M is for account 1234567, not 7654321_SB1.');
  });
});

describe('the operator signing in with M2M', () => {
  const M2M = { NETSUITE_CLIENT_ID: 'client-0f3c51', NETSUITE_CERTIFICATE_ID: 'cert-Abc123', NETSUITE_PRIVATE_KEY: P256 };

  it('takes the three variables or an M2M bundle, and knows its own client id', () => {
    expect(operatorSignIn(M2M, '1234567').credentials).toMatchObject({ kind: 'm2m', clientId: 'client-0f3c51', certificateId: 'cert-Abc123' });
    expect(operatorSignIn({ NETSUITE_CREDENTIALS: bundle() }, '1234567').credentials.kind).toBe('m2m');
    expect(operatorClientId(M2M)).toBe('client-0f3c51');
    expect(operatorClientId({ NETSUITE_CREDENTIALS: bundle() })).toBe('client-0f3c51');
  });

  it('refuses both TBA and M2M, a partial M2M set, and a bad key, naming variables only', () => {
    expect(refusal(() => operatorSignIn({ ...M2M, NETSUITE_TOKEN_ID: 'x' }, '1234567')))
      .toBe('Both NETSUITE_TOKEN_ID and NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID, NETSUITE_PRIVATE_KEY are set, so it is not clear which credentials the operator signs in with.');
    expect(refusal(() => operatorSignIn({ NETSUITE_CLIENT_ID: 'client-0f3c51' }, '1234567'))).toBe('The environment variables NETSUITE_CERTIFICATE_ID, NETSUITE_PRIVATE_KEY are not set.');
    expect(refusal(() => operatorSignIn({ ...M2M, NETSUITE_PRIVATE_KEY: ec('secp256k1') }, '1234567')))
      .toBe('NETSUITE_PRIVATE_KEY holds an EC key on the curve secp256k1, which NetSuite does not accept for OAuth 2.0 client credentials.');
  });

  it("lets a file's operator.credentials win over the variables, for its account only", () => {
    const env = { ...M2M, PROD_NETSUITE: bundle({ clientId: 'prod-client' }) };
    expect(operatorSignIn(env, '1234567', 'env:PROD_NETSUITE').credentials).toMatchObject({ clientId: 'prod-client' });
    expect(refusal(() => operatorSignIn(env, '1234567', 'env:UNSET_BUNDLE'))).toBe("The desired-state file's operator.credentials names UNSET_BUNDLE, which is not set.");
  });
});
