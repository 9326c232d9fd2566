import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { EmulatorSeed, RunningEmulator } from '../../src/emulator/index.js';
import type { StatusFile } from '../../src/domain/status.js';
import { netsuiteUrls } from './account.js';
import { seededBundle as emulatorBundle } from '../../src/commands/emulator.js';

/**
 * A small account for the rotation reliability tests: the operator's own M2M mapping (never rotated
 * here) and `count` mappings `sync-1`…`sync-<count>`, each on an integration record of its own (so
 * its certificates' URLs name it), each role allowed to manage its own certificates, each
 * certificate expiring within renewBefore. Every rotating mapping delivers to `targets` file
 * targets under `secrets/`, and its `credentials:` variable is read — as a consumer would — from
 * its first target once one exists (see `consumerEnv`).
 */

export const ROTATION_ACCOUNT = '7777777_SB1';
export const STATUS_NAME = 'netsuite-tokens.status.yaml';
const OPERATOR = 'token-gitops';

export function mappingNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `sync-${String(index + 1)}`);
}

const clientIdOf = (name: string): string => createHash('sha256').update(`client ${name}`).digest('hex');

export function rotationSeed(count: number): EmulatorSeed {
  const names = mappingNames(count);
  return {
    account: ROTATION_ACCOUNT,
    integrations: [
      { id: '500', name: 'Token GitOps', consumerKey: clientIdOf(OPERATOR), consumerSecret: createHash('sha256').update('secret operator').digest('hex'), state: 'enabled', grants: ['client-credentials'] },
      ...names.map((name, index) => ({ id: String(501 + index), name: `Sync ${name}`, consumerKey: clientIdOf(name), consumerSecret: createHash('sha256').update(`secret ${name}`).digest('hex'), state: 'enabled' as const, grants: ['client-credentials' as const] })),
    ],
    entities: [{ id: '600', name: 'svc-gitops' }, ...names.map((name, index) => ({ id: String(601 + index), name: `svc-${name}` }))],
    roles: [
      { id: '700', name: 'Token Operator', permissions: ['ADMI_RESTWEBSERVICES', 'ADMI_AUDITLOGIN', 'ADMI_LOGIN_OAUTH2', 'ADMI_MANAGE_OWN_OAUTH2_CERTS'] },
      { id: '701', name: 'Sync M2M', permissions: ['ADMI_RESTWEBSERVICES', 'ADMI_LOGIN_OAUTH2', 'ADMI_MANAGE_OWN_OAUTH2_CERTS'] },
    ],
    tokens: [],
    mappings: [
      { name: OPERATOR, integration: '500', entity: '600', role: '700', certificates: [{ generate: 'ec-p256', expiresIn: '300d', validity: '365d' }] },
      ...names.map((name, index) => ({ name, integration: String(501 + index), entity: String(601 + index), role: '701', certificates: [{ generate: 'ec-p256' as const, expiresIn: '45d', validity: '365d' }] })),
    ],
  };
}

export const envName = (mapping: string): string => `${mapping.toUpperCase().replaceAll('-', '_')}_M2M`;
export const targetPaths = (mapping: string, targets: number): string[] =>
  Array.from({ length: targets }, (_, index) => `secrets/${mapping}${index === 0 ? '' : `.copy-${String(index)}`}.json`);

export function rotationConfig(emulator: RunningEmulator, count: number, options: { overlap: string; targets: number }): string {
  const mapping = (name: string): string => {
    const credentials = emulator.m2mCredentials(name);
    return `  - mapping: ${name}
    clientId: "${credentials?.clientId ?? ''}"
    entity: "${credentials?.entityId ?? ''}"
    role: "${credentials?.roleId ?? ''}"
    state: active
    owner: "@acme/integrations"
    credentials: env:${name === OPERATOR ? 'NETSUITE_CREDENTIALS' : envName(name)}
`;
  };
  return `version: 1
account: "${ROTATION_ACCOUNT}"
policy: { unmanaged: ignore }
tokens: []
certificates:
${mapping(OPERATOR)}${mappingNames(count).map((name) => `${mapping(name)}    rotation: { validity: 365d, overlap: ${options.overlap} }
    deliver:
${targetPaths(name, options.targets).map((path) => `      - file: { path: ${path} }\n`).join('')}`).join('')}`;
}

