import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS, DEFAULT_CONFIG_PATH } from './command-specs.js';
import { fetchOf, type Io } from '../support/io.js';
import { UsageError } from '../support/errors.js';
import { loadConfigText } from '../config/load-config-text.js';
import { requireValidConfig, type LoadedConfigFile } from '../config/load-config.js';
import { deliveryTargetOf } from '../config/desired-state.js';
import { rekeyTokenEntry } from '../config/rekey-token.js';
import type { DesiredTokenEntry } from '../config/desired-file.js';
import { resolveEntryCredentials } from '../secrets/entry-credentials.js';
import type { TbaCredentials } from '../secrets/credentials.js';
import type { BundleDelivery } from '../ports.js';
import { composeActionsRuntime, composeBundleDelivery, connectNetSuite } from '../composition-root.js';
import { readGitHubContext } from '../github/github-context.js';
import { GitHubError } from '../github/github-error.js';
import { checkBranchRepository } from '../github/git-branch.js';
import { openRotationPullRequest, publishRotation } from '../github/rotation-pull-request.js';
import { freePort, listenForCallback, pastedCallback, type ApprovalChannel } from '../rotation/approval-channel.js';
import { revocationComment, rotationBody, rotationTitle } from '../rotation/rotation-proposal.js';
import { formatWait, rotateToken, type ProposedRotation, type RotationProposal } from '../rotation/tba-rotation.js';
import { openBrowser } from '../support/open-browser.js';

/** Chooses where bundles go (the composition root's adapter; a test's own over a temp directory). */
export type DeliveryFactory = (io: Io, configDirectory: string) => BundleDelivery;

const DEFAULT_WAIT_MS = 5 * 60_000;
const MIN_WAIT_MS = 100;
const MAX_WAIT_MS = 60 * 60_000;

/**
 * `netsuite-tokens rotate --token ID`: replaces one TBA token through NetSuite's three-step authorization
 * flow (SPEC §13). Everything checkable without NetSuite is checked first: the entry, its credentials,
 * its deliver targets, GitHub's variables, the git clone the pull request comes from, and the callback
 * port. Exit 0 when the new token is delivered and the pull request is open; 1 when something failed;
 * 3 for bad input; 4 when the approval is refused (another user or role, a forged state); 130 on Ctrl-C.
 */
export function createRotateCommand(deliveryFor: DeliveryFactory): (args: readonly string[], io: Io) => Promise<number> {
  return async (args, io) => {
    const { flags } = parseCommandArgs(COMMAND_SPECS.rotate, args);
    const tokenId = requireTokenId(flags.token);
    const timeoutMs = parseWait(flags.timeout);
    const callbackPort = flags['callback-port'] === undefined ? null : parsePort(flags['callback-port']);
    if (flags.paste === true && io.ask === null) {
      throw new UsageError('--paste reads the address from the terminal, but nobody can answer here (no terminal, or CI).', { hint: 'Run rotate in a terminal; it cannot run in CI, since a person must approve in a browser.' });
    }
    const file = findEntryFile(await requireValidConfig(flags.config ?? DEFAULT_CONFIG_PATH, io.cwd), tokenId, flags.config ?? DEFAULT_CONFIG_PATH);
    const index = file.config.tokens.findIndex((entry) => entry.id === tokenId);
    const entry = file.config.tokens[index] as DesiredTokenEntry;
    const where = `${file.file}:${file.tokenSources[index]?.line ?? 1}:${file.tokenSources[index]?.column ?? 1}`;
    const credentials = entryCredentials(entry, io, file.config.account, where, tokenId);
    if (entry.protect === true && flags['revoke-old'] === true) {
      // protect: true means the operator never changes the token; revoking it is the one irreversible change.
      throw new UsageError(`${where}: token ${tokenId} is protected, so rotate does not revoke it; leave out --revoke-old.`, {
        hint: 'Without --revoke-old the pull request declares the old token revoked and an administrator revokes it; or remove protect: true from the entry first.',
      });
    }
    const targets = (entry.deliver ?? []).map((target, item) => deliveryTargetOf(target, file.tokenTargetSources[index]?.[item] ?? null));
    if (targets.length === 0) {
      throw new UsageError(`${where}: the entry for token ${tokenId} has no deliver targets, so the new token would reach no consumer.`, {
        hint: 'Add deliver: with the github, aws or file targets its consumers read (as for a certificate mapping), then run rotate again.',
      });
    }
    assertGitHub(io);
    const configPath = resolve(io.cwd, file.file);
    await assertProposalRepository(configPath, io);
    await assertNoOpenRotation(io, file.config.account);
    const delivery = deliveryFor(io, dirname(configPath));
    for (const target of targets) await delivery.preflight(target);
    const client = connectNetSuite(file.config.account, io, file.config.operator);
    const actions = composeActionsRuntime(io);

    const approval: ApprovalChannel = flags.paste === true && io.ask !== null ? pastedCallback(io.ask, callbackPort ?? (await freePort())) : await listenForCallback(callbackPort ?? 0, callbackPort !== null);
    try {
      const outcome = await rotateToken(
        {
          directory: client.directory,
          flow: client.authorizationFlow,
          executor: client.executor,
          delivery,
          approval,
          propose: (proposal) => propose(io, file, configPath, index, proposal, client.endpoints.ui),
          clock: io.clock,
          signal: io.signal,
          say: (line) => { io.stderr.write(`${line}\n`); },
          openBrowser: (url) => { openBrowser(url, io); },
          mask: (secret) => { actions.mask([secret.reveal()]); },
          uiOrigin: client.endpoints.ui,
        },
        { account: file.config.account, tokenId, credentials, targets, revokeOld: flags['revoke-old'] === true, timeoutMs },
      );
      io.stdout.write(
        [
          `Token ${outcome.oldToken.id} is replaced by ${outcome.newToken.id} (delivered to ${outcome.delivered.join(', ')}).`,
          outcome.oldRevoked.kind === 'revoked' ? `Token ${outcome.oldToken.id} is revoked.` : `Token ${outcome.oldToken.id} is not revoked: its revocation is left to an administrator (the pull request links to it).`,
          `Pull request: ${outcome.pullRequestUrl}`,
          '',
        ].join('\n'),
      );
      return outcome.oldRevoked.kind === 'revoked' || flags['revoke-old'] !== true ? 0 : 1;
    } finally {
      await approval.close();
    }
  };
}

