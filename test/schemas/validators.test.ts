import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GENERATED_DIRECTORY, generatedFileName, renderValidators } from '../../scripts/generate-validators.js';
import { VALIDATORS } from '../../scripts/validator-catalog.js';
import type { StatusFile, StatusToken } from '../../src/domain/status.js';
import { TOKEN_STATES } from '../../src/domain/kinds/tba-token/token.js';
import { isDesiredStateFile } from '../../src/schemas/desired-state-check.js';
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
    // The desired-state check is imported by desired-state-check.ts, not loaded by name.
    expect(VALIDATORS.map((spec) => [spec.name, spec.schemaFile]).filter(([name]) => name !== 'netsuite-tokens-check')).toEqual(Object.entries(SCHEMA_FILES));
    expect(VALIDATORS.map((spec) => spec.name)).toContain('netsuite-tokens-check');
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

  it('give the plain reader\'s check the verdict of the validator that words the problems', async () => {
    const full = await loadValidator('netsuite-tokens');
    const fixtures = await readdir(`${ROOT}/test/config/fixtures/invalid`);
    // Every file YAML can read: the bad-config fixtures with a syntax error, a repeated key or an alias bomb are left out.
    const readable = async (file: string): Promise<unknown[]> => {
      try {
        return [parse(await readFile(`${ROOT}/${file}`, 'utf8'), { logLevel: 'silent' }) as unknown];
      } catch {
        return [];
      }
    };
    const documents = (await Promise.all(['examples/netsuite-tokens.yaml', 'examples/certificate-rotation.yaml', ...fixtures.map((name) => `test/config/fixtures/invalid/${name}`)].map(readable))).flat();
    const example = documents[0] as Record<string, unknown>;
    let invalid = 0;
    const sameVerdict = (data: unknown): void => {
      const verdict = full(data).valid;
      if (!verdict) invalid += 1;
      expect(isDesiredStateFile(data), JSON.stringify(data)).toBe(verdict);
    };
    for (const data of documents) sameVerdict(data);
    // The example with one value replaced, at the top, in a token entry or in its credentials.
    const edit = fc.tuple(fc.constantFrom('version', 'account', 'policy', 'tokens', 'unknown'), fc.nat({ max: 6 }), fc.constantFrom('', 'id', 'state', 'owner', 'maxAge', 'credentials', 'protect', 'extra'), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(fc.property(edit, ([top, index, field, value]) => {
      const tokens = structuredClone(example['tokens']) as Record<string, unknown>[];
      if (top === 'tokens' && field !== '' && tokens[index] !== undefined) tokens[index][field] = value;
      sameVerdict({ ...example, ...(top === 'tokens' ? { tokens: field === '' ? value : tokens } : { [top]: value }) });
    }), { numRuns: 500 });
    expect(invalid).toBeGreaterThan(250);
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
