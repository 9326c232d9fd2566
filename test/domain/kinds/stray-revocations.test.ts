import { describe, expect, it } from 'vitest';
import { misdirectedRevokeDetail, revokedUnasked } from '../../../src/domain/kinds/tba-token/stray-revocations.js';
import { subjectOf } from '../../../src/domain/kinds/tba-token/token.js';
import type { ObservedToken } from '../../../src/domain/kinds/tba-token/token.js';
import type { Change } from '../../../src/domain/plan.js';
import { subjectKey } from '../../../src/domain/subject.js';
import { observedToken } from '../builders.js';

const byKey = (tokens: readonly ObservedToken[]): Map<string, ObservedToken> => new Map(tokens.map((token) => [subjectKey('tba-token', token.id), token]));
const revoke = (token: ObservedToken): Change => ({
  subject: subjectOf(token), action: 'revoke', from: 'active', to: 'revoked', via: 'api', reason: 'declared', blocked: null, owner: null, message: '', entry: null,
});

describe('tokens a run revoked without asking', () => {
  const asked = observedToken({ id: '102', name: 'Legacy sync token' });
  const other = observedToken({ id: '105', name: 'Test token - jdoe' });
  const third = observedToken({ id: '106', name: 'Another' });
  const gone = observedToken({ id: '107', name: 'Revoked long ago', state: 'revoked' });

  it('are those active before and revoked after that the plan did not ask to change; an earlier revocation, an inactive token or a planned change is not one', () => {
    const inactive = observedToken({ id: '108', name: 'Inactive', state: 'inactive' });
    const before = byKey([asked, other, third, gone, inactive]);
    const after = byKey([asked, { ...other, state: 'revoked' }, third, gone, { ...inactive, state: 'revoked' }]);
    expect(revokedUnasked(before, after, [revoke(asked)]).map((token) => token.id)).toEqual(['105']);
    expect(revokedUnasked(before, byKey([{ ...asked, state: 'revoked' }, other, third, gone]), [revoke(asked)])).toEqual([]);
    // An administrator's change the plan asked for (the checklist) is not a stray, whatever its via.
    expect(revokedUnasked(before, after, [revoke(asked), { ...revoke(other), via: 'admin' }])).toEqual([]);
    // A token first seen after the run is not one the run could have revoked.
    expect(revokedUnasked(byKey([asked]), after, [revoke(asked)])).toEqual([]);
  });

  it('are named in the failed revoke\'s detail, one or several, without pairing them up when several revokes left their token live', () => {
    expect(misdirectedRevokeDetail(asked, [other], 1)).toBe('NetSuite accepted the revoke request, yet token 102 is still active, and token 105 (Test token - jdoe), which this run did not ask to change, is revoked now (unless someone revoked it meanwhile): the credentials this entry gives are most likely that token’s, not token 102’s. Give the entry token 102’s own credentials before the next apply; a revoked token cannot be restored, so its integration needs a new token.');
    expect(misdirectedRevokeDetail(asked, [other, third], 2)).toBe('NetSuite accepted the revoke request, yet token 102 is still active, and token 105 (Test token - jdoe) and token 106 (Another), which this run did not ask to change, are revoked now (unless someone revoked them meanwhile): the credentials of this entry, or of another of the 2 revokes that left their token live, are most likely those tokens’. Give the entry token 102’s own credentials before the next apply; a revoked token cannot be restored, so their integrations need new tokens.');
  });
});
