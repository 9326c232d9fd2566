import { X509Certificate, createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile, startEmulator, type EmulatorSeed } from '../../src/emulator/index.js';
import { ConfigError } from '../../src/support/errors.js';
import { suiteql } from './support/emulator-client.js';
import { M2M_SEED, accessTokenOf, newCertificate } from './support/m2m.js';
import { NOW, credentialsOf } from './support/small-seed.js';

let directory: string;
beforeAll(async () => { directory = await mkdtemp(join(tmpdir(), 'emulator-m2m-seed-')); });

const DAY = 86_400_000;
const GIVEN = newCertificate({ type: 'ec', curve: 'P-256' });
const indent = (text: string, spaces: number): string => text.trimEnd().split('\n').map((line) => `${' '.repeat(spaces)}${line}`).join('\n');

const VALID = `account: "1234567"
integrations:
  - id: 1
    name: Expense Sync
    consumerKey: ${'c'.repeat(64)}
    consumerSecret: ${'s'.repeat(32)}
    state: enabled
    grants: [client-credentials]
entities:
  - { id: 10, name: svc-expense }
roles:
  - id: 20
    name: Expense Sync M2M
    permissions: [ADMI_LOGIN_OAUTH2, ADMI_RESTWEBSERVICES, ADMI_MANAGE_OWN_OAUTH2_CERTS]
tokens: []
mappings:
  - name: expense-sync
    integration: 1
    entity: 10
    role: 20
    certificates:
      - certificatePem: |
${indent(GIVEN.pem, 10)}
        privateKeyPem: |
${indent(GIVEN.privateKeyPem, 10)}
        revoked: true
      - generate: ec-p256
        validFrom: 2026-01-01T00:00:00Z
        validUntil: 2026-12-31T00:00:00Z
      - generate: ec-p384
        expiresIn: 45d
`;