/** The bundle of a mapping's seeded certificate, as the emulator generated it (what `emulator --bundles` writes). */
export function seededBundle(emulator: RunningEmulator, mapping: string): string {
  const bundle = emulatorBundle(emulator, mapping);
  if (bundle === null) throw new Error(`The seed has no usable certificate for ${mapping}.`);
  return bundle;
}

export interface RotationWorld {
  readonly emulator: RunningEmulator;
  readonly dir: string;
  readonly mappings: readonly string[];
  readonly targets: number;
  /** Every key the seed gave a mapping: its consumers may still hold these (they are not the operator's to scan for). */
  readonly seededBundles: ReadonlyMap<string, string>;
}

export async function rotationWorld(emulator: RunningEmulator, count: number, options: { overlap: string; targets: number }): Promise<RotationWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'nst-rotation-reliability-'));
  await writeFile(join(dir, 'netsuite-tokens.yaml'), rotationConfig(emulator, count, options));
  const mappings = mappingNames(count);
  return { emulator, dir, mappings, targets: options.targets, seededBundles: new Map(mappings.map((name) => [name, seededBundle(emulator, name)])) };
}

/**
 * The environment a run sees: NetSuite's URLs, the operator's bundle, and each mapping's bundle as
 * its consumers hold it — its first target's content once written, the seeded bundle before that
 * (a workflow that feeds the mapping's credentials from where the operator delivers them).
 */
export async function consumerEnv(world: RotationWorld): Promise<Record<string, string>> {
  const env: Record<string, string> = { ...netsuiteUrls(world.emulator.origins), NETSUITE_CREDENTIALS: seededBundle(world.emulator, OPERATOR) };
  for (const mapping of world.mappings) {
    const first = await readFile(join(world.dir, targetPaths(mapping, 1)[0] ?? ''), 'utf8').catch(() => null);
    env[envName(mapping)] = first ?? world.seededBundles.get(mapping) ?? '';
  }
  return env;
}

export async function readStatusFile(world: RotationWorld): Promise<StatusFile | null> {
  const text = await readFile(join(world.dir, STATUS_NAME), 'utf8').catch(() => null);
  // Whole or absent: a torn file would not parse (parse throws and fails the test).
  return text === null ? null : (parse(text) as StatusFile);
}

/** A mapping's certificates as the emulator holds them (its own view, not the operator's). */
export function emulatorCertificates(emulator: RunningEmulator, mapping: string): { certificateId: string; active: boolean }[] {
  const credentials = emulator.m2mCredentials(mapping);
  return emulator.state().certificates
    .filter((certificate) => certificate.clientId === credentials?.clientId && certificate.entityId === credentials.entityId && certificate.roleId === credentials.roleId)
    .map((certificate) => ({ certificateId: certificate.certificateId, active: certificate.state === 'active' }));
}

interface M2mBundle {
  readonly certificateId: string;
  readonly clientId: string;
  readonly privateKey: string;
  readonly algorithm: string;
}

/**
 * Signs in with a bundle at the emulator's token endpoint, as a consumer would (a JWT client
 * assertion, RFC 7523, signed with `jose`): true when NetSuite issues an access token.
 */
export async function signsIn(emulator: RunningEmulator, bundleText: string, now: Date): Promise<boolean> {
  const bundle = JSON.parse(bundleText) as M2mBundle;
  const tokenUrl = emulator.m2mCredentials(mappingOfClient(emulator, bundle.clientId))?.tokenUrl ?? '';
  const issuedAt = Math.floor(now.getTime() / 1000);
  // Injected faults (rotation-faults.test.ts) are tried again, as a consumer would; a refusal is a 400.
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const status = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: await assertionFor(bundle, tokenUrl, issuedAt) }).toString(),
    }).then(async (response) => {
      await response.arrayBuffer();
      return response.status;
    }, () => null);
    if (status === 200 || status === 400) return status === 200;
  }
  return false;
}

