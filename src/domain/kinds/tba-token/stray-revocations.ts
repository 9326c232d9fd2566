import type { Change } from '../../plan.js';
import type { ObservedToken } from './token.js';

/**
 * A TBA token revokes only the token that signs the request (`rest/revoketoken`), so a revoke sent with
 * an entry's credentials that are in fact another token's (a vault mix-up) revokes that other token,
 * and NetSuite answers as if all went well. Nothing can tell the two apart before the request (NetSuite
 * has no documented call that says which token a set of credentials is); the verifying observation can:
 * the token asked for is still live, and one nobody asked to change is revoked.
 */

/**
 * Tokens active before the run and revoked after it that the plan did not ask to change at all (through
 * the API or of an administrator), in id order. Only an active token can sign a request, so only an
 * active one can have been revoked by a revoke signed with its credentials.
 */
export function revokedUnasked(before: ReadonlyMap<string, ObservedToken>, after: ReadonlyMap<string, ObservedToken>, planned: readonly Change[]): ObservedToken[] {
  const asked = new Set(planned.flatMap((change) => (change.subject.kind === 'tba-token' && change.subject.id !== null ? [change.subject.id] : [])));
  const stray: ObservedToken[] = [];
  for (const [key, token] of after) {
    if (token.state !== 'revoked' || asked.has(token.id)) continue;
    if (before.get(key)?.state === 'active') stray.push(token);
  }
  return stray;
}

/**
 * Why a revoke NetSuite accepted left its token live while `stray` were revoked: the credentials were
 * another token's. With several such revokes in the run, which entry holds whose credentials cannot be
 * told, and the sentence says so rather than guess.
 */
export function misdirectedRevokeDetail(token: ObservedToken, stray: readonly ObservedToken[], misdirected: number): string {
  const named = stray.map((other) => `token ${other.id} (${other.name})`);
  const listed = named.length === 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
  const renewal = stray.length === 1 ? 'its integration needs a new token' : 'their integrations need new tokens';
  const whose = misdirected > 1
    ? `the credentials of this entry, or of another of the ${misdirected} revokes that left their token live, are most likely ${stray.length === 1 ? 'that token’s' : 'those tokens’'}`
    : `the credentials this entry gives are most likely ${stray.length === 1 ? 'that token’s' : 'one of those tokens’'}, not token ${token.id}’s`;
  return `NetSuite accepted the revoke request, yet token ${token.id} is still ${token.state}, and ${listed}, which this run did not ask to change, ${stray.length === 1 ? 'is' : 'are'} revoked now (unless someone revoked ${stray.length === 1 ? 'it' : 'them'} meanwhile): ${whose}. Give the entry token ${token.id}’s own credentials before the next apply; a revoked token cannot be restored, so ${renewal}.`;
}
