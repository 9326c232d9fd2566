import { resolve } from 'node:path';
import type { Io } from './support/io.js';
import type { LoadedConfigFile } from './config/load-config.js';
import { buildDesiredState, type BuiltDesiredState } from './config/desired-state.js';
import { createNetSuiteClient, type NetSuiteClient } from './netsuite/client.js';
import type { TransportEvent } from './netsuite/transport.js';
import type { ReconcileContext } from './reconcile.js';
import { historyFrom, type StatusFile } from './domain/status.js';
import type { History } from './domain/plan.js';
import { readStatus, statusPathFor } from './status-store.js';
import { progressFor } from './support/progress.js';
import { maskVariables } from './github/actions-runtime.js';

/**
 * The one place where adapters are chosen and connected, shared by the CLI and the GitHub Action:
 * a loaded desired-state file becomes a desired state, its history, and a reconcile context talking
 * to the account's NetSuite.
 */
export interface AccountRun {
  readonly file: LoadedConfigFile;
  readonly statusPath: string;
  readonly built: BuiltDesiredState;
  /** The status file the previous run wrote, or null. */
  readonly previousStatus: StatusFile | null;
  readonly history: History;
  readonly client: NetSuiteClient;
  readonly context: ReconcileContext;
}

export async function prepareAccountRun(file: LoadedConfigFile, io: Io): Promise<AccountRun> {
  maskCredentials(file, io);
  const statusPath = statusPathFor(resolve(io.cwd, file.file));
  const built = buildDesiredState(file, io.env);
  const previousStatus = await readStatus(statusPath);
  const client = connectNetSuite(file.config.account, io);
  return { file, statusPath, built, previousStatus, history: historyFrom(previousStatus), client, context: contextFor(client, io) };
}

export function connectNetSuite(account: string, io: Io): NetSuiteClient {
  return createNetSuiteClient({
    account,
    env: io.env,
    fetch: io.fetch,
    clock: io.clock,
    signal: io.signal,
    ...(io.debug ? { onEvent: (event: TransportEvent) => { io.stderr.write(`debug: ${describeEvent(event)}\n`); } } : {}),
  });
}

export function contextFor(client: NetSuiteClient, io: Io): ReconcileContext {
  return {
    directory: client.directory,
    revoker: client.revoker,
    clock: io.clock,
    signal: io.signal,
    uiOrigin: client.endpoints.ui,
    progress: progressFor(io),
  };
}

/**
 * In GitHub Actions, asks the runner to hide every credential value this run can see — the operator's
 * own and each referenced by the file — before anything else is printed.
 */
function maskCredentials(file: LoadedConfigFile, io: Io): void {
  const referenced: string[] = [];
  for (const entry of file.config.tokens) {
    const refs = entry.credentials;
    if (refs !== undefined) referenced.push(...[refs.consumerKey, refs.consumerSecret, refs.tokenId, refs.tokenSecret].map((reference) => reference.slice('env:'.length)));
  }
  maskVariables(io.env, [...OPERATOR_SECRET_VARIABLES, ...referenced], (text) => { io.stdout.write(text); });
}

const OPERATOR_SECRET_VARIABLES = ['NETSUITE_CONSUMER_KEY', 'NETSUITE_CONSUMER_SECRET', 'NETSUITE_TOKEN_ID', 'NETSUITE_TOKEN_SECRET', 'GITHUB_TOKEN'];

/** The CI run's URL, when running in GitHub Actions. */
export function runUrlFrom(env: Io['env']): string | null {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}

function describeEvent(event: TransportEvent): string {
  switch (event.kind) {
    case 'retry':
      return `retry ${event.endpoint} after attempt ${event.attempt} (${event.reason}${event.status === null ? '' : `, HTTP ${event.status}`}${event.errorCode === null ? '' : ` ${event.errorCode}`}), waiting ${event.waitMs} ms`;
    case 'response':
      return `${event.endpoint} → HTTP ${event.status} (attempt ${event.attempt})`;
  }
}
