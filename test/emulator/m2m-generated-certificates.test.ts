import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { NetSuiteCertificateDirectory, certificatesPath } from '../../src/netsuite/certificate-directory.js';
import { NetSuiteChangeExecutor } from '../../src/netsuite/change-executor.js';
import { resolveEndpoints } from '../../src/netsuite/endpoints.js';
import { NetSuiteError } from '../../src/netsuite/errors.js';
import { AccessTokenCache, m2mAuthorizer } from '../../src/netsuite/m2m-authorizer.js';
import { createSigner } from '../../src/netsuite/signer.js';
import { NetSuiteTransport } from '../../src/netsuite/transport.js';
import { nodeHttpExchange } from '../../src/netsuite/http-exchange.js';
import type { CertificateAlgorithm } from '../../src/domain/desired.js';
import { generateCertificate } from '../../src/secrets/certificate-generator.js';
import { m2mBundleText, m2mCredentials, parseM2mBundle } from '../../src/secrets/credentials-bundle.js';
import type { M2mCredentials } from '../../src/secrets/credentials.js';
import { CLIENT_IDS, M2M_SEED, signerOf } from './support/m2m.js';
import { NOW } from './support/small-seed.js';

/**
 * A rotation's NetSuite calls (SPEC §12.1) made by the operator's own client against the emulator,
 * with a certificate from the operator's generator: the upload is accepted under the id the operator
 * computed, the new key signs in with that id as kid for the mapping's role and entity, and the new
 * certificate's token revokes the old one. The emulator computes the id itself (it shares no code
 * with the generator or the client).
 */

const DAY = 86_400_000;
const SEED = { ...M2M_SEED, mappings: M2M_SEED.mappings?.filter((mapping) => mapping.name !== 'rsa-sync') ?? [] };
const clock = { now: () => NOW };

let emulator: RunningEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

function operatorAgainst(running: RunningEmulator) {
  const endpoints = resolveEndpoints(running.accountId, { NETSUITE_REST_URL: running.origins.rest, NETSUITE_RESTLETS_URL: running.origins.restlets });
  const transport = new NetSuiteTransport({ exchange: nodeHttpExchange(), clock, concurrency: 2, sleep: () => Promise.resolve(), random: () => 0 });
  const cache = new AccessTokenCache();
  const authorizerFor = (credentials: M2mCredentials) => m2mAuthorizer({ transport, restOrigin: endpoints.rest, credentials, clock, cache });
  const directory = new NetSuiteCertificateDirectory({ endpoints, transport, authorizerFor, accessToken: (credentials) => authorizerFor(credentials).accessToken() });
  const executor = new NetSuiteChangeExecutor({ endpoints, transport, signer: createSigner({ realm: running.accountId, clock }), authorizerFor });
  const upload = async (credentials: M2mCredentials, fileContent: string): Promise<Record<string, unknown>> => {
    const response = await transport.send({ method: 'POST', url: `${endpoints.restlets}${certificatesPath(credentials.clientId)}`, body: { fileContent, role: 22, entity: 12 }, authorizer: authorizerFor(credentials), authHint: 'The mapping’s token was refused.' });
    return JSON.parse(response.text) as Record<string, unknown>;
  };
  return { directory, executor, upload, authorizerFor };
}

function currentCredentials(running: RunningEmulator): M2mCredentials {
  const signer = signerOf(running, 'expense-sync');
  return m2mCredentials({ clientId: signer.clientId, certificateId: signer.certificateId, privateKey: signer.privateKeyPem, algorithm: signer.algorithm, validUntil: null }, 'the seed');
}

describe('a generated certificate, rotated in through the operator’s client', () => {
  it.each(['ec-p256', 'ec-p521', 'rsa-3072'] as const satisfies readonly CertificateAlgorithm[])('%s: uploaded under its own id, signs in as the mapping, retires the old one', async (algorithm) => {
    emulator = await startEmulator({ seed: SEED, origins: 'split', now: () => NOW });
    const operator = operatorAgainst(emulator);
    const current = currentCredentials(emulator);
    const generated = await generateCertificate({ algorithm, commonName: `netsuite-tokens ${emulator.accountId} expense-sync`, validityMs: 365 * DAY, now: NOW });

    const reply = await operator.upload(current, generated.certificatePem);
    expect(reply).toMatchObject({ certificate_id: generated.certificateId, algorithm: algorithm.startsWith('ec-') ? 'EC' : 'RSA', revoked: false, entity: { id: 12 }, role: { id: 22 } });

    const listed = await operator.directory.list(current);
    expect(listed.find((certificate) => certificate.certificateId === generated.certificateId)).toEqual({
      certificateId: generated.certificateId,
      algorithm: algorithm.startsWith('ec-') ? 'EC' : 'RSA',
      validFrom: new Date(generated.validFrom).toISOString(),
      validUntil: new Date(generated.validUntil).toISOString(),
      created: NOW.toISOString(),
      revoked: false,
      application: 'Expense Sync',
      entity: '12',
      role: '22',
    });

    // Verify as SPEC §12.1 step 3 does: a token minted with the new key and id, for the mapping's role;entity.
    const next = parseM2mBundle(m2mBundleText(generated, { accountId: emulator.accountId, clientId: CLIENT_IDS.expense }).reveal(), 'the new bundle', emulator.accountId);
    const token = await operator.authorizerFor(next).accessToken();
    const claims = JSON.parse(Buffer.from(token.reveal().split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: string };
    expect(claims.sub).toBe('22;12');

    await operator.executor.revokeCertificate(next, current.certificateId);
    const after = await operator.directory.list(next);
    expect(after.find((certificate) => certificate.certificateId === current.certificateId)?.revoked).toBe(true);
    expect(after.find((certificate) => certificate.certificateId === generated.certificateId)?.revoked).toBe(false);
  }, 30_000);

  it('refuses a second upload of the same certificate, naming its id, and a second revocation [INF]', async () => {
    emulator = await startEmulator({ seed: SEED, origins: 'split', now: () => NOW });
    const operator = operatorAgainst(emulator);
    const current = currentCredentials(emulator);
    const generated = await generateCertificate({ algorithm: 'ec-p256', commonName: 'netsuite-tokens 1234567_SB1 expense-sync', validityMs: 365 * DAY, now: NOW });
    await operator.upload(current, generated.certificatePem);
    const again = await operator.upload(current, generated.certificatePem).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(NetSuiteError);
    expect(again).toMatchObject({ status: 400, errorCode: 'INVALID_CONTENT' });
    expect((again as NetSuiteError).detail).toContain(`certificate id ${generated.certificateId}`);
    expect(emulator.state().certificates.filter((certificate) => certificate.certificateId === generated.certificateId)).toHaveLength(1);

    const next = parseM2mBundle(m2mBundleText(generated, { accountId: emulator.accountId, clientId: CLIENT_IDS.expense }).reveal(), 'the new bundle', emulator.accountId);
    await operator.executor.revokeCertificate(next, current.certificateId);
    const twice = await operator.executor.revokeCertificate(next, current.certificateId).catch((error: unknown) => error);
    expect(twice).toMatchObject({ status: 400, errorCode: 'INVALID_CONTENT' });
    expect((twice as NetSuiteError).detail).toBe(`Certificate ${current.certificateId} is revoked; only active certificates can be revoked.`);
  });
});
