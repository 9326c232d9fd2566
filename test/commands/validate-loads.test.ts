import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestAccount, testAccountEnv, type TestAccount } from '../support/account.js';
import { existsSync } from 'node:fs';
import { runBuiltCli } from '../support/built-cli.js';
import { packageOf, sourcesLoadedBy } from '../support/loaded-sources.js';
import { statusPathFor } from '../../src/status/status-path.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/netsuite-tokens.yaml', import.meta.url));
const BAD_STATE = fileURLToPath(new URL('../config/fixtures/invalid/bad-state.yaml', import.meta.url));

/**
 * Each command loads only what it uses (issue 18). The lists of what must not load name folders and
 * packages that may not exist yet (src/delivery, the AWS SDK, libsodium): a command that starts
 * loading them when they arrive fails here.
 */
const DELIVERY = /^src\/delivery\//;
const DELIVERY_PACKAGES = /^(@aws-sdk\/|@smithy\/|libsodium|tweetnacl)/;

function packagesIn(loaded: { readonly sources: readonly string[]; readonly packages: readonly string[] }): string[] {
  return [...new Set([...loaded.sources.flatMap((source) => packageOf(source) ?? []), ...loaded.packages])].sort();
}

describe('what the built CLI loads', () => {
  let account: TestAccount | null = null;
  afterEach(async () => {
    await account?.close();
    account = null;
  });

  it('validate of a plain file loads the config code and the desired-state check: no YAML library, secrets code, NetSuite client, GitHub, emulator or schema compiler', async () => {
    const loaded = await sourcesLoadedBy(['validate', '--config', EXAMPLE]);
    expect(loaded.code).toBe(0);
    const { sources } = loaded;
    expect(sources).toContain('src/config/load-config.ts');
    expect(sources).toContain('src/schemas/generated/netsuite-tokens-check.validator.js');
    // The yaml library and the validator that words problems load only for a file that needs them; no
    // secrets code loads, since validate resolves no credentials (a fork's pull request runs it).
    const unwanted = sources.filter((source) => (/^src\/(netsuite|github|emulator|secrets)\/|^node_modules\/(@octokit|simple-git|sql\.js|ajv|yaml)\/|\.validator\.js$/.test(source) || DELIVERY.test(source))
      && source !== 'src/schemas/generated/netsuite-tokens-check.validator.js');
    expect(unwanted).toEqual([]);
    expect(packagesIn(loaded).filter((name) => DELIVERY_PACKAGES.test(name) || name === 'jose' || name === 'sql.js')).toEqual([]);
    // Built-ins cost time to load too: node:crypto more than validating a small file (it loads when a key is
    // read), and an import of node:util, node:fs or node:fs/promises loads modules validate never uses.
    expect(loaded.builtins).toContain('node:path');
    expect(loaded.builtins.filter((name) => ['node:crypto', 'node:util', 'node:fs', 'node:fs/promises'].includes(name))).toEqual([]);
  });

  it('validate of a file with a problem loads the yaml library and the validator that words it, and reports it', async () => {
    const loaded = await sourcesLoadedBy(['validate', '--config', BAD_STATE]);
    expect(loaded.code).toBe(3);
    expect(loaded.err).toMatch(/bad-state\.yaml:\d+:\d+: /);
    expect(loaded.sources).toContain('src/config/parse-yaml.ts');
    expect(loaded.sources).toContain('src/schemas/generated/netsuite-tokens.validator.js');
  });

  it('plan loads the NetSuite client and the planner, but no delivery target, AWS SDK, libsodium, GitHub client, git or emulator', async () => {
    account = await startTestAccount();
    const loaded = await sourcesLoadedBy(['plan', '--config', account.configPath], { env: testAccountEnv(account.emulator.origins), cwd: account.dir });
    expect(loaded.err).not.toMatch(/error/i);
    expect(loaded.code).toBe(0);
    expect(loaded.out).toContain('Plan:');
    const { sources } = loaded;
    expect(sources).toContain('src/netsuite/token-directory.ts');
    expect(sources).toContain('src/domain/plan-changes.ts');
    expect(sources.filter((source) => DELIVERY.test(source) || /^src\/emulator\//.test(source))).toEqual([]);
    expect(packagesIn(loaded).filter((name) => DELIVERY_PACKAGES.test(name) || /^(@octokit\/|simple-git$|sql\.js$)/.test(name))).toEqual([]);
  });

  it('plan beside the status file an apply wrote reads it without the yaml library', async () => {
    account = await startTestAccount();
    const options = { env: testAccountEnv(account.emulator.origins), cwd: account.dir };
    const applied = await runBuiltCli(['apply', '--config', account.configPath], options);
    expect(applied.err).not.toMatch(/error/i);
    expect(existsSync(statusPathFor(account.configPath))).toBe(true);
    const loaded = await sourcesLoadedBy(['plan', '--config', account.configPath], options);
    expect(loaded.code).toBe(0);
    expect(loaded.sources).toContain('src/status/status-file.ts');
    expect(packagesIn(loaded)).not.toContain('yaml');
  });
});
