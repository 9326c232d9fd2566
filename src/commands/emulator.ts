import { lstat, mkdir, mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Io } from '../support/io.js';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS, DEFAULT_EMULATOR_PORT } from './command-specs.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { RuntimeFailure, UsageError } from '../support/errors.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../emulator/index.js';
import type { EmulatorSeed, SeedToken } from '../emulator/seed.js';
import { visibleText } from '../domain/markdown.js';
import { packageRoot } from '../support/package-root.js';

/** The demo seed's operator token (examples/demo-seed.yaml): the token the demo's file protects as the operator's own. */
export const DEMO_OPERATOR_TOKEN = '4712';

/**
 * `netsuite-tokens emulator [--seed FILE] [--port N] [--operator-token ID] [--tls [--tls-ca-file FILE]]`:
 * runs the local NetSuite emulator on 127.0.0.1 until SIGINT or SIGTERM, with REST, RESTlets and the UI
 * on three origins as NetSuite has them, on fixed ports by default (so the export lines stay valid
 * from one start to the next). Without --seed it serves the demo account (examples/demo-seed.yaml).
 * It prints `export` lines to paste: the origins and the operator's credentials, which are the seed's
 * own fake values and labelled so. With --tls it serves HTTPS under a certificate authority made at
 * start, whose certificate (public) is written to a file for clients to trust; its private keys stay in memory.
 * With --bundles it writes each certificate mapping's bundle (SPEC §12.3; keys made at start, all fake)
 * to a directory, so certificates can be tried by hand as the demo tries them, and removes them at stop.
 */
export async function emulatorCommand(args: readonly string[], io: Io): Promise<number> {
  const { flags } = parseCommandArgs(COMMAND_SPECS.emulator, args);
  const port = emulatorPort(flags.port);
  if (flags['tls-ca-file'] !== undefined && flags.tls !== true) {
    throw new UsageError('--tls-ca-file is only used with --tls.', { hint: 'Add --tls to serve HTTPS, or leave --tls-ca-file out.' });
  }
  const seedFile = flags.seed === undefined ? join(packageRoot(), 'examples', 'demo-seed.yaml') : resolve(io.cwd, flags.seed);
  const seed = await loadSeedFile(seedFile);
  const operator = operatorToken(seed, flags['operator-token'] ?? (flags.seed === undefined ? DEMO_OPERATOR_TOKEN : undefined));
  const emulator = await startEmulator({ seed, port, origins: 'split', tls: flags.tls === true, now: () => io.clock.now() }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      const taken = (error as { port?: unknown }).port;
      throw new RuntimeFailure(`Port ${typeof taken === 'number' ? taken : port} on 127.0.0.1 is already in use.`, {
        hint: `Choose another --port (the emulator uses it and the next two), or --port 0 to let the system pick free ones.`,
        cause: error,
      });
    }
    throw error;
  });
  let authority: WrittenAuthority | null = null;
  let bundles: WrittenBundles | null = null;
  try {
    authority = emulator.tls === null ? null : await writeAuthority(emulator.tls.authorityPem, flags['tls-ca-file'], io);
    bundles = flags.bundles === undefined ? null : await writeBundles(emulator, seed, resolve(io.cwd, flags.bundles));
    io.stdout.write(banner(emulator, seedFile, authority?.file ?? null, operator, bundles));
    await new Promise<void>((resolveStop) => {
      if (io.signal.aborted) resolveStop();
      else io.signal.addEventListener('abort', () => { resolveStop(); }, { once: true });
    });
  } finally {
    await emulator.close();
    // The authority's key died with the emulator: a certificate the emulator chose the place of goes with it.
    if (authority?.temporaryDirectory != null) await rm(authority.temporaryDirectory, { recursive: true, force: true });
    // So are the mappings' keys: a bundle left behind would only fail to sign in with the next emulator.
    if (bundles !== null) await removeBundles(bundles);
  }
  io.stdout.write('Emulator stopped.\n');
  return 0;
}

/** --port: a TCP port (REST; RESTlets and the UI take the next two), DEFAULT_EMULATOR_PORT when not given, 0 for free ones. */
export function emulatorPort(flag: string | undefined): number {
  if (flag === undefined) return DEFAULT_EMULATOR_PORT;
  const port = Number(flag);
  if (!/^\d{1,5}$/.test(flag) || port > 65_533) {
    throw new UsageError(`--port must be a TCP port number (0-65533), not "${flag.slice(0, 20)}".`, {
      hint: `REST listens on --port, RESTlets on the next port and the UI on the one after; leave --port out for ${DEFAULT_EMULATOR_PORT}, or give --port 0 to let the system pick free ports.`,
    });
  }
  return port;
}

