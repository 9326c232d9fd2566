import type { Change } from '../../plan.js';
import type { ObservedToken } from './token.js';

/**
 * A TBA token revokes only the token that signs the request (`rest/revoketoken`), so a revoke sent with
 * an entry's credentials that are in fact another token's (a vault mix-up) revokes that other token,
 * and NetSuite answers as if all went well. Nothing can tell the two apart before the request (NetSuite
 * has no documented call that says which token a set of credentials is); the verifying observation can:
 * the token asked for is still live, and one nobody asked to change is revoked.
 */

/** Tokens live before the run and revoked after it that none of the run's revoke requests named, in id order. */
export function revokedUnasked(before: ReadonlyMap<string, ObservedToken>, after: ReadonlyMap<string, ObservedToken>, sent: readonly Change[]): ObservedToken[] {
  const asked = new Set(sent.flatMap((change) => (change.subject.kind === 'tba-token' && change.subject.id !== null ? [change.subject.id] : [])));
  const stray: ObservedToken[] = [];
  for (const [key, token] of after) {
    if (token.state !== 'revoked' || asked.has(token.id)) continue;
    const earlier = before.get(key);
    if (earlier !== undefined && earlier.state !== 'revoked') stray.push(token);
  }
  return stray;
}

/** Why a revoke NetSuite accepted left its token live while `stray` were revoked: the credentials were another token's. */
export function misdirectedRevokeDetail(token: ObservedToken, stray: readonly ObservedToken[]): string {
  const named = stray.map((other) => `token ${other.id} (${other.name})`);
  const listed = named.length === 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
  const whose = stray.length === 1 ? 'that token’s' : 'one of those tokens’';
  const renewal = stray.length === 1 ? 'its integration needs a new token' : 'their integrations need new tokens';
  return `NetSuite accepted the revoke request, yet token ${token.id} is still ${token.state}, and ${listed}, which this run did not ask to change, ${stray.length === 1 ? 'is' : 'are'} revoked now: the credentials this entry gives are most likely ${whose}, not token ${token.id}’s. Give the entry token ${token.id}’s own credentials before the next apply; a revoked token cannot be restored, so ${renewal}.`;
}
