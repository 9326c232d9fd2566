import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchOf, type Io } from '../support/io.js';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS } from './command-specs.js';
import { RuntimeFailure } from '../support/errors.js';
import { reportFailure } from '../support/report-failure.js';
import { applyCommand } from './apply.js';
import { planCommand } from './plan.js';
import { DEMO_OPERATOR_TOKEN, seededBundle } from './emulator.js';
import { startEmulator, loadSeedFile, type RunningEmulator } from '../emulator/index.js';
import type { EmulatorSeed } from '../emulator/seed.js';
import { packageRoot } from '../support/package-root.js';
import type { Environment } from '../ports.js';

/**
 * `netsuite-tokens demo` (what `npm start` runs): the whole loop against the embedded emulator, with
 * the example desired-state file in a temporary directory — validate, plan, apply, the administrator's
 * checklist, the administrator doing it, and the next run verifying it. No account, no network. The
 * emulator serves REST, RESTlets and the UI on three origins, as NetSuite does; the temporary
 * directory is removed at the end, however the tour ends.
 */
export async function demoCommand(args: readonly string[], io: Io): Promise<number> {
  parseCommandArgs(COMMAND_SPECS.demo, args);
  const root = packageRoot();
  const seed = await loadSeedFile(join(root, 'examples', 'demo-seed.yaml'));
  const workdir = await mkdtemp(join(tmpdir(), 'netsuite-tokens-demo-'));
  try {
    await copyFile(join(root, 'examples', 'netsuite-tokens.yaml'), join(workdir, 'netsuite-tokens.yaml'));
    await mkdir(join(workdir, 'certificates'));
    await copyFile(join(root, 'examples', 'certificate-rotation.yaml'), join(workdir, 'certificates', 'netsuite-tokens.yaml'));
    return await tour(io, seed, workdir);
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}

async function tour(io: Io, seed: EmulatorSeed, workdir: string): Promise<number> {
  const emulator = await startEmulator({ seed, origins: 'split', now: () => io.clock.now() });
  try {
    // The tour changes only the emulator, so apply does not stop to ask.
    const demoIo: Io = { ...io, cwd: workdir, env: demoEnvironment(io.env, seed, emulator), ask: null };
    const say = (text: string): void => { io.stdout.write(`\n${bold(`▶ ${text}`, io.color)}\n\n`); };

    say(`A local NetSuite emulator (NOT NetSuite) is listening on ${emulator.origins.rest} (REST), ${emulator.origins.restlets} (RESTlets) and ${emulator.origins.system} (UI) with account ${seed.account}.`);
    io.stdout.write(`The desired state is ${join(workdir, 'netsuite-tokens.yaml')} (a copy of examples/netsuite-tokens.yaml).\n`);

    say('1. Validate the desired-state file');
    // Imported as the CLI imports it, so the bundle keeps validate's code in one chunk (issue 18).
    await step((await import('./validate.js')).validateCommand, demoIo);

    say('2. Plan: compare it with what NetSuite shows (nothing changes yet)');
    await step(planCommand, demoIo);

    say('3. Apply: revoke what the API allows, hand the rest to an administrator, verify, record');
    await step(applyCommand, demoIo);

    say('4. The administrator works through the checklist in the NetSuite UI (played by the emulator)');
    for (const item of ADMINISTRATOR_WORK) {
      await control(emulator, io, item.path, item.body);
      io.stdout.write(`   ${item.description}\n`);
    }

    say('5. Apply again: the checklist is verified against NetSuite, and nothing is done twice');
    await step(applyCommand, demoIo);

    say('6. The status file — what reviewers read in the results pull request');
    const status = await readFile(join(workdir, 'netsuite-tokens.status.yaml'), 'utf8');
    io.stdout.write(status.split('\n').slice(0, 40).join('\n'));
    io.stdout.write('\n…\n');

    const certificates = join(workdir, 'certificates', 'netsuite-tokens.yaml');
    io.stdout.write(`\nThe certificates' desired state is ${certificates} (a copy of examples/certificate-rotation.yaml).\n`);
    say('7. Plan a certificate rotation: Expense Sync\'s M2M certificate expires in 45 days, within renewBefore');
    await step(planCommand, demoIo, ['--config', certificates]);

    say('8. Apply: a new key and certificate, uploaded with the mapping\'s own token, verified, delivered to a file, the old one revoked');
    await step(applyCommand, demoIo, ['--config', certificates]);
    const delivered = join(workdir, 'certificates', 'secrets', 'expense-sync.json');
    const bundle = await readFile(delivered, 'utf8');
    io.stdout.write(`   ${delivered} now holds the new bundle (mode 0600): ${describeBundle(bundle)}.\n`);

    say('9. Expense Sync reads the delivered bundle; apply again: nothing left to do');
    await step(applyCommand, { ...demoIo, env: { ...demoIo.env, EXPENSE_SYNC_M2M: bundle } }, ['--config', certificates]);
    say('Done; the temporary directory is removed. To try it yourself, "netsuite-tokens emulator" prints the lines to paste into your shell (add --bundles DIR for the certificate mappings\' bundles).');
    return 0;
  } finally {
    await emulator.close();
  }
}

/** What the administrator does in the UI for the demo's checklist: revoke one token, inactivate another. */
const ADMINISTRATOR_WORK = [
  { path: '/tokens/4714/revoke', body: {}, description: 'Revoked token 4714 (Salesforce Connector) on its edit page.' },
  { path: '/tokens/4715/inactive', body: { inactive: true }, description: 'Checked Inactive on token 4715 (Shopify Orders) and saved.' },
] as const;

/**
 * Runs one command as the CLI would, reporting its failure the same way; anything but exit 0 stops the
 * tour. Ctrl-C is not the step's failure: it goes up as it came, for the CLI to say once.
 */
async function step(command: (args: readonly string[], io: Io) => Promise<number>, io: Io, args: readonly string[] = []): Promise<void> {
  const code = await command(args, io).catch((error: unknown) => {
    if (io.signal.aborted) throw error;
    return reportFailure(error, io, io.debug);
  });
  if (io.signal.aborted) throw new RuntimeFailure('Interrupted.');
  if (code !== 0) throw new RuntimeFailure(`The demo stopped: a step exited with ${code}.`, { hint: 'The output above says why; please report it.' });
}

async function control(emulator: RunningEmulator, io: Io, path: string, body: object): Promise<void> {
  const response = await fetchOf(io)(`${emulator.controlUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new RuntimeFailure(`The emulator's control endpoint refused ${path} (HTTP ${response.status}).`);
}

/**
 * The demo's environment: endpoints pointing at the emulator, the operator's own token (4712), and
 * the retired Celigo token's credentials (4713) so it can revoke itself — all fake values from the seed.
 */
function demoEnvironment(base: Environment, seed: EmulatorSeed, emulator: RunningEmulator): Environment {
  const { rest, restlets, system } = emulator.origins;
  const env: Record<string, string | undefined> = { ...base, NETSUITE_REST_URL: rest, NETSUITE_RESTLETS_URL: restlets, NETSUITE_UI_URL: system };
  Object.assign(env, credentialsOf(seed, DEMO_OPERATOR_TOKEN, 'NETSUITE'), credentialsOf(seed, '4713', 'CELIGO'));
  env['EXPENSE_SYNC_M2M'] = m2mBundleOf(emulator, 'expense-sync');
  return env;
}

/** The current bundle of a seeded mapping, as its consumer would hold it (the emulator generated its key). */
function m2mBundleOf(emulator: RunningEmulator, mapping: string): string {
  const bundle = seededBundle(emulator, mapping);
  if (bundle === null) throw new RuntimeFailure(`The demo seed has no usable certificate for ${mapping}.`, { hint: 'Restore examples/demo-seed.yaml from git.' });
  return bundle;
}

/** What may be shown of a bundle (SPEC §12.3): never the key. */
function describeBundle(text: string): string {
  const bundle = JSON.parse(text) as Record<string, unknown>;
  const shown = ['kind', 'accountId', 'clientId', 'certificateId', 'algorithm', 'validUntil'].map((field) => `${field} ${String(bundle[field])}`);
  return `${shown.join(', ')}, and its private key`;
}

function credentialsOf(seed: EmulatorSeed, tokenId: string, prefix: string): Record<string, string> {
  const token = seed.tokens.find((candidate) => candidate.id === tokenId);
  const integration = seed.integrations.find((candidate) => candidate.id === token?.integration);
  if (token?.tokenId === undefined || token.tokenSecret === undefined || integration === undefined) {
    throw new RuntimeFailure(`The demo seed has no credentials for token ${tokenId}.`, { hint: 'Restore examples/demo-seed.yaml from git.' });
  }
  return {
    [`${prefix}_CONSUMER_KEY`]: integration.consumerKey,
    [`${prefix}_CONSUMER_SECRET`]: integration.consumerSecret,
    [`${prefix}_TOKEN_ID`]: token.tokenId,
    [`${prefix}_TOKEN_SECRET`]: token.tokenSecret,
  };
}

function bold(text: string, color: boolean): string {
  return color ? `\u001b[1m${text}\u001b[0m` : text;
}