/** A client assertion, a fresh one (its own `jti`) for every attempt. */
async function assertionFor(bundle: M2mBundle, tokenUrl: string, issuedAt: number): Promise<string> {
  return new SignJWT({ scope: ['rest_webservices'] })
    .setProtectedHeader({ typ: 'JWT', alg: bundle.algorithm, kid: bundle.certificateId })
    .setIssuer(bundle.clientId)
    .setAudience(tokenUrl)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 300)
    .sign(await importPKCS8(bundle.privateKey, bundle.algorithm));
}

function mappingOfClient(emulator: RunningEmulator, clientId: string): string {
  for (const name of [OPERATOR, ...mappingNames(50)]) if (emulator.m2mCredentials(name)?.clientId === clientId) return name;
  return OPERATOR;
}

/** Every file under `dir` (recursively), relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

/** Converged, by the emulator's state and the files alone (no request: faults may be on); expectConverged says what is wrong. */
export async function converged(world: RotationWorld): Promise<boolean> {
  const status = await readStatusFile(world);
  for (const mapping of world.mappings) {
    const active = emulatorCertificates(world.emulator, mapping).filter((certificate) => certificate.active);
    if (active.length !== 1) return false;
    for (const path of targetPaths(mapping, world.targets)) {
      const text = await readFile(join(world.dir, path), 'utf8').catch(() => null);
      if (text === null || (JSON.parse(text) as { certificateId: string }).certificateId !== active[0]?.certificateId) return false;
    }
    const row = status?.certificates?.find((entry) => entry.mapping === mapping);
    if (row?.rotation !== null || row.previous.length > 0) return false;
  }
  return true;
}

/**
 * The convergence SPEC §16 asks for, once the overlap has passed: per mapping exactly one active
 * certificate in NetSuite, every target holding a bundle of it that signs in, no other certificate
 * of the mapping left active, no rotation in progress, the status file whole and agreeing, and no
 * private key on disk outside the file targets.
 */
export async function expectConverged(world: RotationWorld, context: string, now: Date = new Date()): Promise<void> {
  const status = await readStatusFile(world);
  expect(status, context).not.toBeNull();
  for (const mapping of world.mappings) {
    const active = emulatorCertificates(world.emulator, mapping).filter((certificate) => certificate.active);
    expect(active, `${context}: ${mapping} has exactly one active certificate`).toHaveLength(1);
    const only = active[0]?.certificateId;
    for (const path of targetPaths(mapping, world.targets)) {
      const text = await readFile(join(world.dir, path), 'utf8');
      const bundle = JSON.parse(text) as M2mBundle;
      expect(bundle.certificateId, `${context}: ${path} holds the active certificate's bundle`).toBe(only);
      expect(await signsIn(world.emulator, text, now), `${context}: ${path} signs in`).toBe(true);
    }
    const row = status?.certificates?.find((entry) => entry.mapping === mapping);
    expect(row?.rotation ?? null, `${context}: no rotation of ${mapping} in progress`).toBeNull();
    expect(row?.previous, `${context}: nothing of ${mapping} left to retire`).toEqual([]);
    expect(row?.current?.certificateId, `${context}: the status file names ${mapping}'s active certificate`).toBe(only);
    expect(row?.lastRotation?.certificateId, `${context}: ${mapping}'s last rotation`).toBe(only);
  }
  await expectNoKeyOutsideTargets(world, context);
}

/** Files under the run's directory, other than the file targets, that hold a private key. */
async function keyFilesOf(world: RotationWorld): Promise<string[]> {
  const targets = new Set(world.mappings.flatMap((mapping) => targetPaths(mapping, world.targets)));
  const found: string[] = [];
  for (const file of await filesUnder(world.dir)) {
    if (!targets.has(file) && (await readFile(join(world.dir, file), 'utf8')).includes('PRIVATE KEY')) found.push(file);
  }
  return found;
}

export async function keyFilesOutsideTargets(world: RotationWorld): Promise<number> {
  return (await keyFilesOf(world)).length;
}

/** Keys live in memory and in the file targets only: no other file under the run's directory holds one. */
export async function expectNoKeyOutsideTargets(world: RotationWorld, context: string): Promise<void> {
  expect(await keyFilesOf(world), `${context}: files outside the targets holding a private key`).toEqual([]);
}
