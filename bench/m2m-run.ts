import { buildDesiredState } from '../src/config/desired-state.js';
import { loadConfigText } from '../src/config/load-config-text.js';
import { EMPTY_HISTORY } from '../src/domain/plan.js';
import type { EmulatorM2MCredentials, EmulatorOrigins } from '../src/emulator/index.js';
import { createNetSuiteClient } from '../src/netsuite/client.js';
import { TOKEN_PATH } from '../src/netsuite/m2m-authorizer.js';
import type { Environment } from '../src/ports.js';
import { observeAndPlan, type AccountPorts } from '../src/reconcile.js';
import { operatorEnv, type SigningToken } from './account.js';
import { pagesOf, type ObservationPages } from './lower-bound.js';
import { meteredExchange } from './metered-exchange.js';

/** A `NETSUITE_CREDENTIALS` bundle (SPEC §10) for a seeded mapping's current certificate. Holds a private key. */
export function m2mBundle(account: string, mapping: EmulatorM2MCredentials): string {
  const current = mapping.current;
  if (current === null || current.privateKeyPem === null) throw new Error(`The seeded mapping ${mapping.mapping} has no active certificate with a key.`);
  return JSON.stringify({
    kind: 'netsuite-m2m',
    version: 1,
    accountId: account,
    clientId: mapping.clientId,
    certificateId: current.certificateId,
    algorithm: current.algorithm,
    privateKey: current.privateKeyPem,
    validUntil: current.validUntil,
  });
}

/**
 * A desired-state file declaring `declared` mappings active (tokens left unmanaged), each with its own
 * bundle in an environment variable, and the environment in which the operator signs in as `operator`.
 */
export function mappingsFile(account: string, origins: EmulatorOrigins, operator: Operator, declared: readonly EmulatorM2MCredentials[], concurrency: number): { readonly text: string; readonly env: Environment } {
  const env: Record<string, string | undefined> = isTba(operator)
    ? { ...operatorEnv(origins, operator, concurrency) }
    : {
        NETSUITE_REST_URL: origins.rest,
        NETSUITE_RESTLETS_URL: origins.restlets,
        NETSUITE_UI_URL: origins.system,
        NETSUITE_CREDENTIALS: m2mBundle(account, operator),
        NETSUITE_CONCURRENCY: String(concurrency),
      };
  const lines = ['version: 1', `account: "${account}"`, 'policy:', '  unmanaged: ignore', 'tokens: []'];
  if (declared.length > 0) lines.push('certificates:');
  declared.forEach((mapping, index) => {
    lines.push(...mappingEntry(account, mapping, index, env));
  });
  return { text: `${lines.join('\n')}\n`, env };
}

/**
 * One declared mapping's lines (active, owned, its bundle in `M2M_<n>` of `env`), for the generated
 * desired-state files of the M2M and rotation benchmarks.
 */
export function mappingEntry(account: string, mapping: EmulatorM2MCredentials, index: number, env: Record<string, string | undefined>): string[] {
  const variable = `M2M_${String(index + 1).padStart(6, '0')}`;
  env[variable] = m2mBundle(account, mapping);
  return [
    `  - mapping: ${mapping.mapping}`,
    `    clientId: "${mapping.clientId}"`,
    `    entity: "${mapping.entityId}"`,
    `    role: "${mapping.roleId}"`,
    '    state: active',
    '    owner: "@acme/integrations"',
    `    credentials: env:${variable}`,
  ];
}

/** Who the operator signs in as: a seeded M2M mapping's current certificate, or a TBA token for comparison. */
export type Operator = EmulatorM2MCredentials | SigningToken;

function isTba(operator: Operator): operator is SigningToken {
  return 'tokenSecret' in operator;
}

/** One `plan` signed in with M2M (or TBA, to compare), without the CLI around it: sign in, observe tokens and mappings, plan. */
export interface M2MPlanSample {
  readonly wallMs: number;
  readonly requests: number;
  readonly tokenExchanges: number;
  readonly certificateLists: number;
  readonly pages: ObservationPages;
  readonly mappingsObserved: number;
  readonly roundTripMs: number;
}

export async function planWithM2M(options: {
  readonly origins: EmulatorOrigins;
  readonly account: string;
  readonly operator: Operator;
  readonly declared: readonly EmulatorM2MCredentials[];
  readonly concurrency: number;
}): Promise<M2MPlanSample> {
  const file = mappingsFile(options.account, options.origins, options.operator, options.declared, options.concurrency);
  const loaded = loadConfigText(file.text, 'netsuite-tokens.yaml');
  if (!loaded.ok) throw new Error(`The generated desired-state file is invalid: ${loaded.problems.map((problem) => problem.message).join(' ')}`);
  const built = buildDesiredState(loaded.loaded, file.env);
  const metered = meteredExchange();
  const client = createNetSuiteClient({ account: options.account, env: file.env, exchange: metered.exchange, clock: { now: () => new Date() } });
  const ports: Omit<AccountPorts, 'status' | 'rotation'> = {
    directory: client.directory,
    certificates: client.certificates,
    executor: client.executor,
    clock: { now: () => new Date() },
    signal: new AbortController().signal,
    uiOrigin: client.endpoints.ui,
  };
  const started = performance.now();
  const planned = await observeAndPlan(ports, { desired: built.state, credentials: built.credentials }, EMPTY_HISTORY, { allowOverLimit: false });
  const wallMs = performance.now() - started;
  const requests = metered.requests();
  const tokenExchanges = metered.requestsTo(TOKEN_PATH);
  return {
    wallMs,
    requests,
    tokenExchanges,
    // Mappings of one integration share its client id, and so the path of their certificate list.
    certificateLists: [...new Set(options.declared.map((mapping) => new URL(mapping.certificatesUrl).pathname))].reduce((sum, path) => sum + metered.requestsTo(path), 0),
    pages: pagesOf(planned.observation),
    mappingsObserved: planned.observation.certificates.filter((mapping) => mapping.observation.status === 'observed').length,
    roundTripMs: metered.meanRoundTripMs(),
  };
}
