import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryTarget } from '../../src/domain/desired.js';
import { buildDesiredState } from '../../src/config/desired-state.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createBundleDelivery } from '../../src/delivery/bundle-delivery.js';
import { ConfigError, TargetUntouched, UsageError } from '../../src/support/errors.js';
import { canaryBundle, expectNoLeak, failure, hintOf, located, shown } from './support/canary.js';

const SOURCE = { file: '/repo/netsuite/netsuite-tokens.yaml', line: 30, column: 9, pointer: '/certificates/2' };

describe('delivery to a file', () => {
  let root: string;
  let env: Record<string, string>;
  const errors: Error[] = [];
  const canary = canaryBundle();

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'nst-delivery-'));
    await mkdir(join(root, 'home'));
    env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: join(root, 'home'), GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
  });
  afterEach(async () => {
    for (const error of errors.splice(0)) expectNoLeak(shown(error), canary.secrets, `the error "${error.message}"`);
    await rm(root, { recursive: true, force: true });
  });

  const git = (cwd: string, args: readonly string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
  const workTree = async (): Promise<string> => {
    const work = join(root, 'work');
    await mkdir(join(work, 'netsuite'), { recursive: true });
    git(root, ['init', '--quiet', work]);
    return work;
  };
  const delivery = (configDirectory: string, extra: Record<string, string> = {}) => createBundleDelivery({ configDirectory, env: { ...env, ...extra } });
  const failed = async (action: () => Promise<unknown>): Promise<Error> => {
    const error = await failure(action);
    errors.push(error);
    return error;
  };

  it('writes the bundle atomically with mode 0600, relative to the desired-state file, outside any work tree', async () => {
    const config = join(root, 'config');
    await mkdir(config);
    const target: DeliveryTarget = { kind: 'file', path: '../keys/expense-sync.json', source: SOURCE };
    const port = delivery(config);
    await port.preflight(target);
    await port.deliver(target, canary.bundle, 'rotation-1');
    const path = join(root, 'keys', 'expense-sync.json');
    expect(await readFile(path, 'utf8')).toBe(canary.text);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, 'keys'))).mode & 0o777).toBe(0o700);
    expect(await readdir(join(root, 'keys'))).toEqual(['expense-sync.json']);
  });

  it('tells whether the file exists already, where a symbolic link leads', async () => {
    const config = join(root, 'config');
    await mkdir(config);
    const target: DeliveryTarget = { kind: 'file', path: '../keys/expense-sync.json', source: SOURCE };
    const port = delivery(config);
    expect(await port.holdsValue(target)).toBe(false);
    await port.deliver(target, canary.bundle, 'rotation-1');
    expect(await port.holdsValue(target)).toBe(true);
    await symlink(join(root, 'keys', 'elsewhere.json'), join(config, 'link.json'));
    expect(await port.holdsValue({ kind: 'file', path: 'link.json', source: SOURCE })).toBe(false);
  });

  it('says when a failed write left the file as it was, so the rotation knows no consumer can hold the new bundle', async () => {
    const config = join(root, 'config');
    await mkdir(config);
    // The temporary file's name is longer than the file system allows; the target's own is not.
    const target: DeliveryTarget = { kind: 'file', path: `${'k'.repeat(245)}.json`, source: SOURCE };
    const error = await failed(() => delivery(config).deliver(target, canary.bundle, 'rotation-1'));
    expect(error).toBeInstanceOf(TargetUntouched);
    expect(error.message).toBe(`Could not write file:${'k'.repeat(245)}.json (ENAMETOOLONG).`);
    expect(await readdir(config)).toEqual([]);
  });

  it('replaces an existing file readable by others with one only its owner can read', async () => {
    const path = join(root, 'bundle.json');
    await writeFile(path, 'old', { mode: 0o644 });
    await delivery(root).deliver({ kind: 'file', path: 'bundle.json', source: SOURCE }, canary.bundle, 'rotation-1');
    expect(await readFile(path, 'utf8')).toBe(canary.text);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await delivery(root).deliver({ kind: 'file', path: 'bundle.json', source: SOURCE }, canary.bundle, 'rotation-1');
    expect(await readdir(root)).toEqual(['bundle.json', 'home']);
  });

  it('inside a git work tree, writes a path git ignores, even in a directory that does not exist yet', async () => {
    const work = await workTree();
    await writeFile(join(work, '.gitignore'), 'secrets/\n*.key.json\n.*.key.json.*.tmp\n');
    const port = delivery(join(work, 'netsuite'));
    for (const path of ['../secrets/new/expense-sync.json', 'expense-sync.key.json']) {
      await port.preflight({ kind: 'file', path, source: SOURCE });
      await port.deliver({ kind: 'file', path, source: SOURCE }, canary.bundle, 'rotation-1');
    }
    expect(await readFile(join(work, 'secrets', 'new', 'expense-sync.json'), 'utf8')).toBe(canary.text);
    expect(git(work, ['status', '--porcelain', '--untracked-files=all'])).toBe('?? .gitignore\n');
  });

  it('refuses a path git ignores when the temporary file written beside it first is not ignored, and writes nothing', async () => {
    const work = await workTree();
    await writeFile(join(work, '.gitignore'), 'expense-sync.json\n');
    const port = delivery(join(work, 'netsuite'));
    const error = await failed(() => port.deliver({ kind: 'file', path: 'expense-sync.json', source: SOURCE }, canary.bundle, 'rotation-1'));
    expect(located(error)).toEqual([{ ...SOURCE, message: 'Git ignores the file target file:expense-sync.json, but not the temporary file the key is written to first (.expense-sync.json.000000000000.tmp, beside it), so a run killed mid-write could leave the key where git would commit it.' }]);
    expect(hintOf(error)).toBe('Ignore the target\'s whole directory in .gitignore (such as `netsuite/`), or add `.expense-sync.json.*.tmp` beside the file\'s own pattern.');
    expect(await readdir(join(work, 'netsuite'))).toEqual([]);
    // With the temporary files ignored too, it is written, and git sees nothing new.
    await writeFile(join(work, '.gitignore'), 'expense-sync.json\n.expense-sync.json.*.tmp\n');
    await port.deliver({ kind: 'file', path: 'expense-sync.json', source: SOURCE }, canary.bundle, 'rotation-1');
    expect(git(work, ['status', '--porcelain', '--untracked-files=all'])).toBe('?? .gitignore\n');
  });

  it('refuses a path git does not ignore, at the target\'s place in the file, and writes nothing', async () => {
    const work = await workTree();
    const port = delivery(join(work, 'netsuite'));
    const error = await failed(() => port.deliver({ kind: 'file', path: 'expense-sync.json', source: SOURCE }, canary.bundle, 'rotation-1'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(located(error)).toEqual([{ ...SOURCE, message: `The file target file:expense-sync.json is inside the git work tree ${work} and git does not ignore it, so the key written there could be committed.` }]);
    expect(hintOf(error)).toBe('Add the target\'s directory to .gitignore, or both the file and `.expense-sync.json.*.tmp` (the temporary file a write puts the key in first), after `git rm --cached` if git already tracks it; or point the target outside the repository.');
    expect(await readdir(join(work, 'netsuite'))).toEqual([]);
  });

  it('refuses a file git tracks, even when a .gitignore pattern matches it', async () => {
    const work = await workTree();
    await writeFile(join(work, 'netsuite', 'bundle.json'), '{}\n');
    git(work, ['add', 'netsuite/bundle.json']);
    await writeFile(join(work, '.gitignore'), 'bundle.json\n');
    const error = await failed(() => delivery(join(work, 'netsuite')).preflight({ kind: 'file', path: 'bundle.json', source: SOURCE }));
    expect(located(error)[0]?.message).toBe(`The file target file:bundle.json is tracked by git in ${work}, so the key written there would be committed.`);
  });

  it('refuses inside what looks like a work tree when git is not there to ask', async () => {
    const work = await workTree();
    const error = await failed(() => delivery(join(work, 'netsuite'), { PATH: join(root, 'empty-path') }).preflight({ kind: 'file', path: 'bundle.json', source: SOURCE }));
    expect(located(error)[0]?.message).toBe(`The file target file:bundle.json is inside the git work tree ${work}, and git is not installed to say whether it ignores the path.`);
    // Outside any work tree git is not needed.
    await delivery(root, { PATH: join(root, 'empty-path') }).preflight({ kind: 'file', path: 'bundle.json', source: SOURCE });
  });

  it('asks git about the work tree the path is in, whatever GIT_DIR or GIT_WORK_TREE the environment names', async () => {
    const work = await workTree();
    const other = join(root, 'other');
    git(root, ['init', '--quiet', other]);
    await writeFile(join(other, '.git', 'info', 'exclude'), '*\n');
    // As in a git hook: git sets GIT_DIR (and sometimes GIT_WORK_TREE) for the commands it runs.
    for (const redirect of [{ GIT_DIR: join(other, '.git') }, { GIT_DIR: join(other, '.git'), GIT_WORK_TREE: other, GIT_INDEX_FILE: join(other, '.git', 'index') }]) {
      const error = await failed(() => delivery(join(work, 'netsuite'), redirect).deliver({ kind: 'file', path: 'bundle.json', source: SOURCE }, canary.bundle, 'rotation-1'));
      expect(located(error)[0]?.message).toBe(`The file target file:bundle.json is inside the git work tree ${work} and git does not ignore it, so the key written there could be committed.`);
      expect(await readdir(join(work, 'netsuite'))).toEqual([]);
    }
  });

  it('refuses inside a work tree when git fails to answer, with git\'s reason; outside any work tree git is not needed', async () => {
    const work = await workTree();
    await writeFile(join(root, 'home', '.gitconfig'), '[core\n');
    const error = await failed(() => delivery(join(work, 'netsuite')).deliver({ kind: 'file', path: 'bundle.json', source: SOURCE }, canary.bundle, 'rotation-1'));
    expect(located(error)[0]?.message).toMatch(new RegExp(`^The file target file:bundle\\.json is inside the git work tree ${work.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, and git could not say whether it ignores the path \\(fatal: bad config line 1 in file .*\\)\\.$`));
    expect(hintOf(error)).toMatch(/^Fix git/);
    expect(await readdir(join(work, 'netsuite'))).toEqual([]);
    await delivery(root).deliver({ kind: 'file', path: 'bundle.json', source: SOURCE }, canary.bundle, 'rotation-1');
    expect(await readFile(join(root, 'bundle.json'), 'utf8')).toBe(canary.text);
  });

  it('says which directory is in the way: a file where a directory should be, or one this user may not write to', async () => {
    await writeFile(join(root, 'plain'), 'x');
    const blocked = await failed(() => delivery(root).preflight({ kind: 'file', path: 'plain/sub/bundle.json', source: SOURCE }));
    expect(located(blocked)[0]?.message).toBe(`The directory for file:plain/sub/bundle.json cannot be created: ${join(root, 'plain')} is a file, not a directory.`);
    const directory = await failed(() => delivery(root).preflight({ kind: 'file', path: 'home', source: SOURCE }));
    expect(located(directory)[0]?.message).toBe(`The file target file:home is a directory (${join(root, 'home')}).`);
    if (process.getuid?.() === 0) return; // root may write anywhere
    await mkdir(join(root, 'locked'));
    await chmod(join(root, 'locked'), 0o500);
    const locked = await failed(() => delivery(root).preflight({ kind: 'file', path: 'locked/deeper/bundle.json', source: SOURCE }));
    expect(located(locked)[0]?.message).toBe(`The directory ${join(root, 'locked', 'deeper')} for file:locked/deeper/bundle.json does not exist and cannot be created: this user may not write to ${join(root, 'locked')}.`);
    const lockedFile = await failed(() => delivery(root).preflight({ kind: 'file', path: 'locked/bundle.json', source: SOURCE }));
    expect(located(lockedFile)[0]?.message).toBe(`The file target file:locked/bundle.json cannot be written: this user may not write to its directory ${join(root, 'locked')}.`);
    await chmod(join(root, 'locked'), 0o700);
  });

  it('a path that is a symbolic link delivers to the file it points to, where consumers read it, and keeps the link', async () => {
    const config = join(root, 'config');
    const consumer = join(root, 'consumer');
    await mkdir(config);
    await mkdir(consumer);
    await writeFile(join(consumer, 'credentials.json'), 'old', { mode: 0o644 });
    await symlink(join(consumer, 'credentials.json'), join(config, 'bundle.json'));
    // A relative link to a file that does not exist yet, two links deep.
    await symlink('../consumer/next.json', join(consumer, 'hop.json'));
    await symlink(join(consumer, 'hop.json'), join(config, 'next.json'));
    const port = delivery(config);
    for (const path of ['bundle.json', 'next.json']) {
      await port.preflight({ kind: 'file', path, source: SOURCE });
      await port.deliver({ kind: 'file', path, source: SOURCE }, canary.bundle, 'rotation-1');
      expect((await lstat(join(config, path))).isSymbolicLink()).toBe(true);
    }
    expect(await readlink(join(config, 'bundle.json'))).toBe(join(consumer, 'credentials.json'));
    for (const file of ['credentials.json', 'next.json']) {
      expect(await readFile(join(consumer, file), 'utf8')).toBe(canary.text);
      expect((await stat(join(consumer, file))).mode & 0o777).toBe(0o600);
    }
    expect((await readdir(consumer)).sort()).toEqual(['credentials.json', 'hop.json', 'next.json']);
  });

  it('judges a symbolic link by where it leads: into a work tree git does not ignore is refused, into an ignored directory is written', async () => {
    const work = await workTree();
    await mkdir(join(work, 'secrets'));
    await writeFile(join(work, '.gitignore'), 'secrets/\n');
    const config = join(root, 'config');
    await mkdir(config);
    await symlink(join(work, 'netsuite', 'bundle.json'), join(config, 'into-work.json'));
    await symlink(join(work, 'secrets'), join(config, 'ignored'));
    const port = delivery(config);
    const error = await failed(() => port.deliver({ kind: 'file', path: 'into-work.json', source: SOURCE }, canary.bundle, 'rotation-1'));
    expect(located(error)[0]?.message).toBe(`The file target file:into-work.json is inside the git work tree ${work} and git does not ignore it, so the key written there could be committed.`);
    expect((await lstat(join(config, 'into-work.json'))).isSymbolicLink()).toBe(true);
    expect(await readdir(join(work, 'netsuite'))).toEqual([]);
    await port.deliver({ kind: 'file', path: 'ignored/expense-sync.json', source: SOURCE }, canary.bundle, 'rotation-1');
    expect(await readFile(join(work, 'secrets', 'expense-sync.json'), 'utf8')).toBe(canary.text);
    expect(git(work, ['status', '--porcelain', '--untracked-files=all'])).toBe('?? .gitignore\n');
  });

  it('a symbolic link that leads in a loop is one sentence at the target\'s place', async () => {
    await symlink(join(root, 'b.json'), join(root, 'a.json'));
    await symlink(join(root, 'a.json'), join(root, 'b.json'));
    const error = await failed(() => delivery(root).preflight({ kind: 'file', path: 'a.json', source: SOURCE }));
    expect(located(error)[0]?.message).toBe(`The file target file:a.json is a symbolic link that leads in a loop (${join(root, 'a.json')}).`);
  });

  it('points a refusal at the target\'s own path: in the desired-state file, not at its mapping', async () => {
    const work = await workTree();
    const config = join(work, 'netsuite');
    await mkdir(join(config, 'home'));
    await writeFile(join(config, 'netsuite-tokens.yaml'), [
      'version: 1',
      'account: "1234567_SB1"',
      'tokens: []',
      'certificates:',
      '  - mapping: expense-sync',
      '    clientId: "7e2a4c90"',
      '    entity: "309"',
      '    role: "1008"',
      '    state: active',
      '    deliver:',
      '      - aws: { secretId: netsuite/expense-sync }',
      '      - file: { path: secrets/expense-sync.json }',
      '      - file:',
      '          path: home',
      '',
    ].join('\n'));
    const { files: [file], problems } = await loadConfig('netsuite/netsuite-tokens.yaml', work);
    expect(problems).toEqual([]);
    if (file === undefined) throw new Error('the file did not load');
    const { state } = buildDesiredState(file, env);
    const [, tracked, directory] = state.certificates[0]?.deliver ?? [];
    if (tracked === undefined || directory === undefined) throw new Error('the targets did not load');
    const port = createBundleDelivery({ configDirectory: config, env });
    const where = { file: 'netsuite/netsuite-tokens.yaml', pointer: '/certificates/0/deliver/1/file/path' };
    expect(located(await failed(() => port.preflight(tracked)))).toEqual([{ ...where, line: 12, column: 23, message: `The file target file:secrets/expense-sync.json is inside the git work tree ${work} and git does not ignore it, so the key written there could be committed.` }]);
    expect(located(await failed(() => port.preflight(directory)))).toEqual([{ ...where, line: 14, column: 17, pointer: '/certificates/0/deliver/2/file/path', message: `The file target file:home is a directory (${join(config, 'home')}).` }]);
  });

  it('without a known position, the same problem is a usage error naming the target', async () => {
    const work = await workTree();
    const error = await failed(() => createBundleDelivery({ configDirectory: join(work, 'netsuite'), env }).preflight({ kind: 'file', path: 'bundle.json', source: null }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/^The file target file:bundle\.json is inside the git work tree /);
  });
});
