import { buildDesiredState } from '../src/config/desired-state.js';
import { loadConfigText } from '../src/config/load-config-text.js';
import { EMPTY_HISTORY } from '../src/domain/plan.js';
import type { ChangeResult } from '../src/domain/report.js';
import { createNetSuiteClient } from '../src/netsuite/client.js';
import type { RetryPolicy, TransportEvent } from '../src/netsuite/transport.js';
import type { Environment } from '../src/ports.js';
import { applyPlan, observeAndPlan, type AccountPorts } from '../src/reconcile.js';
import type { EmulatorOrigins } from '../src/emulator/index.js';
import { operatorEnv, type SigningToken } from './account.js';
import { pagesOf, type ObservationPages } from './lower-bound.js';
import { meteredExchange } from './metered-exchange.js';

/**
 * A desired-state file that declares the operator's own token (protected) and `targets` revoked, each
 * with env: references to its credentials, and the environment those references resolve in. It goes
 * through the real loader and buildDesiredState, as `apply` would read it.
 */
export function revocationFile(account: string, operator: SigningToken, targets: readonly SigningToken[], origins: EmulatorOrigins, concurrency: number): { readonly text: string; readonly env: Environment } {
  const env: Record<string, string | undefined> = { ...operatorEnv(origins, operator, concurrency) };
  const lines = [
    'version: 1',
    `account: "${account}"`,
    'policy:',
    '  unmanaged: ignore',
    `  maxChangesPerRun: ${targets.length}`,
    'tokens:',
    `  - id: "${operator.id}"`,
    '    state: active',
    '    protect: true',
    '    owner: "@acme/platform"',
    ...credentialLines('NETSUITE'),
  ];
  for (const target of targets) {
    const prefix = `RETIRED_${target.id}`;
    env[`${prefix}_CONSUMER_KEY`] = target.consumerKey;
    env[`${prefix}_CONSUMER_SECRET`] = target.consumerSecret;
    env[`${prefix}_TOKEN_ID`] = target.tokenId;
    env[`${prefix}_TOKEN_SECRET`] = target.tokenSecret;
    lines.push(`  - id: "${target.id}"`, '    state: revoked', '    owner: "@acme/integrations"', ...credentialLines(prefix));
  }
  return { text: `${lines.join('\n')}\n`, env };
}

function credentialLines(prefix: string): string[] {
  return [
    '    credentials:',
    `      consumerKey: env:${prefix}_CONSUMER_KEY`,
    `      consumerSecret: env:${prefix}_CONSUMER_SECRET`,
    `      tokenId: env:${prefix}_TOKEN_ID`,
    `      tokenSecret: env:${prefix}_TOKEN_SECRET`,
  ];
}

/** One `apply` without the CLI around it: observe, plan, revoke, observe again to verify. */
export interface ApplySample {
  readonly wallMs: number;
  readonly planMs: number;
  readonly requests: number;
  readonly revokeRequests: number;
  readonly pages: ObservationPages;
  /** Changes the verification shows done, and all changes of the plan. */
  readonly done: number;
  readonly changes: number;
  readonly retries: readonly TransportEvent[];
}

export async function applyOnce(options: {
  readonly origins: EmulatorOrigins;
  readonly account: string;
  readonly operator: SigningToken;
  readonly targets: readonly SigningToken[];
  readonly concurrency: number;
  readonly retryPolicy?: Partial<RetryPolicy>;
}): Promise<ApplySample> {
  const file = revocationFile(options.account, options.operator, options.targets, options.origins, options.concurrency);
  const loaded = loadConfigText(file.text, 'netsuite-tokens.yaml');
  if (!loaded.ok) throw new Error(`The generated desired-state file is invalid: ${loaded.problems.map((problem) => problem.message).join(' ')}`);
  const built = buildDesiredState(loaded.loaded, file.env);
  const metered = meteredExchange();
  const retries: TransportEvent[] = [];
  const client = createNetSuiteClient({
    account: options.account,
    env: file.env,
    exchange: metered.exchange,
    clock: { now: () => new Date() },
    onEvent: (event) => { if (event.kind === 'retry') retries.push(event); },
    ...(options.retryPolicy === undefined ? {} : { retryPolicy: options.retryPolicy }),
  });
  let revokeRequests = 0;
  const context: Omit<AccountPorts, 'status' | 'rotation'> = {
    directory: client.directory,
    certificates: client.certificates,
    executor: {
      revokeToken: async (credentials) => { revokeRequests += 1; await client.executor.revokeToken(credentials); },
      revokeCertificate: (credentials, certificateId) => client.executor.revokeCertificate(credentials, certificateId),
      uploadCertificate: (credentials, upload) => client.executor.uploadCertificate(credentials, upload),
    },
    clock: { now: () => new Date() },
    signal: new AbortController().signal,
    uiOrigin: client.endpoints.ui,
  };
  const started = performance.now();
  const planned = await observeAndPlan(context, { desired: built.state, credentials: built.credentials }, EMPTY_HISTORY, { allowOverLimit: false });
  const planMs = performance.now() - started;
  const applied = await applyPlan(context, planned, built.credentials, null);
  const wallMs = performance.now() - started;
  return {
    wallMs,
    planMs,
    requests: metered.requests(),
    revokeRequests,
    pages: pagesOf(planned.observation),
    done: applied.report.results.filter((result: ChangeResult) => result.outcome === 'done').length,
    changes: applied.report.results.length,
    retries,
  };
}
