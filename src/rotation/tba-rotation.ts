import { randomBytes } from 'node:crypto';
import type { ObservedToken } from '../domain/kinds/tba-token/token.js';
import type { DeliveryTarget } from '../domain/desired.js';
import { targetLabel } from '../domain/delivery-target.js';
import { visibleText } from '../domain/markdown.js';
import { readAuthorizationRedirect, type AuthorizationRedirect, type MintedToken, type TbaAuthorizationFlow } from '../netsuite/authorization-flow.js';
import type { BundleDelivery, ChangeExecutor, Clock, TokenDirectory } from '../ports.js';
import type { TbaCredentials } from '../secrets/credentials.js';
import { realmOf } from '../secrets/credentials-bundle.js';
import { Secret } from '../secrets/secret.js';
import { GuardRefusal, RuntimeFailure } from '../support/errors.js';
import { NetSuiteCancelledError, NetSuiteError } from '../netsuite/errors.js';
import type { ApprovalChannel } from './approval-channel.js';

/**
 * SPEC §13: one TBA token replaced through NetSuite's authorization flow, driven by a person who can
 * sign in as the token's user. The order: observe the old token; request token; the person approves;
 * check `state`, user and role; exchange; observe the new token (before delivery, so that nothing
 * holds a token the account does not show, and the delivery is keyed by its id); deliver; propose the
 * re-keyed file; only then revoke the old token when asked, so that the irreversible step comes after
 * the pull request that records it, and its outcome is commented there. The new secret lives only in
 * memory and in the delivery targets.
 */

export interface RotationPorts {
  readonly directory: TokenDirectory;
  readonly flow: TbaAuthorizationFlow;
  readonly executor: ChangeExecutor;
  readonly delivery: BundleDelivery;
  readonly approval: ApprovalChannel;
  /** Opens or updates the pull request with the re-keyed file. */
  readonly propose: (proposal: RotationProposal) => Promise<ProposedRotation>;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  /** One line for the person at the terminal (stderr). */
  readonly say: (line: string) => void;
  /** Opens the authorize URL in a browser where one obviously exists; does nothing elsewhere. */
  readonly openBrowser: (url: string) => void;
  /** Told about every new secret before it is used, so GitHub Actions masks it. */
  readonly mask: (secret: Secret) => void;
  /** NetSuite UI origin, for the administrator's links. */
  readonly uiOrigin: string;
}

export interface RotationRequest {
  readonly account: string;
  /** Internal id of the token to replace. */
  readonly tokenId: string;
  readonly credentials: TbaCredentials;
  readonly targets: readonly DeliveryTarget[];
  readonly revokeOld: boolean;
  readonly timeoutMs: number;
}

/** What the pull request needs to know; never a secret. */
export interface RotationProposal {
  readonly oldToken: ObservedToken;
  readonly newToken: ObservedToken;
  readonly delivered: readonly string[];
  /** Whether this run revokes the old token once the pull request is open (`--revoke-old`). */
  readonly revokingOld: boolean;
}

/** The open pull request: its address, and a way to add the old token's fate once it is known. */
export interface ProposedRotation {
  readonly url: string;
  readonly reportRevocation: (oldToken: ObservedToken, outcome: OldTokenOutcome) => Promise<void>;
}

export type OldTokenOutcome = { readonly kind: 'revoked' } | { readonly kind: 'left'; readonly reason: string };

export interface RotationOutcome {
  readonly oldToken: ObservedToken;
  readonly newToken: ObservedToken;
  readonly delivered: readonly string[];
  readonly oldRevoked: OldTokenOutcome;
  readonly pullRequestUrl: string;
}

/** What the rotation holds when something stops it, so the person learns what is left in NetSuite. */
interface Progress {
  minted: boolean;
  newToken: ObservedToken | null;
  delivered: string[];
  published: boolean;
}

