import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSeedFile, startEmulator, type EmulatorSeed, type RunningEmulator } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/support/package-root.js';
import { suiteql } from './support/emulator-client.js';
import { accessTokenOf, bearerFetch } from './support/m2m.js';
import { credentialsOf } from './support/small-seed.js';

interface DeclaredToken { id?: string; name?: string; application?: string; user?: string; role?: string; state: string }

const DEMO_DATE = new Date('2026-11-01T00:00:00Z');
const DAY = 86_400_000;
let seed: EmulatorSeed;
let declared: { account: string; tokens: DeclaredToken[] };
let emulator: RunningEmulator;
let observed: Record<string, string>[];

beforeAll(async () => {
  seed = await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml'));
  declared = parse(await readFile(join(packageRoot(), 'examples', 'netsuite-tokens.yaml'), 'utf8')) as typeof declared;
  emulator = await startEmulator({ seed, origins: 'split', now: () => DEMO_DATE });
  const response = await suiteql(emulator, {
    q: `SELECT t.id, t.tba_token_name AS name, BUILTIN.DF(t.tba_app_name) AS application, BUILTIN.DF(t.entity_name) AS "user", BUILTIN.DF(t.role_name) AS role,
          t.binactive, t.brevoked, TO_CHAR(t.dcreated, 'YYYY-MM-DD') AS created FROM oauthtoken t ORDER BY t.id`,
    credentials: credentialsOf(seed, '4712'),
    now: DEMO_DATE,
  });
  observed = ((await response.json()) as { items: Record<string, string>[] }).items;
});
afterAll(async () => { await emulator.close(); });

const token = (id: string): Record<string, string> | undefined => observed.find((candidate) => candidate['id'] === id);

describe('examples/demo-seed.yaml matches examples/netsuite-tokens.yaml', () => {
  it('is the same account, and the operator (4712, Token GitOps) can sign in with the seeded credentials', () => {
    expect(seed.account).toBe(declared.account);
    expect(token('4712')).toMatchObject({ application: 'Token GitOps', binactive: 'F', brevoked: 'F' });
  });

  it('has every token the file declares, with the declared name, application, user and role', () => {
    for (const entry of declared.tokens) {
      const match = entry.id === undefined ? observed.filter((candidate) => candidate['name'] === entry.name) : observed.filter((candidate) => candidate['id'] === entry.id);
      expect(match, `declared ${entry.id ?? entry.name ?? ''}`).toHaveLength(1);
      const [found] = match;
      if (entry.name !== undefined) expect(found?.['name']).toBe(entry.name);
      if (entry.application !== undefined) expect(found?.['application']).toBe(entry.application);
      if (entry.user !== undefined) expect(found?.['user']).toBe(entry.user);
      if (entry.role !== undefined) expect(found?.['role']).toBe(entry.role);
    }
  });

  it('sets up each demo case', () => {
    const state = (id: string): string => (token(id)?.['brevoked'] === 'T' ? 'revoked' : token(id)?.['binactive'] === 'T' ? 'inactive' : 'active');
    expect(state('4701')).toBe('revoked');
    expect(state('4711')).toBe('active');
    const age = (DEMO_DATE.getTime() - Date.parse(`${token('4711')?.['created'] ?? ''}T00:00:00Z`)) / DAY;
    expect(age).toBeGreaterThan(280);
    expect(age).toBeLessThan(320);
    expect(state('4713')).toBe('active');
    expect(credentialsOf(seed, '4713').consumerKey).toBe(seed.integrations.find((integration) => integration.name === 'Celigo integrator.io')?.consumerKey);
    expect(state('4714')).toBe('active');
    expect(seed.tokens.find((candidate) => candidate.id === '4714')?.tokenId).toBeUndefined();
    expect(state('4715')).toBe('active');
    expect(state(observed.find((candidate) => candidate['application'] === 'Tableau Reporting')?.['id'] ?? '')).toBe('active');
  });

  it('has an unmanaged token, unused for more than 90 days despite a recent failed login', async () => {
    const declaredIds = new Set(declared.tokens.map((entry) => entry.id));
    const declaredNames = new Set(declared.tokens.map((entry) => entry.name));
    const unmanaged = observed.filter((candidate) => !declaredIds.has(candidate['id']) && !declaredNames.has(candidate['name']));
    expect(unmanaged.map((candidate) => candidate['name'])).toEqual(['Test token - jdoe - Administrator']);
    const response = await suiteql(emulator, {
      q: `SELECT oauthaccesstokenname AS name, TO_CHAR(MAX(date), 'YYYY-MM-DD') AS last FROM loginaudit WHERE status = 'Success' AND date < TO_DATE('2026-11-01', 'YYYY-MM-DD') GROUP BY oauthaccesstokenname ORDER BY oauthaccesstokenname`,
      credentials: credentialsOf(seed, '4712'),
      now: DEMO_DATE,
    });
    const last = new Map(((await response.json()) as { items: { name: string; last: string }[] }).items.map((item) => [item.name, item.last]));
    expect(last.get('Test token - jdoe - Administrator')).toBe('2026-03-10');
    expect(last.get('DATABASICS - svc-expense - DataBasics Integration')).toBe('2026-10-31');
  });

  it('has an M2M mapping whose certificate expires within 60 days, whose key signs in and may manage its certificates', async () => {
    const expense = emulator.m2mCredentials('expense-sync');
    const current = expense?.current;
    expect(current).toMatchObject({ keyAlgorithm: 'ec-p256', algorithm: 'ES256', state: 'active' });
    const daysLeft = (Date.parse(current?.validUntil ?? '') - DEMO_DATE.getTime()) / DAY;
    expect(daysLeft).toBeGreaterThan(0);
    expect(daysLeft).toBeLessThanOrEqual(60);
    const listed = await bearerFetch(emulator, expense?.certificatesUrl ?? '', await accessTokenOf(emulator, 'expense-sync', DEMO_DATE));
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { certificate_id: string }[]).map((entry) => entry.certificate_id)).toEqual([current?.certificateId]);
  });

  it("lets the operator sign in with M2M too (Token GitOps, svc-gitops, Token Operator), for longer than rotation's 90 days", async () => {
    const operator = emulator.m2mCredentials('token-gitops');
    expect(operator).toMatchObject({ clientId: seed.integrations.find((integration) => integration.name === 'Token GitOps')?.consumerKey, entityId: '302', roleId: '1002' });
    expect(Date.parse(operator?.current?.validUntil ?? '') - DEMO_DATE.getTime()).toBeGreaterThan(90 * DAY);
    const token = await accessTokenOf(emulator, 'token-gitops', DEMO_DATE);
    const response = await bearerFetch(emulator, `${emulator.origins.rest}/services/rest/query/v1/suiteql`, token, { method: 'POST', body: JSON.stringify({ q: 'SELECT id FROM oauthtoken' }), headers: { prefer: 'transient' } });
    expect(response.status).toBe(200);
  });

  it('says its secrets are fake', async () => {
    expect(await readFile(join(packageRoot(), 'examples', 'demo-seed.yaml'), 'utf8')).toContain('EVERY SECRET BELOW IS FAKE');
  });
});
