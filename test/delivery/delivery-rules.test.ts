import { describe, expect, it } from 'vitest';
import { clientRequestToken } from '../../src/delivery/client-request-token.js';
import { gitHubSecretNameProblem } from '../../src/delivery/github-secret-name.js';
import { buildDesiredState } from '../../src/config/desired-state.js';
import { loadConfigText } from '../../src/config/load-config-text.js';

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
  it('travels with the target: a file target at its path:, the others at their item in deliver, for tokens and mappings alike', () => {
    const text = [
      'version: 1',
      'account: "1234567"',
      'tokens:',
      '  - id: "101"',
      '    state: active',
      '    deliver:',
      '      - github: { secret: NETSUITE_TBA }',
      'certificates:',
      '  - mapping: expense-sync',
      '    clientId: "7e2a4c90"',
      '    entity: "309"',
      '    role: "1008"',
      '    state: active',
      '    deliver:',
      '      - aws: { secretId: netsuite/expense-sync }',
      '      - file:',
      '          path: secrets/expense-sync.json',
      '',
    ].join('\n');
    const loaded = loadConfigText(text, 'n.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const { state } = buildDesiredState(loaded.loaded, {});
    expect(state.tokens[0]?.deliver?.map((target) => target.source)).toEqual([{ file: 'n.yaml', line: 7, column: 9, pointer: '/tokens/0/deliver/0' }]);
    expect(state.certificates[0]?.deliver.map((target) => target.source)).toEqual([
      { file: 'n.yaml', line: 15, column: 9, pointer: '/certificates/0/deliver/0' },
      { file: 'n.yaml', line: 17, column: 17, pointer: '/certificates/0/deliver/1/file/path' },
    ]);
  });
});