export async function rotateToken(ports: RotationPorts, request: RotationRequest): Promise<RotationOutcome> {
  const progress: Progress = { minted: false, newToken: null, delivered: [], published: false };
  let oldToken: ObservedToken | null = null;
  try {
    const before = await ports.directory.observe();
    checkStop(ports);
    oldToken = requireActive(before.tokens, request.tokenId);
    ports.say(`Replacing token ${oldToken.id} (${describe(oldToken)}). Sign in to NetSuite as ${userOf(oldToken)} with the role ${roleOf(oldToken)} to approve.`);

    const consumer = { consumerKey: request.credentials.consumerKey, consumerSecret: request.credentials.consumerSecret };
    const requestToken = await ports.flow.requestToken(consumer, ports.approval.callbackUrl);
    checkStop(ports);
    const state = randomState();
    const authorizeUrl = ports.flow.authorizeUrl(requestToken, state);
    ports.say(`Open this address in a browser, sign in and click Allow (waiting up to ${formatWait(request.timeoutMs)}):\n  ${authorizeUrl}`);
    ports.openBrowser(authorizeUrl);

    const redirect = await waitForApproval(ports, requestToken.token, request.timeoutMs);
    checkRedirect(redirect, { requestToken: requestToken.token, state, account: request.account, oldToken });
    checkStop(ports);

    const minted = await exchange(ports, () => ports.flow.accessToken(consumer, requestToken, redirect.verifier), oldToken);
    progress.minted = true;
    ports.mask(minted.tokenId);
    ports.mask(minted.tokenSecret);
    checkStop(ports);
    const after = await ports.directory.observe();
    const newToken = findNewToken(after.tokens, before.tokens, oldToken, ports.clock.now());
    progress.newToken = newToken;
    ports.say(`NetSuite minted token ${newToken.id} (${describe(newToken)}); it shows in oauthtoken, created ${newToken.createdAt ?? 'now'}.`);

    const bundle = bundleOf(request, minted);
    ports.mask(bundle);
    const rotationId = `rotate-${realmOf(request.account)}-${oldToken.id}-${newToken.id}`;
    for (const target of request.targets) {
      checkStop(ports);
      await ports.delivery.deliver(target, bundle, rotationId);
      progress.delivered.push(targetLabel(target));
      ports.say(`Delivered the new credentials to ${targetLabel(target)}.`);
    }

    checkStop(ports);
    const proposal: RotationProposal = { oldToken, newToken, delivered: [...progress.delivered], revokingOld: request.revokeOld };
    const pullRequest = await ports.propose(proposal);
    progress.published = true;
    const result = { oldToken, newToken, delivered: proposal.delivered, pullRequestUrl: pullRequest.url };
    if (!request.revokeOld) return { ...result, oldRevoked: { kind: 'left', reason: 'not asked (--revoke-old was not given)' } };
    if (ports.signal.aborted) {
      ports.say(`Token ${oldToken.id} was not revoked (interrupted); the pull request declares it revoked, so plans list it for an administrator until it is.`);
      throw new RuntimeFailure('Interrupted.');
    }
    const oldRevoked = await revokeOld(ports, request, oldToken);
    await reportRevocation(ports, pullRequest, oldToken, oldRevoked);
    return { ...result, oldRevoked };
  } catch (error) {
    const note = leftBehind(progress, request, oldToken, ports.uiOrigin);
    if (note !== null) ports.say(note);
    throw error;
  }
}

/**
 * Step three, once: when its answer is lost (no reply, a server error, Ctrl-C while it was under way)
 * NetSuite may have minted a token whose secret this run never received, which only an administrator
 * can find and revoke. A refusal (4xx) minted nothing.
 */
async function exchange(ports: RotationPorts, request: () => Promise<MintedToken>, oldToken: ObservedToken): Promise<MintedToken> {
  try {
    return await request();
  } catch (error) {
    const answered = error instanceof NetSuiteError && !(error instanceof NetSuiteCancelledError) && error.status !== null && error.status < 500;
    if (!answered) {
      ports.say(`NetSuite's answer to the exchange was lost, so it may have minted a token of ${describe(oldToken)} whose secret this run never received. An administrator should look in Setup > Users/Roles > User Management > Access Tokens for one created just now and revoke it; then run the command again.`);
    }
    throw error;
  }
}

function checkStop(ports: RotationPorts): void {
  if (ports.signal.aborted) throw new RuntimeFailure('Interrupted.');
}

function requireActive(tokens: readonly ObservedToken[], id: string): ObservedToken {
  const token = tokens.find((candidate) => candidate.id === id);
  if (token === undefined) {
    throw new RuntimeFailure(`Token ${id} is not in the account: SuiteQL's oauthtoken has no such id.`, { hint: 'Check the id in the desired-state file against Setup > Users/Roles > User Management > Access Tokens (netsuite-tokens plan lists them).' });
  }
  if (token.state !== 'active') {
    throw new RuntimeFailure(`Token ${id} is ${token.state}, so there is nothing to rotate: its consumers cannot use it.`, {
      hint: token.state === 'inactive' ? 'Clear Inactive on the token first if it should keep working, then rotate it.' : 'Declare the token revoked in the file, and create a replacement in NetSuite.',
    });
  }
  return token;
}

