import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_DIRECTORY, generatedFileName, renderValidators } from '../../scripts/generate-validators.js';
import { VALIDATORS } from '../../scripts/validator-catalog.js';
import type { StatusFile, StatusToken } from '../../src/domain/status.js';
import { TOKEN_STATES } from '../../src/domain/kinds/tba-token/token.js';
import { SCHEMA_FILES, loadValidator, type ValidatorName } from '../../src/schemas/validators.js';
import { startTestAccount, type TestAccount } from '../support/account.js';
import { runCli } from '../support/runs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(`${ROOT}/${file}`, 'utf8')) as Record<string, unknown>;
}

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

describe('validators compiled at build time', () => {
  it('exist for every entry of the catalog, under the names and schema files the loader knows', async () => {
    expect(VALIDATORS.map((spec) => [spec.name, spec.schemaFile])).toEqual(Object.entries(SCHEMA_FILES));
    for (const name of Object.keys(SCHEMA_FILES) as ValidatorName[]) expect(typeof (await loadValidator(name))).toBe('function');
    expect((await readdir(`${ROOT}/${GENERATED_DIRECTORY}`)).sort()).toEqual(VALIDATORS.map((spec) => generatedFileName(spec.name)).sort());
  });

  it('are the schemas as they are now, in modules that import nothing (Node, Vitest and the bundle load them alike)', async () => {
    for (const [file, text] of await renderValidators(ROOT)) {
      expect(await readFile(`${ROOT}/${GENERATED_DIRECTORY}/${file}`, 'utf8'), file).toBe(text);
      expect(text, file).not.toMatch(/\brequire\(|^import /m);
    }
  });

  it('report every problem with the offending value and its parent schema', async () => {
    const check = (await loadValidator('status'))({ statusVersion: 2, account: 7 });
    if (check.valid) throw new Error('an incomplete status file passed');
    expect(check.errors.length).toBeGreaterThan(2);
    expect(check.errors.find((error) => error.instancePath === '/account')).toMatchObject({ keyword: 'type', data: 7, parentSchema: expect.objectContaining({ type: 'string' }) as unknown });
  });

  it('give the plan reader a validator for what `plan --format json` writes', async () => {
    account = await startTestAccount();
    const run = await runCli(['plan', '--format', 'json'], { env: account.env, cwd: account.dir });
    const validatePlan = await loadValidator('plan');
    expect(validatePlan(JSON.parse(run.out))).toMatchObject({ valid: true });
    expect(validatePlan({ ...(JSON.parse(run.out) as object), formatVersion: 99 })).toMatchObject({ valid: false, errors: [expect.objectContaining({ instancePath: '/formatVersion' })] });
  });
});

describe('schemas/status.schema.json', () => {
  /** Every key of a status token: the compiler checks this list against the type. */
  const TOKEN_KEYS = {
    id: true, name: true, application: true, user: true, role: true, state: true, desired: true, owner: true, protected: true,
    createdAt: true, revokedAt: true, lastUsedAt: true, ageDays: true, pending: true, failed: true, findings: true,
  } as const satisfies Record<keyof StatusToken, true>;
  const FILE_KEYS = { statusVersion: true, account: true, run: true, observedAt: true, summary: true, tokens: true, missing: true, certificates: true } as const satisfies Record<keyof StatusFile, true>;

  it('requires exactly the keys of the StatusFile type, and the states of TOKEN_STATES', async () => {
    const schema = await readJson('schemas/status.schema.json');
    const definitions = schema['$defs'] as Record<string, { required?: string[]; enum?: unknown[] }>;
    // certificates joined in statusVersion 2: version 1 files have none.
    expect(schema['required']).toEqual(Object.keys(FILE_KEYS).filter((key) => key !== 'certificates'));
    expect(Object.keys(schema['properties'] as object)).toEqual(Object.keys(FILE_KEYS));
    expect(definitions['token']?.required).toEqual(Object.keys(TOKEN_KEYS));
    expect(definitions['state']?.enum).toEqual([...TOKEN_STATES]);
  });

  it('describes every property, closes every object and has its $id', async () => {
    const schema = await readJson('schemas/status.schema.json');
    expect(schema['$id']).toBe('https://netsuite-token-gitops.dev/schemas/status.schema.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const undescribed: string[] = [];
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record['type'] === 'object' && record['additionalProperties'] !== false) open.push(path);
      for (const [key, property] of Object.entries((record['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof property['description'] !== 'string') undescribed.push(`${path}/properties/${key}`);
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`);
    };
    visit(schema, '#');
    expect({ undescribed, open }).toEqual({ undescribed: [], open: [] });
  });
});
