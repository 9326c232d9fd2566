import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import type { EmulatorM2MCredentials, EmulatorSeed, RunningEmulator } from '../../../src/emulator/index.js';
import { certificateFor } from '../../../src/emulator/x509-writer.js';
import { emulatorFetch } from './emulator-client.js';
import { NOW, SMALL_SEED } from './small-seed.js';

export const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token';
export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

const CLIENT = { expense: '0f3c51d2'.repeat(8), legacy: '9a7b6c5d'.repeat(8) } as const;
const M2M_ROLE = ['ADMI_LOGIN_OAUTH2', 'ADMI_RESTWEBSERVICES', 'ADMI_MANAGE_OWN_OAUTH2_CERTS'] as const;

/**
 * SMALL_SEED plus M2M: Expense Sync (client credentials only) with five mappings, and Legacy Export,
 * mapped but without the Client Credentials grant. At NOW, integration 4 has four active certificates.
 *   expense-sync    entity 12, role 22 (may manage its certificates): expired, revoked, current (ES256)
 *   expense-reader  entity 12, role 23 (no "Manage own"): ES384
 *   rsa-sync        entity 10, role 22: RSA 3072 (PS256)
 *   no-oauth-login  entity 11, role 24 (lacks Log in using OAuth 2.0 Access Tokens): ES512
 *   legacy-export   integration 5 (no Client Credentials grant), entity 11, role 22
 */
export const M2M_SEED: EmulatorSeed = {
  ...SMALL_SEED,
  integrations: [
    ...SMALL_SEED.integrations,
    { id: '4', name: 'Expense Sync', consumerKey: CLIENT.expense, consumerSecret: 'e'.repeat(40), state: 'enabled', grants: ['client-credentials'] },
    { id: '5', name: 'Legacy Export', consumerKey: CLIENT.legacy, consumerSecret: 'f'.repeat(40), state: 'enabled', grants: ['tba'] },
  ],
  entities: [...SMALL_SEED.entities, { id: '12', name: 'svc-expense' }],
  roles: [
    ...SMALL_SEED.roles,
    { id: '22', name: 'Expense Sync M2M', permissions: [...M2M_ROLE] },
    { id: '23', name: 'Expense Read Only', permissions: ['ADMI_LOGIN_OAUTH2', 'ADMI_RESTWEBSERVICES'] },
    { id: '24', name: 'No OAuth Login', permissions: ['ADMI_RESTWEBSERVICES'] },
  ],
  mappings: [
    {
      name: 'expense-sync',
      integration: '4',
      entity: '12',
      role: '22',
      certificates: [
        { generate: 'ec-p256', validFrom: '2025-06-01T00:00:00Z', validUntil: '2026-06-01T00:00:00Z' },
        { generate: 'ec-p256', validFrom: '2026-05-01T00:00:00Z', validUntil: '2027-05-01T00:00:00Z', revoked: true, revokedAt: '2026-10-01T00:00:00Z' },
        { generate: 'ec-p256', expiresIn: '300d', validity: '365d' },
      ],
    },
    { name: 'expense-reader', integration: '4', entity: '12', role: '23', certificates: [{ generate: 'ec-p384' }] },
    { name: 'rsa-sync', integration: '4', entity: '10', role: '22', certificates: [{ generate: 'rsa-3072' }] },
    { name: 'no-oauth-login', integration: '4', entity: '11', role: '24', certificates: [{ generate: 'ec-p521' }] },
    { name: 'legacy-export', integration: '5', entity: '11', role: '22', certificates: [{ generate: 'ec-p256' }] },
  ],
};

export interface Signer {
  readonly clientId: string;
  readonly certificateId: string;
  readonly privateKeyPem: string;
  readonly algorithm: string;
}