async function waitForApproval(ports: RotationPorts, requestToken: string, timeoutMs: number): Promise<AuthorizationRedirect> {
  const stop = new AbortController();
  const timer = setTimeout(() => { stop.abort(new Error('timeout')); }, timeoutMs);
  timer.unref();
  const onAbort = (): void => { stop.abort(new Error('interrupted')); };
  ports.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const query = await ports.approval.wait(requestToken, stop.signal);
    const redirect = readAuthorizationRedirect(query);
    if (redirect === null) {
      throw new RuntimeFailure('The address NetSuite sent the browser to carries no oauth_token, so it is not the answer to this authorization.', {
        hint: 'Run the command again, and paste the address the browser shows right after you click Allow.',
      });
    }
    return redirect;
  } catch (error) {
    if (ports.signal.aborted) throw new RuntimeFailure('Interrupted.');
    if (stop.signal.aborted) {
      throw new RuntimeFailure(`No approval arrived within ${formatWait(timeoutMs)}; nothing was minted.`, {
        hint: 'Run the command again and approve in the browser sooner, or give more time with --timeout (such as --timeout 10m).',
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    ports.signal.removeEventListener('abort', onAbort);
  }
}

/** NetSuite's redirect must answer this run (token, state), say Allow, and come from the old token's user and role in this account. */
function checkRedirect(redirect: AuthorizationRedirect, expected: { readonly requestToken: string; readonly state: string; readonly account: string; readonly oldToken: ObservedToken }): void {
  if (redirect.oauthToken !== expected.requestToken) {
    throw new GuardRefusal('The address answers another authorization request than this run\'s; nothing was minted.', { hint: 'Run the command again and approve the address it prints.' });
  }
  if (redirect.state !== expected.state) {
    throw new GuardRefusal('The redirect\'s state is not the one this run sent, so it cannot be trusted (NetSuite: "the client should not trust the request"); nothing was minted.', {
      hint: 'Run the command again and open exactly the address it prints; do not reuse an older one.',
    });
  }
  if (redirect.denied) {
    throw new RuntimeFailure('The authorization was denied on NetSuite\'s consent page; nothing was minted.', { hint: 'Run the command again and click Allow, signed in as the token\'s user.' });
  }
  const { oldToken } = expected;
  if (redirect.company !== null && realmOf(redirect.company) !== realmOf(expected.account)) {
    throw new GuardRefusal(`The approval came from account ${visibleText(realmOf(redirect.company))}, not ${realmOf(expected.account)}; nothing was minted.`, { hint: 'Sign in to the account the desired-state file names and run the command again.' });
  }
  if (redirect.entity !== oldToken.userId || redirect.role !== oldToken.roleId) {
    const who = `user ${shown(redirect.entity) ?? '?'} with role ${shown(redirect.role) ?? '?'}`;
    const expectedWho = `${shown(oldToken.user) ?? 'user'} (${oldToken.userId ?? '?'}) with the role ${shown(oldToken.role) ?? 'role'} (${oldToken.roleId ?? '?'})`;
    throw new GuardRefusal(`The approval came from ${who}, but token ${oldToken.id} belongs to ${expectedWho}; the new token would belong to whoever approved, so nothing was minted.`, {
      hint: `Sign in as ${shown(oldToken.user) ?? 'the token\'s user'}, choose the role ${shown(oldToken.role) ?? 'of the token'} on the consent page (Change Role), and run the command again.`,
    });
  }
}

/** The token the exchange minted: new since the first observation, same application, user and role, active, created during this run. */
function findNewToken(after: readonly ObservedToken[], before: readonly ObservedToken[], oldToken: ObservedToken, now: Date): ObservedToken {
  const known = new Set(before.map((token) => token.id));
  // [INF] dcreated may be in the account's time zone: a day's tolerance keeps "created now" honest without trusting the offset.
  const earliest = now.getTime() - 86_400_000;
  const candidates = after.filter(
    (token) =>
      !known.has(token.id) &&
      token.applicationId === oldToken.applicationId &&
      token.userId === oldToken.userId &&
      token.roleId === oldToken.roleId &&
      token.state === 'active' &&
      (token.createdAt === null || Date.parse(token.createdAt) >= earliest),
  );
  const [only, ...others] = candidates;
  if (only === undefined || others.length > 0) {
    throw new RuntimeFailure(
      only === undefined
        ? `NetSuite answered the exchange, but oauthtoken shows no new active token of ${describe(oldToken)}.`
        : `oauthtoken shows ${candidates.length} new tokens of ${describe(oldToken)} (${candidates.map((token) => token.id).join(', ')}), so this run cannot tell which one it minted.`,
      { hint: 'Nothing was delivered. Have an administrator look at Setup > Users/Roles > User Management > Access Tokens and revoke what nobody uses, then run the command again.' },
    );
  }
  return only;
}

function bundleOf(request: RotationRequest, minted: MintedToken): Secret {
  return new Secret(
    JSON.stringify({
      kind: 'netsuite-tba',
      version: 1,
      accountId: realmOf(request.account),
      consumerKey: request.credentials.consumerKey.reveal(),
      consumerSecret: request.credentials.consumerSecret.reveal(),
      tokenId: minted.tokenId.reveal(),
      tokenSecret: minted.tokenSecret.reveal(),
    }),
  );
}

/** `rest/revoketoken` signed by the old token itself, then observed: NetSuite's only revoke API. */
async function revokeOld(ports: RotationPorts, request: RotationRequest, oldToken: ObservedToken): Promise<OldTokenOutcome> {
  try {
    await ports.executor.revokeToken(request.credentials);
  } catch (error) {
    if (ports.signal.aborted) throw error;
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : 'NetSuite refused the revoke';
    ports.say(`Token ${oldToken.id} was not revoked: ${reason}; it is left for an administrator.`);
    return { kind: 'left', reason };
  }
  const observed = (await ports.directory.observe()).tokens.find((token) => token.id === oldToken.id);
  if (observed?.state === 'revoked' || observed === undefined) {
    ports.say(`Revoked the old token ${oldToken.id} with its own credentials.`);
    return { kind: 'revoked' };
  }
  const reason = `NetSuite accepted the revoke, but oauthtoken still shows token ${oldToken.id} ${observed.state}`;
  ports.say(`${reason}; it is left for an administrator.`);
  return { kind: 'left', reason };
}

/** The revoke's outcome, commented on the pull request; a comment GitHub refuses is said, not fatal, since the revoke is done. */
async function reportRevocation(ports: RotationPorts, pullRequest: ProposedRotation, oldToken: ObservedToken, outcome: OldTokenOutcome): Promise<void> {
  try {
    await pullRequest.reportRevocation(oldToken, outcome);
  } catch (error) {
    if (ports.signal.aborted) throw error;
    ports.say(`warning: the pull request was not told the revoke's outcome (${error instanceof Error ? error.message : 'unknown error'}).`);
  }
}

/** What a stopped rotation leaves in NetSuite, said so an administrator can clean up; null when nothing was minted. */
function leftBehind(progress: Progress, request: RotationRequest, oldToken: ObservedToken | null, uiOrigin: string): string | null {
  if (!progress.minted || progress.published) return null;
  const token = progress.newToken;
  const named = token === null ? `a new token of ${oldToken === null ? 'this integration' : describe(oldToken)}` : `the new token ${token.id}`;
  const link = token === null ? 'Setup > Users/Roles > User Management > Access Tokens, the newest one' : `${uiOrigin}/app/setup/accesstoken.nl?id=${token.id}&e=T`;
  if (progress.delivered.length === 0) {
    return `NetSuite minted ${named}, but it was delivered nowhere and its secret is gone with this process. An administrator should revoke it: ${link}`;
  }
  const missing = request.targets.map(targetLabel).filter((label) => !progress.delivered.includes(label));
  if (missing.length > 0) {
    return `${named[0]?.toUpperCase() ?? ''}${named.slice(1)} was delivered to ${progress.delivered.join(', ')} but not to ${missing.join(', ')}; those consumers still use token ${request.tokenId}. Run the command again to rotate everything (then revoke ${token?.id ?? 'this token'}: ${link}).`;
  }
  return `${named[0]?.toUpperCase() ?? ''}${named.slice(1)} was delivered to every target, but the desired-state file was not re-keyed: change id "${request.tokenId}" to "${token?.id ?? '?'}" in its entry and declare ${request.tokenId} revoked.`;
}

/**
 * A token's application, user and role for the terminal. NetSuite's names are data: a control
 * character (an escape sequence, a newline forging a line of output) is shown, not obeyed.
 */
export function describe(token: ObservedToken): string {
  return `${shown(token.application) ?? `application ${token.applicationId ?? '?'}`}, ${userOf(token)}, ${shown(token.role) ?? `role ${token.roleId ?? '?'}`}`;
}

function userOf(token: ObservedToken): string {
  return shown(token.user) ?? `user ${token.userId ?? '?'}`;
}

function roleOf(token: ObservedToken): string {
  return shown(token.role) ?? token.roleId ?? '?';
}

function shown(text: string | null): string | null {
  return text === null ? null : visibleText(text);
}

/** `state` for the authorize URL: NetSuite takes at most 512 letters and digits; 32 from the CSPRNG. */
function randomState(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let state = '';
  while (state.length < 32) {
    for (const byte of randomBytes(48)) if (byte < 248 && state.length < 32) state += alphabet.charAt(byte % alphabet.length);
  }
  return state;
}

export function formatWait(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
