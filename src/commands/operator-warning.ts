import type { AccountRun } from '../composition-root.js';
import type { Plan } from '../domain/plan.js';
import { plural } from '../domain/plan-wording.js';

/**
 * SPEC §4: the operator knows its own TBA token only as the declared entry whose `credentials.tokenId`
 * is its own (NetSuite's token list shows no token keys). Without such an entry, a plan that takes TBA
 * tokens out of service may include the operator's own, and an administrator who ticks the checklist
 * locks it out; the person reading the plan is told so. Null when there is nothing to say.
 */
export function unrecognisedOperatorWarning(account: AccountRun, plan: Plan): string | null {
  if (account.client.signedInAs.kind !== 'tba' || account.built.state.tokens.some((entry) => entry.isOperator)) return null;
  // Changes held only by the change limit count: --allow-over-limit would make them.
  const outOfService = plan.changes.filter((change) => change.subject.kind === 'tba-token' && (change.blocked === null || change.blocked === 'over-limit') && (change.to === 'revoked' || change.to === 'inactive')).length;
  if (outOfService === 0) return null;
  return `warning: no entry declares the TBA token the operator signs in with (an entry whose credentials.tokenId is the operator's own), so it cannot tell whether ${outOfService === 1 ? 'the change that revokes or inactivates a token is' : `one of the ${plural(outOfService, 'change')} that revoke or inactivate tokens is`} to that token; if so, the next run cannot sign in. Give its entry the operator's credentials, with protect: true (netsuite-tokens import --operator-token ID writes that entry).`;
}
