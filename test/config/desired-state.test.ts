import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDesiredState } from '../../src/config/desired-state.js';
import { loadConfig, type LoadedConfigFile } from '../../src/config/load-config.js';
import { loadConfigText } from '../../src/config/load-config-text.js';
import { DEFAULT_POLICY } from '../../src/domain/desired.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DAY = 86_400_000;

const OPERATOR_ENV = {
  NETSUITE_CONSUMER_KEY: 'canary-operator-consumer-key',
  NETSUITE_CONSUMER_SECRET: 'canary-operator-consumer-secret',
  NETSUITE_TOKEN_ID: 'canary-operator-token-id',
  NETSUITE_TOKEN_SECRET: 'canary-operator-token-secret',
};

async function example(): Promise<LoadedConfigFile> {
  const { files, problems } = await loadConfig('examples/netsuite-tokens.yaml', REPO);
  expect(problems).toEqual([]);
  const [file] = files;
  if (file === undefined) throw new Error('example did not load');
  return file;
}

function loaded(text: string): LoadedConfigFile {
  const load = loadConfigText(text, 'inline.yaml');
  if (!load.ok) throw new Error(load.problems.map((problem) => problem.message).join('\n'));
  return load.loaded;
}

const CREDENTIALS = (prefix: string): string => `    credentials:
      consumerKey: env:${prefix}_CONSUMER_KEY
      consumerSecret: env:${prefix}_CONSUMER_SECRET
      tokenId: env:${prefix}_TOKEN_ID
      tokenSecret: env:${prefix}_TOKEN_SECRET
`;

