import { composeAccount, type AccountRun } from '../composition-root.js';
import type { LoadedConfigFile } from '../config/load-config.js';
import { escapeMarkdown, inertProse } from '../domain/markdown.js';
import type { ActionsRuntime } from '../github/actions-runtime.js';
import { realmOf } from '../secrets/credentials-bundle.js';
import { ConfigError, GuardRefusal, OperatorError, RuntimeFailure } from '../support/errors.js';
import type { Io } from '../support/io.js';
import { reportFailure } from '../support/report-failure.js';

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

export function accountLabel(account: Pick<AccountRun, 'file'>): string {
  return `${account.file.file} (account ${account.file.config.account})`;
}

/** An account's failure worded with its file and account id, so that with several accounts the person knows which. */
class AccountFailure extends OperatorError {
  readonly exitCode: 1 | 3 | 4;

  constructor(label: string, error: OperatorError) {
    super(`${label}: ${error.message}`, { cause: error, ...(error.hint === null ? {} : { hint: error.hint }) });
    this.exitCode = error.exitCode;
  }
}

/**
 * Everything each selected account needs, checked before the first request to any of them (SPEC §14,
 * §15): its credentials and, with several accounts, its status file (a bad one must not stop the run
 * after other accounts were already observed or changed). With several accounts every account's
 * problem is reported, each with its file and account id, and the last one is thrown.
 */
export async function prepareAccounts(files: readonly LoadedConfigFile[], io: Io, actions: ActionsRuntime): Promise<AccountRun[]> {
  const accounts: AccountRun[] = [];
  const failures: Error[] = [];
  const labelled = (file: LoadedConfigFile, error: unknown): Error => {
    if (files.length > 1 && error instanceof OperatorError && !(error instanceof ConfigError)) return new AccountFailure(accountLabel({ file }), error);
    return error instanceof Error ? error : new Error(String(error));
  };
  for (const file of files) {
    try {
      accounts.push(composeAccount(file, io, actions, files.length > 1 ? accountLabel({ file }) : null));
    } catch (error) {
      failures.push(labelled(file, error));
    }
  }
  if (files.length > 1) {
    // A single account's run reads its status file before its first request anyway.
    const reads = await Promise.allSettled(accounts.map((account) => account.ports.status.read()));
    reads.forEach((read, index) => {
      const account = accounts[index];
      if (read.status === 'rejected' && account !== undefined) failures.push(labelled(account.file, read.reason));
    });
  }
  const last = failures.pop();
  if (last === undefined) return accounts;
  for (const failure of failures) reportFailure(failure, io, io.debug);
  throw last;
}

/** An account that failed while the others ran: told to stderr, and to `onFailure` for the command's own output. */
export type AccountFailureSink = (account: AccountRun, error: RuntimeFailure | GuardRefusal) => void;

/**
 * Runs `work` for each account and returns the exit codes. With one account a failure is thrown as it
 * is (the entry point reports it); with several, a runtime failure or a guard's refusal is reported
 * with the account's file and id, counts as that account's exit code, and is handed to `onFailure`, so
 * that the command's output (a JSON array, a markdown comment) says so instead of leaving the account out.
 */
export async function eachAccount(accounts: readonly AccountRun[], io: Io, work: (account: AccountRun) => Promise<number>, onFailure: AccountFailureSink = () => undefined): Promise<number[]> {
  const codes: number[] = [];
  for (const account of accounts) {
    if (accounts.length > 1 && io.signal.aborted) break;
    try {
      codes.push(await work(account));
    } catch (error) {
      if (accounts.length === 1 || io.signal.aborted || !(error instanceof RuntimeFailure || error instanceof GuardRefusal)) throw error;
      io.stderr.write(`error: ${accountLabel(account)}: ${error.message}${error.hint === null ? '' : `\n  ${error.hint}`}\n`);
      codes.push(error.exitCode);
      onFailure(account, error);
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
 * A failed account in a command's output with several accounts: in text and markdown a line under the
 * account's heading (the heading only when `withHeading`), in JSON an element of the array with the
 * account, its file and the error in place of a plan or report. The message is the operator's own
 * sentence (it never holds a secret); in markdown it is made inert, since it may quote NetSuite.
 */
export function failedAccountSection(account: AccountRun, error: RuntimeFailure | GuardRefusal, format: 'text' | 'markdown' | 'json', withHeading: boolean): string {
  const heading = withHeading ? sectionHeading(account, format) : '';
  // A guard's refusal (exit 4) is not a failure: nothing went wrong, the operator declined.
  const refused = error instanceof GuardRefusal;
  switch (format) {
    case 'text':
      return `${heading}${refused ? 'Refused' : 'Failed'}: ${error.message}\n`;
    case 'markdown':
      return `${heading}**Account ${escapeMarkdown(account.file.config.account)} (${escapeMarkdown(account.file.file)}) ${refused ? 'was refused' : 'failed'}:** ${inertProse(error.message)}\n`;
    case 'json':
      return `${JSON.stringify({ account: account.file.config.account, file: account.file.file, error: { exitCode: error.exitCode, message: error.message, hint: error.hint } }, null, 2)}\n`;
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
