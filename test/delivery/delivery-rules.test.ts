import { describe, expect, it } from 'vitest';
import { clientRequestToken } from '../../src/delivery/client-request-token.js';
import { gitHubSecretNameProblem } from '../../src/delivery/github-secret-name.js';
import { deliveryTargetSources } from '../../src/delivery/target-sources.js';
import type { DeliveryTarget, DesiredMapping, DesiredState } from '../../src/domain/desired.js';
import { DEFAULT_POLICY } from '../../src/domain/desired.js';

describe('the AWS request token of a rotation', () => {
  it('is the same for the same rotation, different for another, and UUID-shaped (version 8) within AWS\'s 32–64 characters', () => {
    const token = clientRequestToken('expense-sync 2026-05-01T00:00:00Z');
    expect(clientRequestToken('expense-sync 2026-05-01T00:00:00Z')).toBe(token);
    expect(clientRequestToken('expense-sync 2026-05-02T00:00:00Z')).not.toBe(token);
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('GitHub secret names', () => {
  it('accepts letters, digits and underscores not starting with a digit or GITHUB_', () => {
    expect(['A', '_', 'netsuite_bundle', 'X1', 'GITHUB', 'GITHUBS_X', 'MY_GITHUB_X'].map(gitHubSecretNameProblem)).toEqual(Array(7).fill(null));
    expect(['', '9A', 'GitHub_x', 'A-B', 'A.B', 'A B', 'Ä'].map((name) => gitHubSecretNameProblem(name) !== null)).toEqual(Array(7).fill(true));
  });
});

describe('where the file declares a target', () => {
  it('is the mapping\'s entry with the target\'s own pointer, found by identity', () => {
    const first: DeliveryTarget = { kind: 'file', path: 'a.json' };
    const second: DeliveryTarget = { kind: 'aws', secretId: 's', region: null };
    const mapping = { mapping: 'expense-sync', deliver: [first, second], source: { file: 'n.yaml', line: 7, column: 3, pointer: '/certificates/0' } } as unknown as DesiredMapping;
    const state: DesiredState = { account: '1', policy: DEFAULT_POLICY, tokens: [], certificates: [mapping] };
    const locate = deliveryTargetSources(state);
    expect(locate(second)).toEqual({ file: 'n.yaml', line: 7, column: 3, pointer: '/certificates/0/deliver/1' });
    expect(locate({ kind: 'file', path: 'a.json' })).toBeNull();
  });
});
