import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, type ConfigProblem } from '../support/errors.js';
import type { FileLoad, LoadedConfigFile } from './loaded-config.js';
import { loadPlainConfigText } from './plain-config.js';
import { readConfigText } from './read-config-text.js';

export type { FileLoad, LoadedConfigFile } from './loaded-config.js';

// Synchronous and required, as in read-config-text.ts: loading node:fs/promises costs more than these calls take.
const { readdirSync, statSync } = createRequire(import.meta.url)('node:fs') as typeof Fs;

/** Every file that loaded, and every problem of those that did not; a bad file never hides the others. */
export interface ConfigLoad {
  readonly files: readonly LoadedConfigFile[];
  readonly problems: readonly ConfigProblem[];
}

/**
 * Reads and checks one desired-state file (`path`, absolute; `file` as messages show it). A file in plain YAML with no problem needs no YAML library;
 * the library is loaded for any other file, and for every problem, which it words and locates (issue 18).
 */
export async function loadConfigFile(path: string, file: string): Promise<FileLoad> {
  const read = readConfigText(path, file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const plain = loadPlainConfigText(read.text, file, dirname(path));
  if (plain !== null) return { ok: true, loaded: plain };
  const { loadConfigText } = await import('./load-config-text.js');
  return loadConfigText(read.text, file, dirname(path));
}

/**
 * Loads `--config PATH`: one file, or every *.yaml / *.yml of a directory (sorted by name, status files
 * skipped). Problems of all files are collected; the good files still load.
 */
export async function loadConfig(configPath: string, cwd: string): Promise<ConfigLoad> {
  const absolute = resolve(cwd, configPath);
  const shown = displayPath(absolute, cwd);
  if (!isDirectory(absolute)) return collect([await loadConfigFile(absolute, shown)]);
  const names = readdirSync(absolute).filter(isDesiredStateFileName).sort();
  if (names.length === 0) {
    const message = 'The directory holds no .yaml or .yml desired-state file; add one per account (see examples/multi-account/) or point --config at a file.';
    return { files: [], problems: [{ file: shown, line: 1, column: 1, pointer: '', message }] };
  }
  const loads = await Promise.all(names.map((name) => loadConfigFile(join(absolute, name), displayPath(join(absolute, name), cwd))));
  return refuseRepeatedAccounts(collect(loads));
}

/** Like loadConfig, but any problem is a ConfigError: for commands that must not act on a partly valid configuration. */
export async function requireValidConfig(configPath: string, cwd: string): Promise<readonly LoadedConfigFile[]> {
  const { files, problems } = await loadConfig(configPath, cwd);
  if (problems.length > 0) throw new ConfigError(problems, { hint: `Fix ${problems.length === 1 ? 'it' : 'them'} and run "netsuite-tokens validate" to check again.` });
  return files;
}

function isDesiredStateFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !/\.status\.ya?ml$/i.test(name);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // reading it as a file reports what is wrong with the path
  }
}

function displayPath(absolute: string, cwd: string): string {
  const fromCwd = relative(cwd, absolute);
  return fromCwd !== '' && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : absolute;
}

function collect(loads: readonly FileLoad[]): ConfigLoad {
  return {
    files: loads.flatMap((load) => (load.ok ? [load.loaded] : [])),
    problems: loads.flatMap((load) => (load.ok ? [] : load.problems)),
  };
}

/** Two files reconciling one account would undo each other's work; the later file is refused. */
function refuseRepeatedAccounts(load: ConfigLoad): ConfigLoad {
  const firstByAccount = new Map<string, LoadedConfigFile>();
  const files: LoadedConfigFile[] = [];
  const problems = [...load.problems];
  for (const loaded of load.files) {
    const first = firstByAccount.get(loaded.config.account);
    if (first === undefined) {
      firstByAccount.set(loaded.config.account, loaded);
      files.push(loaded);
      continue;
    }
    const { file, line, column, pointer } = loaded.accountSource;
    problems.push({ file, line, column, pointer, message: `account "${loaded.config.account}" is already declared in ${first.file}; keep one file per account.` });
  }
  return { files, problems };
}