export const rotateCommand = createRotateCommand(composeBundleDelivery);

async function propose(io: Io, file: LoadedConfigFile, configPath: string, index: number, proposal: RotationProposal, uiOrigin: string): Promise<ProposedRotation> {
  const { oldToken, newToken } = proposal;
  const text = await readFile(configPath, 'utf8');
  const entry = file.config.tokens[index];
  const edited = rekeyTokenEntry(text, {
    index,
    oldId: oldToken.id,
    newId: newToken.id,
    newName: newToken.name,
    oldName: entry?.name === undefined ? null : oldToken.name,
    note: `Replaced by token ${newToken.id} on ${io.clock.now().toISOString().slice(0, 10)} (netsuite-tokens rotate${proposal.revokingOld ? ' --revoke-old' : '; its revocation is left to an administrator'}).`,
  });
  // The proposal must itself be a valid file: a broken pull request would fail every later plan.
  const check = loadConfigText(edited, file.file);
  if (!check.ok) throw new Error(`The re-keyed file does not load: ${check.problems.map((problem) => problem.message).join(' ')}`);
  const published = await publishRotation({
    env: io.env,
    fetch: fetchOf(io),
    account: file.config.account,
    configPath,
    editedText: edited,
    title: rotationTitle(file.config.account, proposal),
    body: rotationBody(file.config.account, proposal, uiOrigin, file.file),
    commitMessage: `netsuite-tokens: rotate token ${oldToken.id} → ${newToken.id} in ${file.config.account}\n\nDelivered to ${proposal.delivered.join(', ')}.`,
    owners: [entry?.owner ?? null],
    warn: (message) => { io.stderr.write(`warning: ${message}\n`); },
  });
  return { url: published.url, reportRevocation: (token, outcome) => published.comment(revocationComment(token, outcome, uiOrigin)) };
}

function requireTokenId(value: string | undefined): string {
  if (value === undefined) throw new UsageError('rotate needs --token ID, the internal id of the token to replace.', { hint: 'Such as: netsuite-tokens rotate --token 4711 (netsuite-tokens plan lists the ids).' });
  if (!/^[1-9][0-9]{0,17}$/.test(value)) throw new UsageError(`--token takes a token's internal id (digits), not "${value.slice(0, 30)}".`, { hint: 'Such as: netsuite-tokens rotate --token 4711.' });
  return value;
}

