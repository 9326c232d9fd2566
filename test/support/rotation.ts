import { createBundleDelivery } from '../../src/delivery/bundle-delivery.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BundleDelivery } from '../../src/ports.js';
import type { EmulatorSeed } from '../../src/emulator/seed.js';
import type { RunningEmulator } from '../../src/emulator/index.js';
import { ACCOUNT, testSeed } from './account.js';

/**
 * The test account of account.ts with the "Legacy Sync" integration set up for NetSuite's three-step
 * authorization flow (TBA: Authorization Flow, Callback URL http://localhost:*\/callback), and a file
 * whose entry for its token 102 can be rotated: credentials and one file target outside the repository.
 */
export function rotationSeed(options: { readonly authorizationFlow?: boolean } = {}): EmulatorSeed {
  const seed = testSeed();
  return {
    ...seed,
    integrations: seed.integrations.map((integration) =>
      integration.id === '2' ? { ...integration, tbaAuthorizationFlow: options.authorizationFlow ?? true, callbackUrl: 'http://localhost:*/callback' } : integration,
    ),
  };
}

export const LEGACY = { tokenId: '102', integration: '2', entity: '11', role: '21', otherRole: '20' } as const;

export const ROTATION_TARGET = '../delivered/legacy-sync.json';

export function rotationConfig(entry: { readonly credentials?: boolean; readonly deliver?: boolean } = {}): string {
  return [
    'version: 1',
    `account: "${ACCOUNT}"`,
    '# Tokens of the sandbox; the operator signs in with the first.',
    'tokens:',
    '  - id: "101"',
    '    state: active',
    '    protect: true',
    '    credentials:',
    '      consumerKey: env:NETSUITE_CONSUMER_KEY',
    '      consumerSecret: env:NETSUITE_CONSUMER_SECRET',
    '      tokenId: env:NETSUITE_TOKEN_ID',
    '      tokenSecret: env:NETSUITE_TOKEN_SECRET',
    '  # Legacy sync feeds the warehouse every night.',
    '  - id: "102"  # pinned by id',
    '    name: "Legacy sync token"',
    '    state: active',
    '    owner: "@acme/integrations"',
    ...(entry.credentials === false
      ? []
      : ['    credentials:', '      consumerKey: env:LEGACY_CONSUMER_KEY', '      consumerSecret: env:LEGACY_CONSUMER_SECRET', '      tokenId: env:LEGACY_TOKEN_ID', '      tokenSecret: env:LEGACY_TOKEN_SECRET']),
    ...(entry.deliver === false ? [] : ['    deliver:', `      - file: { path: ${ROTATION_TARGET} }`]),
    '',
  ].join('\n');
}

export interface RecordingDelivery extends BundleDelivery {
  /** Bundles written, by target path. */
  readonly written: Map<string, string>;
  /** Awaited inside `deliver` before writing (a test interrupts here). */
  beforeWrite: (() => Promise<void>) | null;
}

/**
 * The real BundleDelivery adapter (src/delivery) for `file` targets, relative to the desired-state
 * file, recording what it wrote and able to pause before a write (to interrupt rotate there).
 */
export function fileDelivery(configDirectory: string): RecordingDelivery {
  const real = createBundleDelivery({ configDirectory, env: { PATH: process.env['PATH'] } });
  const delivery: RecordingDelivery = {
    written: new Map(),
    beforeWrite: null,
    preflight: (target) => real.preflight(target),
    checkNotCommitted: (target) => real.checkNotCommitted(target),
    holdsValue: (target) => real.holdsValue(target),
    async deliver(target, bundle, rotationId) {
      if (target.kind !== 'file') throw new Error(`the test delivery writes files only, not ${target.kind}`);
      if (delivery.beforeWrite !== null) await delivery.beforeWrite();
      await real.deliver(target, bundle, rotationId);
      delivery.written.set(resolve(configDirectory, target.path), bundle.reveal());
    },
  };
  return delivery;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Plays the person's browser opening the authorize URL (NetSuite records nothing; the emulator keeps `state`). */
export async function openAuthorizeUrl(url: string): Promise<string> {
  const response = await fetch(url);
  return response.text();
}

/** Plays the person clicking Allow or Deny through the control endpoint; the redirect is followed to the callback. */
export async function approve(emulator: RunningEmulator, authorizeUrl: string, choice: { entity: string; role: string; decision: 'allow' | 'deny'; state?: string }): Promise<Response> {
  const oauthToken = new URL(authorizeUrl).searchParams.get('oauth_token') ?? '';
  return fetch(`${emulator.controlUrl}/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ oauthToken, ...choice }) });
}

/** The authorize URL the command printed, once it is printed. */
export function authorizeUrlIn(text: string): string | null {
  return /(https?:\/\/\S+\/app\/login\/secure\/authorizetoken\.nl\?\S+)/.exec(text)?.[1] ?? null;
}