describe('buildDesiredState', () => {
  it('normalises the example: selectors, owners, protection, durations and where each entry is written', async () => {
    const file = await example();
    const { state } = buildDesiredState(file, {});
    expect(state.account).toBe('1234567_SB1');
    expect(state.policy).toEqual({ unmanaged: 'report', maxAgeMs: 365 * DAY, unusedForMs: 90 * DAY, maxChangesPerRun: 10 });
    const [expense, operator] = state.tokens;
    expect(expense).toMatchObject({
      selector: { id: '4711', name: 'DATABASICS - svc-expense - DataBasics Integration', application: 'DATABASICS', user: 'svc-expense', role: 'DataBasics Integration' },
      state: 'active',
      owner: '@acme/finance-systems',
      protect: false,
      maxAgeMs: 180 * DAY,
      credentials: { status: 'none' },
      isOperator: false,
    });
    expect(operator).toMatchObject({ protect: true, maxAgeMs: null });
    expect(state.tokens.find((token) => token.selector.id === null)?.selector).toEqual({
      id: null,
      name: 'Tableau Reporting - svc-bi - BI Read Only',
      application: 'Tableau Reporting',
      user: null,
      role: null,
    });
    const text = await readFile(`${REPO}examples/netsuite-tokens.yaml`, 'utf8');
    const entryLines = text.split('\n').flatMap((line, index) => (line.startsWith('  - ') ? [index + 1] : []));
    expect(state.tokens.map((token) => token.source)).toEqual(
      entryLines.map((line, index) => ({ file: 'examples/netsuite-tokens.yaml', line, column: 5, pointer: `/tokens/${index}` })),
    );
  });

  it('resolves credentials from the environment, lists the missing variables by name, and finds the operator token', async () => {
    const env = { ...OPERATOR_ENV, CELIGO_CONSUMER_KEY: 'canary-celigo-key', CELIGO_CONSUMER_SECRET: 'canary-celigo-secret', CELIGO_TOKEN_ID: '' };
    const { state, credentials } = buildDesiredState(await example(), env);
    const operatorIndex = state.tokens.findIndex((token) => token.selector.id === '4712');
    const celigo = state.tokens.find((token) => token.selector.id === '4713');
    expect(state.tokens[operatorIndex]).toMatchObject({ credentials: { status: 'resolved' }, isOperator: true });
    expect(celigo).toMatchObject({ credentials: { status: 'unresolved', missing: ['CELIGO_TOKEN_ID', 'CELIGO_TOKEN_SECRET'] }, isOperator: false });
    expect([...credentials.keys()]).toEqual([`/tokens/${operatorIndex}`]);
    const found = credentials.get(`/tokens/${operatorIndex}`);
    const operatorCredentials = found?.kind === 'tba' ? found : undefined;
    expect(operatorCredentials?.consumerKey.reveal()).toBe('canary-operator-consumer-key');
    expect(operatorCredentials?.consumerSecret.reveal()).toBe('canary-operator-consumer-secret');
    expect(operatorCredentials?.tokenId.reveal()).toBe('canary-operator-token-id');
    expect(operatorCredentials?.tokenSecret.reveal()).toBe('canary-operator-token-secret');
    const printed = `${JSON.stringify(state)}${JSON.stringify([...credentials])}${inspect(credentials, { depth: 5 })}${String(operatorCredentials?.tokenSecret)}`;
    expect(printed).not.toContain('canary');
  });

  it('recognises the operator token by value, whatever its variables are called', () => {
    const file = loaded(`version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    state: active\n${CREDENTIALS('OPS')}  - id: "2"\n    state: active\n${CREDENTIALS('OTHER')}`);
    const env = { NETSUITE_TOKEN_ID: 'same-token', OPS_TOKEN_ID: 'same-token', OTHER_TOKEN_ID: 'another-token' };
    expect(buildDesiredState(file, env).state.tokens.map((token) => token.isOperator)).toEqual([true, false]);
    expect(buildDesiredState(file, { OPS_TOKEN_ID: 'same-token' }).state.tokens.map((token) => token.isOperator)).toEqual([false, false]);
    expect(buildDesiredState(file, { NETSUITE_TOKEN_ID: '', OPS_TOKEN_ID: '' }).state.tokens.map((token) => token.isOperator)).toEqual([false, false]);
  });

  it('recognises the operator token by the file\'s operator.credentials bundle, which wins over the NETSUITE_* variables', () => {
    const file = loaded(`version: 1\naccount: "1234567"\noperator:\n  credentials: env:OP_BUNDLE\ntokens:\n  - id: "1"\n    state: revoked\n${CREDENTIALS('OPS')}  - id: "2"\n    state: active\n${CREDENTIALS('OTHER')}`);
    const bundle = (tokenId: string): string => JSON.stringify({ kind: 'netsuite-tba', version: 1, accountId: '1234567', consumerKey: 'canary-ck', consumerSecret: 'canary-cs', tokenId, tokenSecret: 'canary-ts' });
    const entries = { OPS_TOKEN_ID: 'file-operator-token', OTHER_TOKEN_ID: 'variables-operator-token' };
    expect(buildDesiredState(file, { ...entries, OP_BUNDLE: bundle('file-operator-token') }).state.tokens.map((token) => token.isOperator)).toEqual([true, false]);
    // The file's bundle is what this account signs in with: NETSUITE_TOKEN_ID names another account's operator.
    expect(buildDesiredState(file, { ...entries, OP_BUNDLE: bundle('file-operator-token'), NETSUITE_TOKEN_ID: 'variables-operator-token' }).state.tokens.map((token) => token.isOperator)).toEqual([true, false]);
    expect(buildDesiredState(file, { ...entries, NETSUITE_TOKEN_ID: 'file-operator-token' }).state.tokens.map((token) => token.isOperator)).toEqual([false, false]);
  });

  it('applies the default policy and token defaults when the file leaves them out', () => {
    const { state } = buildDesiredState(loaded('version: 1\naccount: "TSTDRV1234567"\ntokens:\n  - name: Only a name\n    state: inactive\n'), {});
    expect(state.policy).toEqual(DEFAULT_POLICY);
    expect(state.tokens).toEqual([
      {
        key: '/tokens/0',
        selector: { id: null, name: 'Only a name', application: null, user: null, role: null },
        state: 'inactive',
        owner: null,
        protect: false,
        maxAgeMs: null,
        credentials: { status: 'none' },
        isOperator: false,
        source: { file: 'inline.yaml', line: 4, column: 5, pointer: '/tokens/0' },
      },
    ]);
  });

  it('fills the policy fields the file leaves out from the defaults', () => {
    const { state } = buildDesiredState(loaded('version: 1\naccount: "1234567_RP"\npolicy:\n  unusedFor: 2w\n  maxChangesPerRun: 0\ntokens: []\n'), {});
    expect(state.policy).toEqual({ ...DEFAULT_POLICY, unusedForMs: 14 * DAY, maxChangesPerRun: 0 });
  });

  it('names each missing variable once, even when two fields reference it', () => {
    const file = loaded(`version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    state: revoked\n    credentials:\n      consumerKey: env:SHARED\n      consumerSecret: env:SHARED\n      tokenId: env:T_ID\n      tokenSecret: env:T_SECRET\n`);
    expect(buildDesiredState(file, { T_ID: 'x' }).state.tokens[0]?.credentials).toEqual({ status: 'unresolved', missing: ['SHARED', 'T_SECRET'] });
  });
});