function parseWait(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WAIT_MS;
  const match = /^(\d{1,9})(ms|s|m|h)?$/.exec(value.trim());
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match?.[2] ?? 's'] ?? 1000;
  const ms = match === null ? Number.NaN : Number(match[1]) * factor;
  if (!(ms >= MIN_WAIT_MS && ms <= MAX_WAIT_MS)) {
    throw new UsageError(`--timeout must be a duration from ${formatWait(MIN_WAIT_MS)} to ${formatWait(MAX_WAIT_MS)}, such as 90s, 5m or 10m, not "${value.slice(0, 20)}".`, {
      hint: `It is how long rotate waits for the approval in the browser (default ${formatWait(DEFAULT_WAIT_MS)}).`,
    });
  }
  return ms;
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 1 && port <= 65_535)) throw new UsageError(`--callback-port must be a TCP port from 1 to 65535, not "${value.slice(0, 20)}".`, { hint: 'Use the port of the integration record\'s Callback URL, or leave it out when that URL is http://localhost:*/callback.' });
  return port;
}

/** The one file whose `tokens:` declares the id (a directory of accounts is searched). */
function findEntryFile(files: readonly LoadedConfigFile[], tokenId: string, configPath: string): LoadedConfigFile {
  const declaring = files.filter((file) => file.config.tokens.some((entry) => entry.id === tokenId));
  const [only, ...others] = declaring;
  if (only === undefined) {
    throw new UsageError(`No entry of ${configPath} declares token ${tokenId} by id.`, { hint: `Add the token with id: "${tokenId}" (netsuite-tokens import writes every token with its id), or check the id.` });
  }
  if (others.length > 0) throw new UsageError(`Token ${tokenId} is declared in several files: ${declaring.map((file) => file.file).join(', ')}.`, { hint: 'Pass --config with the one file of the account it belongs to.' });
  return only;
}

function entryCredentials(entry: DesiredTokenEntry, io: Io, account: string, where: string, tokenId: string): TbaCredentials {
  if (entry.state !== 'active') {
    throw new UsageError(`${where}: the entry declares token ${tokenId} ${entry.state}, and only an active token is rotated.`, { hint: 'Rotate a token the file keeps active.' });
  }
  if (entry.credentials === undefined) {
    throw new UsageError(`${where}: the entry for token ${tokenId} has no credentials, and rotate needs them: its consumer key and secret sign the authorization flow, and its own token revokes it.`, {
      hint: 'Add credentials: env:NAME (a TBA bundle) or the four env:NAME references, and set those variables.',
    });
  }
  const resolved = resolveEntryCredentials(entry.credentials, io.env, account);
  if (resolved.credentials === null) {
    const missing = resolved.availability.status === 'unresolved' ? resolved.availability.missing : [];
    throw new UsageError(`${where}: the credentials of token ${tokenId} do not resolve: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`, { hint: 'Export the token\'s current values in those variables, then run rotate again.' });
  }
  return resolved.credentials;
}

/** Step 6 opens a pull request: GitHub's variables are checked before NetSuite is asked anything. */
/** The pull request is made from the clone the file is in; without one, a minted token would be left for a person to re-key by hand. */
async function assertProposalRepository(configPath: string, io: Io): Promise<void> {
  try {
    await checkBranchRepository(dirname(configPath), configPath, io.env);
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    throw new UsageError(`rotate: ${error.message}`, {
      hint: 'rotate proposes the re-keyed entry as a pull request from the git clone the file is in: run it on the configuration in a clone of its repository, with an origin remote.',
      cause: error,
    });
  }
}

/** One rotation pull request per account at a time: a second would be made from the working copy and replace the first's re-keyed entry. */
async function assertNoOpenRotation(io: Io, account: string): Promise<void> {
  const open = await openRotationPullRequest(io.env, fetchOf(io), account, (message) => { io.stderr.write(`warning: ${message}\n`); });
  if (open !== null) {
    throw new UsageError(`An earlier rotation's pull request #${open.number} for account ${account} is still open (${open.url}); nothing was minted, since this rotation's proposal would replace that one's re-keyed entry.`, {
      hint: 'Merge (or close) that pull request first, pull the merged file, then run rotate again.',
    });
  }
}

function assertGitHub(io: Io): void {
  try {
    readGitHubContext(io.env);
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    throw new UsageError(`rotate: ${error.message}`, { hint: 'rotate opens a pull request re-keying the entry: export GITHUB_TOKEN and GITHUB_REPOSITORY=owner/repo (locally, `gh auth token` gives a token).', cause: error });
  }
}

