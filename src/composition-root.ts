import { appendFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { LoadedConfigFile } from './config/load-config.js';
import type { OperatorEntry } from './config/desired-file.js';
import { buildDesiredState, type BuiltDesiredState } from './config/desired-state.js';
import { createNetSuiteClient, type NetSuiteClient } from './netsuite/client.js';
import { exchangeOverFetch } from './netsuite/http-exchange.js';
import { formatTimeout, type TransportEvent } from './netsuite/transport.js';
import type { AccountPorts, RotationAdapters } from './reconcile.js';
import type { BundleDelivery, ResultsPublisher, StatusRecord } from './ports.js';
import { readStatus, writeStatus } from './status/status-file.js';
import { statusPathFor } from './status/status-path.js';
import { progressFor } from './support/progress.js';
import { fetchOf, type Io } from './support/io.js';
import { actionsRuntimeFor, type ActionsRuntime } from './github/actions-runtime.js';
import { secretValues } from './secrets/secret-variables.js';

/**
 * The one place where adapters are chosen and connected, shared by the CLI and the GitHub Action:
 * the Actions runtime once per process, and per desired-state file its desired state, the NetSuite
 * client and the ports reconcile talks to.
 */

export function composeActionsRuntime(io: Io): ActionsRuntime {
  return actionsRuntimeFor({
    env: io.env,
    stdout: (text) => { io.stdout.write(text); },
    stderr: (text) => { io.stderr.write(text); },
    append: (path, text) => appendFile(path, text, 'utf8'),
  });
}

export interface AccountRun {
  readonly file: LoadedConfigFile;
  readonly built: BuiltDesiredState;
  readonly client: NetSuiteClient;
  readonly ports: AccountPorts;
}

/**
 * Everything one account's run needs, checked before any request: credentials resolve (exit 3 when a
 * bundle or the operator's variables are wrong) and in GitHub Actions every secret value is masked
 * before anything is printed. `progressLabel` names the account in its progress when there are several.
 */
export function composeAccount(file: LoadedConfigFile, io: Io, actions: ActionsRuntime, progressLabel: string | null = null): AccountRun {
  actions.mask(secretValues(io.env, [...file.config.tokens.map((entry) => entry.credentials), ...(file.config.certificates ?? []).map((entry) => entry.credentials), file.config.operator?.credentials]));
  const built = buildDesiredState(file, io.env);
  const client = connectNetSuite(file.config.account, io, file.config.operator);
  return {
    file,
    built,
    client,
    ports: {
      directory: client.directory,
      certificates: client.certificates,
      executor: client.executor,
      rotation: composeRotation({ configDirectory: dirname(resolve(io.cwd, file.file)), io, mask: (values) => { actions.mask(values); } }),
      status: statusFileFor(resolve(io.cwd, file.file), file.file),
      clock: io.clock,
      signal: io.signal,
      uiOrigin: client.endpoints.ui,
      progress: progressFor(io, progressLabel),
    },
  };
}

/** What certificate rotation needs: keys and certificates, delivery to the file's targets, masking of what is new. */
export function composeRotation(options: {
  readonly configDirectory: string;
  readonly io: Pick<Io, 'env' | 'fetch' | 'clock'>;
  readonly mask: (values: readonly string[]) => void;
}): RotationAdapters {
  // Loaded on first use: a run that rotates nothing (validate, plan, most applies) never loads the
  // certificate library, the delivery stores or their SDKs (issue #18).
  return {
    factory: { generate: async (request) => (await import('./secrets/certificate-generator.js')).generateCertificate(request) },
    delivery: lazyBundleDelivery(options.io, options.configDirectory),
    // Every new key and bundle is masked before it is used, each line of it (SPEC §12.3).
    mask: (secret) => { options.mask([secret.reveal()]); },
  };
}

/** The status file next to the desired-state file (SPEC §5); problems name it as the file was named (`shownConfigPath`), like the file's own. */
function statusFileFor(configPath: string, shownConfigPath: string): StatusRecord {
  const location = statusPathFor(configPath);
  // Read once until the next write: with several accounts every status file is checked before the first
  // request, and the account's run then uses what was read rather than parsing the file again.
  let reading: ReturnType<typeof readStatus> | null = null;
  return {
    location,
    read: () => (reading ??= readStatus(location, statusPathFor(shownConfigPath))),
    write: async (status) => {
      reading = null;
      await writeStatus(location, status);
    },
  };
}

/** `operator` is the file's own sign-in and endpoints (SPEC §14), which win over the NETSUITE_* variables. */
export function connectNetSuite(account: string, io: Io, operator: OperatorEntry = {}): NetSuiteClient {
  return createNetSuiteClient({
    account,
    env: io.env,
    operatorCredentials: operator.credentials ?? null,
    endpoints: operator.endpoints ?? {},
    ...(io.fetch === undefined ? {} : { exchange: exchangeOverFetch(io.fetch) }),
    clock: io.clock,
    signal: io.signal,
    onEvent: (event: TransportEvent) => {
      // A silent server is shown as it happens; the rest of the traffic only with --debug.
      if (event.kind === 'waiting') io.stderr.write(`${describeEvent(event)}\n`);
      else if (io.debug) io.stderr.write(`debug: ${describeEvent(event)}\n`);
    },
  });
}

/**
 * `apply --pull-request`: the status file goes to the results pull request and pending work to the
 * dashboard issue. The GitHub client and git load when it publishes, so no other command loads them.
 */
export function pullRequestPublisher(io: Io, account: AccountRun, actions: ActionsRuntime): ResultsPublisher {
  return {
    publish: async (report, statusFile) => {
      const { GitHubPublisher } = await import('./github/publisher.js');
      const publisher = new GitHubPublisher({
        env: io.env,
        fetch: fetchOf(io),
        repoDir: dirname(resolve(io.cwd, account.file.file)),
        account: account.file.config.account,
        uiOrigin: account.client.endpoints.ui,
        warn: (message) => { actions.warn(message); },
      });
      return publisher.publish(report, statusFile);
    },
  };
}

/** Where `rotate` delivers a new TBA bundle (SPEC §12.2): the same adapter certificate rotation uses; `file` paths are relative to the config's directory. */
export function composeBundleDelivery(io: Io, configDirectory: string): BundleDelivery {
  return lazyBundleDelivery(io, configDirectory);
}

/** The delivery adapter, loaded with the first target it is asked about. */
function lazyBundleDelivery(io: Pick<Io, 'env' | 'fetch' | 'clock'>, configDirectory: string): BundleDelivery {
  let adapter: Promise<BundleDelivery> | null = null;
  const load = (): Promise<BundleDelivery> => {
    adapter ??= import('./delivery/bundle-delivery.js').then(({ createBundleDelivery }) => createBundleDelivery({
      configDirectory,
      env: io.env,
      ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
      clock: io.clock,
    }));
    return adapter;
  };
  return {
    preflight: async (target) => { await (await load()).preflight(target); },
    checkNotCommitted: async (target) => { await (await load()).checkNotCommitted(target); },
    holdsValue: async (target) => (await load()).holdsValue(target),
    deliver: async (target, bundle, rotationId) => { await (await load()).deliver(target, bundle, rotationId); },
  };
}

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
    case 'waiting':
      return `Still waiting for ${event.endpoint}: no answer after ${event.waitedMs >= 1000 ? `${Math.round(event.waitedMs / 1000)}s` : `${event.waitedMs}ms`} (attempt ${event.attempt}; it is given up at ${formatTimeout(event.timeoutMs)}, which --timeout or NETSUITE_TIMEOUT changes).`;
  }
}