/** The signing material of a mapping's certificate: the current one, or the one at `index` in the seed. */
export function signerOf(emulator: RunningEmulator, mapping: string, index?: number): Signer {
  const credentials: EmulatorM2MCredentials | undefined = emulator.m2mCredentials(mapping);
  const certificate = index === undefined ? credentials?.current : credentials?.certificates[index];
  if (credentials === undefined || certificate?.privateKeyPem == null) throw new Error(`no signing key for ${mapping}`);
  return { clientId: credentials.clientId, certificateId: certificate.certificateId, privateKeyPem: certificate.privateKeyPem, algorithm: certificate.algorithm };
}

export interface AssertionOptions {
  readonly signer: Signer;
  /** The token URL the assertion is for (its `aud`); the emulator's by default. */
  readonly audience?: string | readonly string[];
  readonly now?: Date;
  readonly iat?: number;
  readonly exp?: number;
  readonly issuer?: string;
  readonly kid?: string;
  readonly alg?: string;
  readonly typ?: string;
  readonly scope?: string | readonly string[];
}

/** A client assertion as the operator makes it, signed with jose (the emulator verifies it without jose). */
export async function assertion(emulator: RunningEmulator, options: AssertionOptions): Promise<string> {
  const alg = options.alg ?? options.signer.algorithm;
  const iat = options.iat ?? Math.floor((options.now ?? NOW).getTime() / 1000);
  const key = await importPKCS8(options.signer.privateKeyPem, alg);
  return new SignJWT({ scope: options.scope ?? ['rest_webservices'] })
    .setProtectedHeader({ typ: options.typ ?? 'JWT', alg, kid: options.kid ?? options.signer.certificateId })
    .setIssuer(options.issuer ?? options.signer.clientId)
    .setAudience(options.audience === undefined ? `${emulator.origins.rest}${TOKEN_PATH}` : [options.audience].flat())
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 300)
    .sign(key);
}

/** POSTs the three form fields NetSuite documents (or `fields` instead). */
export async function requestToken(emulator: RunningEmulator, clientAssertion: string, fields?: Readonly<Record<string, string>>, contentType = 'application/x-www-form-urlencoded'): Promise<Response> {
  const form = new URLSearchParams(fields ?? { grant_type: 'client_credentials', client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion });
  return emulatorFetch(emulator, `${emulator.origins.rest}${TOKEN_PATH}`, { method: 'POST', headers: { 'content-type': contentType }, body: form.toString() });
}

export interface TokenReply {
  readonly access_token?: string;
  readonly expires_in?: string;
  readonly token_type?: string;
  readonly error?: string;
  readonly error_description?: string;
}

/** Signs an assertion for `mapping` at NOW and exchanges it; throws unless a token comes back. */
export async function accessTokenOf(emulator: RunningEmulator, mapping: string, now: Date = NOW): Promise<string> {
  const response = await requestToken(emulator, await assertion(emulator, { signer: signerOf(emulator, mapping), now }));
  const body = (await response.json()) as TokenReply;
  if (response.status !== 200 || body.access_token === undefined) throw new Error(`token request for ${mapping} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

export function bearerFetch(emulator: RunningEmulator, url: string, token: string, init: { readonly method?: string; readonly body?: string; readonly headers?: Readonly<Record<string, string>> } = {}): Promise<Response> {
  return emulatorFetch(emulator, url, { method: init.method ?? 'GET', headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...init.headers }, ...(init.body === undefined ? {} : { body: init.body }) });
}

/** A fresh self-signed certificate (PEM) for an upload, with its key. */
export function newCertificate(
  kind: { readonly type: 'ec'; readonly curve: string } | { readonly type: 'rsa'; readonly bits: number },
  validity: { readonly from: Date; readonly days: number } = { from: new Date(NOW.getTime() - 86_400_000), days: 365 },
): { readonly pem: string; readonly privateKeyPem: string } {
  const keys = kind.type === 'ec' ? generateKeyPairSync('ec', { namedCurve: kind.curve }) : generateKeyPairSync('rsa', { modulusLength: kind.bits });
  const { pem } = certificateFor(keys, 'uploaded by a test', validity.from, new Date(validity.from.getTime() + validity.days * 86_400_000));
  return { pem, privateKeyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export const CLIENT_IDS = CLIENT;
