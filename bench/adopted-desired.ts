import type { DesiredState } from '../src/domain/desired.js';
import type { TokenState } from '../src/domain/kinds/tba-token/token.js';
import type { EmulatorSeed } from '../src/emulator/index.js';

const DAY_MS = 86_400_000;

/**
 * The desired state of an account already adopted by `netsuite-tokens import`: every token declared by
 * id in the state NetSuite shows, with the example file's policies. Planning it yields no changes but
 * the rotation and unused-token findings of a real account.
 */
export function adoptedDesiredState(seed: EmulatorSeed): DesiredState {
  return {
    account: seed.account,
    policy: { unmanaged: 'report', maxAgeMs: 365 * DAY_MS, unusedForMs: 90 * DAY_MS, maxChangesPerRun: 10 },
    tokens: seed.tokens.map((token, index) => ({
      key: `/tokens/${index}`,
      selector: { id: token.id, name: null, application: null, user: null, role: null },
      state: stateOf(token.revoked === true, token.inactive === true),
      owner: null,
      protect: false,
      maxAgeMs: null,
      credentials: { status: 'none' },
      isOperator: false,
      source: null,
    })),
    certificates: [],
  };
}

function stateOf(revoked: boolean, inactive: boolean): TokenState {
  if (revoked) return 'revoked';
  return inactive ? 'inactive' : 'active';
}
