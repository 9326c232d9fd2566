import type { AccountRun } from '../composition-root.js';
import type { LoadedConfigFile } from '../config/load-config.js';
import { realmOf } from '../secrets/credentials-bundle.js';
import { GuardRefusal, RuntimeFailure } from '../support/errors.js';
import type { Io } from '../support/io.js';

/**
 * SPEC §14: a directory of desired-state files runs every account, each with its own credentials and
 * endpoints. Everything checkable without NetSuite (every file, every account's credentials) was
 * checked before this runs; here an account that fails at run time is reported with its file and
 * account id and the others still run. The exit code is the most severe: 1, then 4, then 2, then 0.
 */

const SEVERITY: readonly number[] = [1, 4, 2, 0];

export function mostSevere(codes: readonly number[]): number {
  let worst = 0;
  for (const code of codes) if (SEVERITY.indexOf(code) < SEVERITY.indexOf(worst)) worst = code;
  return worst;
}

export function accountLabel(account: AccountRun): string {
  return `${account.file.file} (account ${account.file.config.account})`;
}

/**
 * Runs `work` for each account and returns the exit codes. With one account a failure is thrown as it
 * is (the entry point reports it); with several, a runtime failure or a guard's refusal is reported
 * with the account's file and id, and counts as that account's exit code.
 */
export async function eachAccount(accounts: readonly AccountRun[], io: Io, work: (account: AccountRun) => Promise<number>): Promise<number[]> {
  const codes: number[] = [];
  for (const account of accounts) {
    if (accounts.length > 1 && io.signal.aborted) break;
    try {
      codes.push(await work(account));
    } catch (error) {
      if (accounts.length === 1 || io.signal.aborted || !(error instanceof RuntimeFailure || error instanceof GuardRefusal)) throw error;
      io.stderr.write(`error: ${accountLabel(account)}: ${error.message}${error.hint === null ? '' : `\n  ${error.hint}`}\n`);
      codes.push(error.exitCode);
    }
  }
  return codes;
}

/** The heading of an account's section in text and markdown output, when there are several. */
export function sectionHeading(account: AccountRun, format: 'text' | 'markdown' | 'json'): string {
  switch (format) {
    case 'text':
      return `== ${accountLabel(account)} ==\n`;
    case 'markdown':
      return `<!-- ${accountLabel(account).replaceAll('--', '- -')} -->\n`;
    case 'json':
      return '';
  }
}

/**
 * `--only ACCOUNT`: when a value names the account of some files, only those accounts run (the others
 * are neither signed in to nor observed); values that name no account narrow subjects within each.
 */
export function selectAccounts(files: readonly LoadedConfigFile[], only: readonly string[]): readonly LoadedConfigFile[] {
  const named = new Set(only.map(realmOf));
  const selected = files.filter((file) => named.has(realmOf(file.config.account)));
  return selected.length === 0 ? files : selected;
}
