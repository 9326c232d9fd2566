import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadConfigText } from '../../src/config/load-config-text.js';
import { loadPlainConfigText } from '../../src/config/plain-config.js';
import { MAX_CONFIG_BYTES } from '../../src/config/read-config-text.js';
import type { ConfigProblem } from '../../src/support/errors.js';

const INVALID = fileURLToPath(new URL('fixtures/invalid/', import.meta.url));

/** What a person reads after `file:` on each line. */
function render(problem: ConfigProblem): string {
  return `${problem.line}:${problem.column}: ${problem.message}${problem.pointer === '' ? '' : ` (at ${problem.pointer})`}`;
}

async function problemsOf(name: string, cwd = INVALID): Promise<string[]> {
  const { files, problems } = await loadConfig(name, cwd);
  expect(files).toEqual([]);
  expect(problems.every((problem) => problem.file === name)).toBe(true);
  return problems.map(render);
}

/** Each invalid fixture and exactly what a person reads for it, in order. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'account-hyphen.yaml': [
    '2:10: account "1234567-SB1" is not a NetSuite account id (did you mean "1234567_SB1"?); use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567. (at /account)',
  ],
  'account-lowercase-sandbox.yaml': [
    '2:10: account "1234567_sb1" is not a NetSuite account id (did you mean "1234567_SB1"?); use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567. (at /account)',
  ],
  'account-name.yaml': [
    '2:10: account "acme" is not a NetSuite account id; use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567. (at /account)',
  ],
  'actions-expression.yaml': [
    '7:20: consumerKey is a GitHub Actions expression, which Actions expands in workflows but not in this file; write consumerKey: env:EXPENSE_CONSUMER_KEY, and in the workflow step set env: EXPENSE_CONSUMER_KEY: ${{ secrets.EXPENSE_CONSUMER_KEY }}. (at /tokens/0/credentials/consumerKey)',
    '8:23: consumerSecret is a GitHub Actions expression, which Actions expands in workflows but not in this file; write consumerSecret: env:EXPENSE_CONSUMER_SECRET, and in the workflow step set env: EXPENSE_CONSUMER_SECRET: ${{ secrets.expense_consumer_secret }}. (at /tokens/0/credentials/consumerSecret)',
    '9:16: tokenId is a GitHub Actions expression, which Actions expands in workflows but not in this file; write tokenId: env:EXPENSE_TOKEN_ID, and in the workflow step set env: EXPENSE_TOKEN_ID: ${{ vars.EXPENSE_TOKEN_ID }}. (at /tokens/0/credentials/tokenId)',
    '13:18: credentials is a GitHub Actions expression, which Actions expands in workflows but not in this file; write credentials: env:LEGACY_BUNDLE, and in the workflow step set env: LEGACY_BUNDLE: ${{ secrets.LEGACY_BUNDLE }}. (at /tokens/1/credentials)',
  ],
  'alias-bomb.yaml': [
    '4:8: The file expands YAML aliases more than 100 times, which is how an alias bomb exhausts memory; write the values out instead of aliasing them.',
  ],
  'bad-durations.yaml': [
    '4:11: maxAge "90 days" is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w. (at /policy/maxAge)',
    '5:14: unusedFor "0d" is zero, but only overlap may be 0d; give unusedFor at least 1h, such as 90d, or remove it for the default. (at /policy/unusedFor)',
    '9:13: maxAge "1y" is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w. (at /tokens/0/maxAge)',
  ],
  'bad-id.yaml': [
    '4:9: id "47a1" is not a NetSuite internal id; use the digits NetSuite shows for the token, such as "4711". (at /tokens/0/id)',
  ],
  'bad-owner.yaml': [
    '6:12: owner "finance-systems" is not a GitHub team or user; write @org/team or @user, such as "@acme/finance-systems". (at /tokens/0/owner)',
  ],
  'bad-state.yaml': [
    '5:12: state "actve" is not a token state (did you mean "active"?); use one of active, inactive or revoked. (at /tokens/0/state)',
    '7:12: state "deleted" is not a token state; use one of active, inactive or revoked. (at /tokens/1/state)',
  ],
  'bad-unmanaged.yaml': [
    '4:14: unmanaged "revoke" is not a policy for undeclared tokens; use one of ignore, report or inactivate. (at /policy/unmanaged)',
  ],
  'comments-only.yaml': [
    '1:1: The file contains only comments; a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml).',
  ],
  'credential-bad-references.yaml': [
    '7:20: consumerKey names an environment variable that is not valid; use upper-case letters, digits and underscores, such as env:EXPENSE_CONSUMER_KEY. (at /tokens/0/credentials/consumerKey)',
    '9:16: tokenId must be an env:NAME reference, not a number; write tokenId: env:NAME, such as env:EXPENSE_TOKEN_ID. (at /tokens/0/credentials/tokenId)',
  ],
  'credential-key-typo.yaml': [
    '7:7: credentials has no tokenSecret; add tokenSecret: env:NAME naming the environment variable that holds it (all four references are needed). (at /tokens/0/credentials)',
    '10:7: Unknown key "token_secret" in credentials; did you mean "tokenSecret"? (at /tokens/0/credentials/token_secret)',
  ],
  'credential-missing-fields.yaml': [
    '7:7: credentials has no consumerSecret; add consumerSecret: env:NAME naming the environment variable that holds it (all four references are needed). (at /tokens/0/credentials)',
    '7:7: credentials has no tokenSecret; add tokenSecret: env:NAME naming the environment variable that holds it (all four references are needed). (at /tokens/0/credentials)',
  ],
  'credential-unknown-key-secret.yaml': [
    '11:7: Unknown key in credentials; the keys are consumerKey, consumerSecret, tokenId and tokenSecret. (at /tokens/0/credentials/9f8e7d6c5b4a39281706f5e4d3c2b1a0)',
  ],
  'unknown-alias.yaml': [
    '6:12: Alias *finance refers to no anchor; put &finance on an earlier value or write the value out.',
  ],
  'complex-key.yaml': [
    '4:3: A key is a list or a mapping; keys in a desired-state file are plain names such as id or state.',
  ],
  'unresolved-tag.yaml': [
    '6:18: Invalid YAML: Unresolved tag: !vault; correct the YAML at this position.',
  ],
  'credentials-as-text.yaml': [
    '6:18: credentials holds a literal value, but credentials may only reference environment variables; write credentials: env:NAME (a variable holding a TBA credentials bundle), or consumerKey, consumerSecret, tokenId and tokenSecret under it, each as env:NAME. (at /tokens/0/credentials)',
  ],
  'duplicate-ids.yaml': [
    '10:9: id "4711" is already declared by the entry at line 4; declare each token once, so merge the two entries. (at /tokens/2/id)',
  ],
  'duplicate-key.yaml': [
    '6:5: Key "state" is already set at line 5 of this mapping; keep one of them. (at /tokens/0/state)',
  ],
  'duplicate-key-among-others.yaml': [
    '5:3: Key "maxAge" is already set at line 4 of this mapping; keep one of them. (at /policy/maxAge)',
    '8:12: state "bogus" is not a token state; use one of active, inactive or revoked. (at /tokens/0/state)',
    '9:9: id "4711" is already declared by the entry at line 7; declare each token once, so merge the two entries. (at /tokens/1/id)',
  ],
  'duplicate-names-one-unpinned.yaml': [
    '10:11: name "Celigo - svc-celigo - Integrator" is also used by the entry at line 4; two entries may share a name only when both pin an id, so add id: to both. (at /tokens/2/name)',
  ],
  'duplicate-names.yaml': [
    '7:11: name "Celigo - svc-celigo - Integrator" is also used by the entry at line 4; two entries may share a name only when both pin an id, so add id: to both. (at /tokens/1/name)',
  ],
  'empty-name.yaml': [
    '5:11: name is empty; write a value or remove the key. (at /tokens/0/name)',
  ],
  'empty-document.yaml': [
    '1:1: The file holds an empty YAML document; a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml).',
  ],
  'blank-lines.yaml': [
    '1:1: The file is empty; a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml).',
  ],
  'empty.yaml': [
    '1:1: The file is empty; a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml).',
  ],
  'entry-without-identity.yaml': [
    '4:5: This token entry has neither id nor name; add id: "<internal id>" (netsuite-tokens import lists them) or the token\'s name. (at /tokens/0)',
  ],
  'entry-without-state.yaml': [
    '4:5: This token entry has no state; add state: active, inactive or revoked. (at /tokens/0)',
  ],
  'literal-secret.yaml': [
    '8:23: consumerSecret holds a literal value, but credentials may only reference environment variables; put the secret in an environment variable and write consumerSecret: env:NAME, such as env:EXPENSE_CONSUMER_SECRET. (at /tokens/0/credentials/consumerSecret)',
    '10:20: tokenSecret holds a literal value, but credentials may only reference environment variables; put the secret in an environment variable and write tokenSecret: env:NAME, such as env:EXPENSE_TOKEN_SECRET. (at /tokens/0/credentials/tokenSecret)',
  ],
  'many-problems.yaml': [
    '2:10: account "1234567_sb1" is not a NetSuite account id (did you mean "1234567_SB1"?); use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567. (at /account)',
    '4:14: unmanaged "revoke" is not a policy for undeclared tokens; use one of ignore, report or inactivate. (at /policy/unmanaged)',
    '5:11: maxAge "1y" is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w. (at /policy/maxAge)',
    '9:12: owner "finance" is not a GitHub team or user; write @org/team or @user, such as "@acme/finance-systems". (at /tokens/0/owner)',
    '10:9: id "4711" is already declared by the entry at line 7; declare each token once, so merge the two entries. (at /tokens/1/id)',
    '11:12: state "gone" is not a token state; use one of active, inactive or revoked. (at /tokens/1/state)',
    '16:20: tokenSecret holds a literal value, but credentials may only reference environment variables; put the secret in an environment variable and write tokenSecret: env:NAME, such as env:EXPENSE_TOKEN_SECRET. (at /tokens/1/credentials/tokenSecret)',
  ],
  'max-changes-fraction.yaml': [
    '4:21: maxChangesPerRun must be a whole number, not the number 2.5. (at /policy/maxChangesPerRun)',
  ],
  'max-changes-negative.yaml': [
    '4:21: maxChangesPerRun must be 0 or more, not the number -1. (at /policy/maxChangesPerRun)',
  ],
  'missing-required.yaml': [
    '2:1: The file has no version; add version: 1.',
    '2:1: The file has no account; add the account id in realm form, such as account: "1234567" (or "1234567_SB1" for a sandbox).',
    '2:1: The file has no tokens; add tokens: with one entry per token (tokens: [] declares none).',
  ],
  'multiple-documents.yaml': [
    '4:1: The file holds more than one YAML document (a --- separator); keep one account per file, or split them into files in a directory.',
  ],
  'policy-empty.yaml': [
    '3:8: policy is empty, but it must be a mapping; write a value after "policy:". (at /policy)',
  ],
  'protect-yes.yaml': [
    '6:14: protect must be true or false, not the text "yes". (at /tokens/0/protect)',
  ],
  'tabs.yaml': [
    '5:1: A tab is used for indentation, but YAML indents with spaces only; replace the tab with spaces.',
  ],
  // One tab, one problem: what the parser says after it only follows from the tab.
  'tab-in-entry.yaml': [
    '6:1: A tab is used for indentation, but YAML indents with spaces only; replace the tab with spaces.',
  ],
  'token-entry-string.yaml': [
    '4:5: A token entry must be a mapping, not the text "4711"; write each entry as keys such as id: and state:. (at /tokens/0)',
  ],
  'token-deliver-twice.yaml': [
    '9:9: This deliver target is already listed at line 7, column 9; list each target once. (at /tokens/0/deliver/2)',
  ],
  'tokens-mapping.yaml': [
    '4:3: tokens must be a list, not a mapping; start each entry with "- ". (at /tokens)',
  ],
  'top-level-list.yaml': [
    '1:1: The file is a list, but a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml); put the entries under tokens:.',
  ],
  'top-level-scalar.yaml': [
    '1:1: The file holds a single value, but a desired-state file is a mapping with version: 1, account and tokens (see examples/netsuite-tokens.yaml).',
  ],
  'unknown-key-no-suggestion.yaml': [
    '6:5: Unknown key "expires" in a token entry; the known keys are id, name, application, user, role, state, owner, protect, maxAge, credentials and deliver. (at /tokens/0/expires)',
  ],
  'unknown-key-typo.yaml': [
    '5:3: Unknown key "maxage" in policy; did you mean "maxAge"? (at /policy/maxage)',
  ],
  'unknown-top-level-key.yaml': [
    '3:1: Unknown key "acount" at the top level; did you mean "account"? (at /acount)',
  ],
  'unquoted-account.yaml': [
    '2:10: account must be a string, not the number 1234567; quote it: account: "1234567". (at /account)',
  ],
  'unquoted-duration-and-owner.yaml': [
    '4:11: maxAge must be a string, not the number 365; write it with its unit: maxAge: 365d (or 365h, 365w). (at /policy/maxAge)',
    '5:14: unusedFor "9999999" is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w. (at /policy/unusedFor)',
    '9:12: owner "42" is not a GitHub team or user; write @org/team or @user, such as "@acme/finance-systems". (at /tokens/0/owner)',
  ],
  'unquoted-id.yaml': [
    '4:9: id must be a string, not the number 4711; quote it: id: "4711". (at /tokens/0/id)',
  ],
  'version-2.yaml': [
    '2:10: version 2 is not supported; this netsuite-tokens reads version 1 files, so set version: 1. (at /version)',
  ],
  'version-string.yaml': [
    '1:10: version must be the number 1, not the text "1"; set version: 1. (at /version)',
  ],
  'yaml-colon-in-value.yaml': [
    '4:11: A plain value contains ": ", which YAML reads as a nested mapping; put the value in quotes.',
  ],
  'yaml-unclosed-flow.yaml': [
    '5:1: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; correct the YAML at this position.',
  ],
  'yaml-unclosed-quote.yaml': [
    '2:10: This double-quoted value is never closed; add the closing " on this line.',
  ],
};

describe('loading an invalid desired-state file', () => {
  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    expect(await problemsOf(name)).toEqual(EXPECTED[name]);
  });

  it('never repeats a literal credential value, which may be a pasted secret', async () => {
    const problems = (await problemsOf('literal-secret.yaml')).join('\n');
    expect(problems).not.toContain('3f1c9a7be2d84f06');
    expect(problems).not.toContain('8d2e6f1a9c3b7e5d');
    expect(await problemsOf('credential-unknown-key-secret.yaml')).not.toContain('9f8e7d6c5b4a3928');
    expect((await problemsOf('credential-bad-references.yaml')).join('\n')).not.toMatch(/12345678|expense_consumer_key/);
    expect((await problemsOf('credentials-as-text.yaml')).join('\n')).not.toContain('0c4f2d9e');
  });
});

describe('loading files that are not YAML text', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nst-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    // A sparse file of NUL bytes: had it been read, the NUL byte would be reported instead of the size.
    await writeFile(join(dir, 'huge.yaml'), '');
    await truncate(join(dir, 'huge.yaml'), MAX_CONFIG_BYTES + 1);
    expect(await problemsOf('huge.yaml', dir)).toEqual([
      '1:1: The file is 10.1 MB, over the 10 MB limit for a desired-state file; point --config at the right file or split it by account.',
    ]);
    await truncate(join(dir, 'huge.yaml'), 25 * 1024 * 1024);
    expect(await problemsOf('huge.yaml', dir)).toEqual([
      '1:1: The file is 25 MB, over the 10 MB limit for a desired-state file; point --config at the right file or split it by account.',
    ]);
  });

  it('refuses binary content at the first NUL byte', async () => {
    await writeFile(join(dir, 'binary.yaml'), Buffer.from('version: 1\naccount: "12\u000034"\n', 'utf8'));
    expect(await problemsOf('binary.yaml', dir)).toEqual([
      '2:13: The file contains a NUL byte, so it is binary, not YAML; point --config at the desired-state YAML file.',
    ]);
  });

  it('refuses invalid UTF-8 at the first bad byte', async () => {
    await writeFile(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('version: 1\naccount: "café'), Buffer.from([0xe9]), Buffer.from('"\n')]));
    expect(await problemsOf('latin1.yaml', dir)).toEqual(['2:15: The file is not valid UTF-8 text; save it as UTF-8.']);
  });

  it('points at a stray continuation byte and at an unfinished multi-byte character', async () => {
    await writeFile(join(dir, 'stray.yaml'), Buffer.concat([Buffer.from('version: 1\nab'), Buffer.from([0x80]), Buffer.from('cd\n')]));
    expect(await problemsOf('stray.yaml', dir)).toEqual(['2:3: The file is not valid UTF-8 text; save it as UTF-8.']);
    await writeFile(join(dir, 'cut.yaml'), Buffer.concat([Buffer.from('name: "€'), Buffer.from([0xe2, 0x82]), Buffer.from('"\n')]));
    expect(await problemsOf('cut.yaml', dir)).toEqual(['1:9: The file is not valid UTF-8 text; save it as UTF-8.']);
  });

  it('refuses UTF-16 text with what to do', async () => {
    await writeFile(join(dir, 'utf16.yaml'), Buffer.from('\ufeffversion: 1\n', 'utf16le'));
    expect(await problemsOf('utf16.yaml', dir)).toEqual(['1:1: The file is saved as UTF-16; save it as UTF-8.']);
  });

  it('reports a missing file', async () => {
    expect(await problemsOf('missing.yaml', dir)).toEqual([
      '1:1: No such file; create it ("netsuite-tokens import" writes one from the live account; examples/netsuite-tokens.yaml in the package shows every setting) or pass --config with the right path.',
    ]);
  });

  it('refuses something that is not a regular file', async () => {
    const { problems } = await loadConfig('/dev/null', dir);
    expect(problems.map(render)).toEqual(['1:1: This is not a regular file; point --config at a desired-state YAML file or a directory of them.']);
  });
});

describe('loading YAML text', () => {
  it('loads a plain file without the yaml library to exactly what loadConfigText makes of it', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const plain = ['examples/netsuite-tokens.yaml', 'examples/multi-account/production.yaml', 'examples/multi-account/sandbox.yaml'];
    // A flow mapping ({ path: ... }) is not plain: this one takes the yaml library's path.
    const notPlain = ['examples/certificate-rotation.yaml'];
    for (const file of [...plain, ...notPlain]) {
      const text = await readFile(join(root, file), 'utf8');
      const full = loadConfigText(text, file);
      if (!full.ok) throw new Error(`${file} does not load: ${JSON.stringify(full.problems)}`);
      expect(loadPlainConfigText(text, file), file).toEqual(plain.includes(file) ? full.loaded : null);
      expect(await loadConfig(file, root), file).toEqual({ files: [full.loaded], problems: [] });
    }
  });

  it('keeps the position of every token entry', () => {
    const load = loadConfigText('version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    state: active\n  -   name: Two\n      state: revoked\n', 'x.yaml');
    if (!load.ok) throw new Error(load.problems.map(render).join('\n'));
    expect(load.loaded.tokenSources).toEqual([
      { file: 'x.yaml', line: 4, column: 5, pointer: '/tokens/0' },
      { file: 'x.yaml', line: 6, column: 7, pointer: '/tokens/1' },
    ]);
    expect(load.loaded.accountSource).toEqual({ file: 'x.yaml', line: 2, column: 10, pointer: '/account' });
  });

  it('accepts aliases used with restraint', () => {
    const load = loadConfigText('version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    owner: &team "@acme/finance"\n    state: active\n  - id: "2"\n    owner: *team\n    state: active\n', 'x.yaml');
    expect(load.ok && load.loaded.config.tokens.map((token) => token.owner)).toEqual(['@acme/finance', '@acme/finance']);
  });

  it('allows two entries to share a name when both pin an id', () => {
    const load = loadConfigText('version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    name: Same\n    state: active\n  - id: "2"\n    name: Same\n    state: revoked\n', 'x.yaml');
    expect(load.ok).toBe(true);
  });
});

describe('a duration with too many digits', () => {
  it('is said to be too long, not to be no duration at all', () => {
    const loaded = loadConfigText('version: 1\naccount: "1234567"\npolicy:\n  maxAge: 99999999999999999999d\ntokens: []\n', 'long.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`)).toEqual(['4:11: maxAge "99999999999999999999d" is too long; a duration has at most six digits, such as 5200w for a hundred years.']);
  });
});

describe('a quoted value never closed', () => {
  it('is reported at the quote that opened it, not where the parser gave up', () => {
    const text = 'version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    state: active\n    owner: "@acme/a\n    name: abc\n';
    const loaded = loadConfigText(text, 'open.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`)).toEqual(['6:12: This double-quoted value is never closed; add the closing " on this line.']);
  });
});

describe('a single-quoted value never closed', () => {
  it('is found at its opening quote, also when escaped quotes follow it', () => {
    for (const [value, column] of [["'it''s", 12], ["'''quoted name", 12], ["'plain", 12]] as const) {
      const loaded = loadConfigText(`version: 1\naccount: "1234567"\ntokens:\n  - id: "1"\n    state: active\n    owner: ${value}\n    name: abc\n`, 'open.yaml');
      expect(loaded.ok).toBe(false);
      if (loaded.ok) continue;
      expect(loaded.problems.map((problem) => `${problem.line}:${problem.column}`), value).toEqual([`6:${column}`]);
    }
  });
});