/** What the export lines give the operator to sign in with: a seed token and its integration's keys (all fake). */
interface OperatorToken {
  readonly id: string;
  readonly name: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

/**
 * The token named by --operator-token (it must be able to sign), else the first in the seed that can:
 * active, its secrets in the seed, its integration enabled. Null when none can.
 */
export function operatorToken(seed: EmulatorSeed, wanted: string | undefined): OperatorToken | null {
  const usable = (token: SeedToken): OperatorToken | null => {
    const integration = seed.integrations.find((candidate) => candidate.id === token.integration);
    if (token.tokenId === undefined || token.tokenSecret === undefined || integration === undefined) return null;
    if (token.revoked === true || token.inactive === true || integration.state !== 'enabled') return null;
    return { id: token.id, name: token.name, consumerKey: integration.consumerKey, consumerSecret: integration.consumerSecret, tokenId: token.tokenId, tokenSecret: token.tokenSecret };
  };
  if (wanted === undefined) {
    for (const token of seed.tokens) {
      const found = usable(token);
      if (found !== null) return found;
    }
    return null;
  }
  const token = seed.tokens.find((candidate) => candidate.id === wanted);
  const found = token === undefined ? null : usable(token);
  if (found === null) {
    throw new UsageError(`--operator-token ${wanted.slice(0, 20)}: ${token === undefined ? 'the seed has no token with this id' : 'this token cannot sign (it needs tokenId and tokenSecret in the seed, must be active, and its integration enabled)'}.`, {
      hint: `Name a token of the seed that can sign, or leave --operator-token out to take the first one that can.`,
    });
  }
  return found;
}

/** Where the authority's certificate was written, and the temporary directory made for it when no --tls-ca-file was given. */
interface WrittenAuthority {
  readonly file: string;
  readonly temporaryDirectory: string | null;
}

/** Writes the certificate authority's PEM (public) where a client can be told to trust it. */
async function writeAuthority(pem: string, requested: string | undefined, io: Io): Promise<WrittenAuthority> {
  const temporaryDirectory = requested === undefined ? await mkdtemp(join(tmpdir(), 'netsuite-emulator-tls-')) : null;
  const file = temporaryDirectory === null ? resolve(io.cwd, requested ?? '') : join(temporaryDirectory, 'emulator-ca.pem');
  try {
    await writeFileAtomic(file, pem);
  } catch (error) {
    if (temporaryDirectory !== null) await rm(temporaryDirectory, { recursive: true, force: true });
    throw new RuntimeFailure(`Could not write the emulator's certificate to ${file}.`, { hint: 'Give --tls-ca-file a path in a directory you can write to.', cause: error });
  }
  return { file, temporaryDirectory };
}

/** The bundles written for --bundles, and the directory made for them (null when it was there already). */
interface WrittenBundles {
  readonly directory: string;
  readonly createdDirectory: string | null;
  readonly files: readonly { readonly mapping: string; readonly path: string }[];
  /** Mappings whose current certificate the emulator holds no key for (the seed gave only its PEM). */
  readonly keyless: readonly string[];
}

/** Each seeded mapping's current bundle to `directory`/<mapping>.json (mapping names are file-safe: the seed schema says so). */
async function writeBundles(emulator: RunningEmulator, seed: EmulatorSeed, directory: string): Promise<WrittenBundles> {
  const bundles = (seed.mappings ?? []).map(({ name }) => ({ mapping: name, path: join(directory, `${name}.json`), bundle: seededBundle(emulator, name) }));
  // What it writes it removes at stop: a file already there (a real bundle, say) is never written over.
  for (const { path, bundle } of bundles) {
    if (bundle !== null && (await lstat(path).then(() => true, () => false))) {
      throw new UsageError(`--bundles: ${path} exists already, and the emulator would write over it and remove it when it stops.`, { hint: 'Give --bundles a new or empty directory.' });
    }
  }
  let createdDirectory: string | null = null;
  const files: { mapping: string; path: string }[] = [];
  const keyless = bundles.filter(({ bundle }) => bundle === null).map(({ mapping }) => mapping);
  try {
    createdDirectory = (await mkdir(directory, { recursive: true })) ?? null;
    for (const { mapping, path, bundle } of bundles) {
      if (bundle === null) continue;
      await writeFileAtomic(path, bundle, { mode: 0o600 });
      files.push({ mapping, path });
    }
  } catch (error) {
    await removeBundles({ directory, createdDirectory, files, keyless });
    throw new RuntimeFailure(`Could not write the mappings' bundles to ${directory}.`, { hint: 'Give --bundles a directory you can write to.', cause: error });
  }
  return { directory, createdDirectory, files, keyless };
}

async function removeBundles(bundles: WrittenBundles): Promise<void> {
  await Promise.all(bundles.files.map(({ path }) => rm(path, { force: true })));
  // Only the directories it made, and only when nothing else was put in them meanwhile.
  for (let directory = bundles.directory; bundles.createdDirectory !== null && directory.startsWith(bundles.createdDirectory); directory = dirname(directory)) {
    if (!(await rmdir(directory).then(() => true, () => false))) break;
  }
}

/**
 * A seeded mapping's current credentials bundle (SPEC §12.3), as its consumer would hold it: the last
 * active certificate whose key the emulator made. Null when it holds none (or there is no such mapping).
 */
export function seededBundle(emulator: RunningEmulator, mapping: string): string | null {
  const credentials = emulator.m2mCredentials(mapping);
  const current = credentials?.current;
  if (credentials === undefined || current === null || current === undefined || current.privateKeyPem === null) return null;
  return JSON.stringify({ kind: 'netsuite-m2m', version: 1, accountId: emulator.accountId, clientId: credentials.clientId, certificateId: current.certificateId, algorithm: current.algorithm, privateKey: current.privateKeyPem, validUntil: current.validUntil });
}

function banner(emulator: RunningEmulator, seedFile: string, authorityFile: string | null, operator: OperatorToken | null, bundles: WrittenBundles | null): string {
  const { rest, restlets, system } = emulator.origins;
  const lines = [
    'NetSuite EMULATOR — a local stand-in for testing. This is NOT NetSuite.',
    `  account   ${emulator.accountId} (seed: ${seedFile})`,
    `  REST      ${rest}/services/rest/query/v1/suiteql`,
    `  RESTlets  ${restlets}/rest/revoketoken`,
    `  UI        ${system}/app/setup/accesstoken.nl?id=<id>`,
    `  control   ${emulator.controlUrl}/   (not NetSuite: plays the administrator)`,
  ];
  if (emulator.tls !== null && authorityFile !== null) {
    lines.push(
      `  TLS       certificate authority made at start: ${authorityFile}`,
      `            SHA-256 ${emulator.tls.authorityFingerprint}`,
      `            trust it in the client, e.g. NODE_EXTRA_CA_CERTS=${authorityFile}; sign requests for https://`,
    );
  }
  lines.push(
    'Listening on 127.0.0.1 only. Point the operator at it: paste these lines into your shell.',
    `export ${authorityFile === null ? '' : `NODE_EXTRA_CA_CERTS=${shellWord(authorityFile)} `}NETSUITE_REST_URL=${rest} NETSUITE_RESTLETS_URL=${restlets} NETSUITE_UI_URL=${system}`,
  );
  if (operator === null) {
    lines.push('# No token in this seed can sign (tokenId and tokenSecret, active, integration enabled), so there are no credentials to export.');
  } else {
    lines.push(
      `# FAKE credentials, made up for this emulator (seed token ${operator.id}, "${visibleText(operator.name).slice(0, 60)}"): not NetSuite secrets. Never put real ones in a seed.`,
      `export NETSUITE_CONSUMER_KEY=${shellWord(operator.consumerKey)}`,
      `export NETSUITE_CONSUMER_SECRET=${shellWord(operator.consumerSecret)}`,
      `export NETSUITE_TOKEN_ID=${shellWord(operator.tokenId)}`,
      `export NETSUITE_TOKEN_SECRET=${shellWord(operator.tokenSecret)}`,
    );
  }
  if (bundles !== null) lines.push(...bundleLines(bundles, operator !== null));
  lines.push('Press Ctrl-C to stop.', '');
  return lines.join('\n');
}

/** What --bundles wrote, commented out: pasting every line keeps the token sign-in above. */
function bundleLines(bundles: WrittenBundles, tokenExported: boolean): string[] {
  if (bundles.files.length === 0) {
    return [`# --bundles: no mapping of this seed has a key the emulator made, so ${shellWord(bundles.directory)} holds no bundle.`];
  }
  const first = bundles.files[0]?.path ?? '';
  return [
    `# FAKE certificate bundles, one per mapping (keys made at start, deleted at stop), mode 0600 in ${shellWord(bundles.directory)}:`,
    ...bundles.files.map(({ mapping, path }) => `#   ${mapping}: ${shellWord(path)}`),
    ...bundles.keyless.map((mapping) => `#   ${mapping}: none (the seed gave its certificate without a key)`),
    `# To sign the operator in with a mapping's certificate instead${tokenExported ? ' of the token above' : ''}:`,
    ...(tokenExported ? ['#   unset NETSUITE_CONSUMER_KEY NETSUITE_CONSUMER_SECRET NETSUITE_TOKEN_ID NETSUITE_TOKEN_SECRET'] : []),
    `#   export NETSUITE_CREDENTIALS="$(cat ${shellWord(first)})"   (the bundle of the mapping the operator acts as)`,
  ];
}

/** A value as one word for sh/bash/zsh: as it is when plain, else single-quoted. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9._:/@%+=-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