async function problemsOf(text: string): Promise<string[]> {
  const path = join(directory, `seed-${String(Math.random()).slice(2)}.yaml`);
  await writeFile(path, text);
  try {
    await loadSeedFile(path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((problem) => `${problem.line}:${problem.column} ${problem.pointer}: ${problem.message}`);
  }
  throw new Error('the seed loaded');
}

const replace = (from: string, to: string): string => {
  if (!VALID.includes(from)) throw new Error(`fixture lacks ${from}`);
  return VALID.replace(from, to);
};

describe('seeds with client ids, grants, permissions, mappings and certificates', () => {
  it('load, generate the declared keys at start, and hand them to tests by mapping name', async () => {
    const path = join(directory, 'valid.yaml');
    await writeFile(path, VALID);
    const seed = await loadSeedFile(path);
    expect(seed.mappings?.[0]).toMatchObject({ name: 'expense-sync', integration: '1', entity: '10', role: '20' });
    const emulator = await startEmulator({ seed, now: () => NOW });
    try {
      const credentials = emulator.m2mCredentials('expense-sync');
      expect(credentials).toMatchObject({ clientId: 'c'.repeat(64), integrationId: '1', entityId: '10', roleId: '20', tokenUrl: `${emulator.origins.rest}/services/rest/auth/oauth2/v1/token` });
      const [given, absolute, relative] = credentials?.certificates ?? [];
      expect(given).toMatchObject({ certificateId: createHash('sha256').update(new X509Certificate(GIVEN.pem).raw).digest('base64url'), privateKeyPem: GIVEN.privateKeyPem, state: 'revoked' });
      expect(absolute).toMatchObject({ keyAlgorithm: 'ec-p256', algorithm: 'ES256', validUntil: '2026-12-31T00:00:00.000Z', state: 'active' });
      expect(relative).toMatchObject({ keyAlgorithm: 'ec-p384', algorithm: 'ES384', validUntil: new Date(NOW.getTime() + 45 * DAY).toISOString(), state: 'active' });
      expect(relative?.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(credentials?.current?.certificateId).toBe(relative?.certificateId);
      expect(emulator.m2mCredentials('nobody')).toBeUndefined();
      expect(await accessTokenOf(emulator, 'expense-sync')).toMatch(/^eyJ/);
    } finally {
      await emulator.close();
    }
  });

  it('refuse TBA on an integration without Token-based Authentication (grants default to [tba])', async () => {
    const seed: EmulatorSeed = { ...M2M_SEED, mappings: [], integrations: M2M_SEED.integrations.map((integration) => (integration.id === '1' ? { ...integration, grants: ['client-credentials'] } : integration)) };
    const emulator = await startEmulator({ seed, now: () => NOW });
    try {
      const refused = await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: credentialsOf(seed, '100'), now: NOW });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toContain('error="consumer_key_refused"');
      expect((await suiteql(emulator, { q: 'SELECT id FROM oauthtoken', credentials: credentialsOf(seed, '101'), now: NOW })).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('report a certificate NetSuite would refuse, and a private key of another certificate, at their line and column', async () => {
    const weak = newCertificate({ type: 'rsa', bits: 2048 });
    const other = newCertificate({ type: 'ec', curve: 'P-256' });
    const text = replace(indent(GIVEN.pem, 10), indent(weak.pem, 10)).replace(indent(GIVEN.privateKeyPem, 10), indent(other.privateKeyPem, 10));
    expect(await problemsOf(text)).toEqual([
      "22:25 /mappings/0/certificates/0/certificatePem: The certificate's RSA key has 2048 bits; NetSuite accepts RSA keys of 3072 or 4096 bits and EC keys on P-256, P-384 or P-521.",
    ]);
    const mismatched = replace(indent(GIVEN.privateKeyPem, 10), indent(other.privateKeyPem, 10));
    expect(await problemsOf(mismatched)).toEqual([expect.stringMatching(/^\d+:\d+ \/mappings\/0\/certificates\/0\/privateKeyPem: privateKeyPem is not the private key of this certificate's public key\.$/)]);
  });

  it('report entries that are neither or both kinds, validity given twice, and keys that go with the other kind', async () => {
    const text = replace('      - generate: ec-p384\n        expiresIn: 45d\n', '      - generate: ec-p384\n        expiresIn: 45d\n        validUntil: 2027-01-01T00:00:00Z\n      - revoked: true\n')
      .replace('        revoked: true\n      - generate: ec-p256', '        revoked: true\n        validity: 30d\n        expiresIn: 10d\n      - generate: ec-p256');
    expect(await problemsOf(text)).toEqual([
      "40:9 /mappings/0/certificates/0/expiresIn: expiresIn goes with generate; a given certificate's validity is the one in its PEM.",
      "39:9 /mappings/0/certificates/0/validity: validity goes with generate; a given certificate's validity is the one in its PEM.",
      '45:9 /mappings/0/certificates/2/expiresIn: Give the validity as validUntil (an instant) or expiresIn (days after start), not both.',
      '47:9 /mappings/0/certificates/3: A certificate has either generate (the emulator makes the key) or certificatePem (given); write exactly one of them.',
    ]);
  });

  it('report unknown references, repeated mappings, grants and permissions, and keys the schema does not know', async () => {
    const text = replace('    grants: [client-credentials]', '    grants: [client-credentials, client-credentials]')
      .replace('permissions: [ADMI_LOGIN_OAUTH2,', 'permissions: [ADMI_EVERYTHING, ADMI_LOGIN_OAUTH2,')
      .replace('  - name: expense-sync\n    integration: 1\n    entity: 10\n    role: 20\n', '  - name: expense-sync\n    integration: 1\n    entity: 11\n    role: 20\n    colour: blue\n')
      .concat('  - name: expense-sync\n    integration: 2\n    entity: 10\n    role: 20\n    certificates: [{ generate: ec-p256, validFrom: 2026-01-01T00:00:00Z }]\n');
    const problems = await problemsOf(text);
    expect(problems).toEqual([
      expect.stringMatching(/^14:19 \/roles\/0\/permissions\/0: Entry 1 of permissions must be one of "ADMI_LOGIN_OAUTH2", "ADMI_MANAGE_OWN_OAUTH2_CERTS", /),
      '21:5 /mappings/0/colour: Unknown key "colour"; the known keys here are name, integration, entity, role, certificates.',
      '49:20 /mappings/1/certificates/0: Entry 1 of certificates has validFrom but no validUntil; give both or neither.',
    ]);
    const semantic = await problemsOf(text.replace('ADMI_EVERYTHING, ', '').replace('    colour: blue\n', '').replace(', validFrom: 2026-01-01T00:00:00Z', ''));
    expect(semantic).toEqual([
      '8:13 /integrations/0/grants: client-credentials is listed more than once; list each once.',
      expect.stringMatching(/\/mappings\/1\/name: name "expense-sync" is already used by entry 1 of mappings; make it unique\.$/),
      expect.stringMatching(/\/mappings\/0\/entity: entity 11 is not the id of any entry in entities; add that record or correct the id\.$/),
      expect.stringMatching(/\/mappings\/1\/integration: integration 2 is not the id of any entry in integrations; add that record or correct the id\.$/),
    ]);
  });

  it('refuse, at start, more than five active certificates on one integration record', async () => {
    const seed: EmulatorSeed = {
      ...M2M_SEED,
      mappings: [{ name: 'crowded', integration: '4', entity: '12', role: '22', certificates: Array.from({ length: 6 }, () => ({ generate: 'ec-p256' as const })) }],
    };
    await expect(startEmulator({ seed, now: () => NOW })).rejects.toMatchObject({
      problems: [{ pointer: '/mappings', message: 'Integration 4 has 6 active certificates across its mappings; NetSuite allows at most 5. Revoke or remove some.' }],
    });
  });
});
