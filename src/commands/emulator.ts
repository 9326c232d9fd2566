import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Io } from '../support/io.js';
import { parseCommandArgs } from './command-args.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { RuntimeFailure, UsageError } from '../support/errors.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../emulator/index.js';
import { packageRoot } from '../support/package-root.js';

/**
 * `netsuite-tokens emulator [--seed FILE] [--port N] [--tls [--tls-ca-file FILE]]`: runs the local
 * NetSuite emulator on 127.0.0.1 until SIGINT or SIGTERM, with REST, RESTlets and the UI on three
 * origins as NetSuite has them. Without --seed it serves the demo account (examples/demo-seed.yaml).
 * With --tls it serves HTTPS under a certificate authority made at start, whose certificate (public)
 * is written to a file for clients to trust; its private keys stay in memory.
 */
export async function emulatorCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = parseCommandArgs('emulator', args, { seed: { type: 'string' }, port: { type: 'string' }, tls: { type: 'boolean' }, 'tls-ca-file': { type: 'string' } });
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!/^\d{1,5}$/.test(flags.port ?? '0') || port > 65_533) {
    throw new UsageError(`--port must be a TCP port number (0-65533), not "${flags.port ?? ''}".`, {
      hint: 'REST listens on --port, RESTlets on the next port and the UI on the one after; leave --port out to let the system pick free ports.',
    });
  }
  if (flags['tls-ca-file'] !== undefined && flags.tls !== true) {
    throw new UsageError('--tls-ca-file is only used with --tls.', { hint: 'Add --tls to serve HTTPS, or leave --tls-ca-file out.' });
  }
  const seedFile = flags.seed === undefined ? join(packageRoot(), 'examples', 'demo-seed.yaml') : resolve(io.cwd, flags.seed);
  const seed = await loadSeedFile(seedFile);
  const emulator = await startEmulator({ seed, port, origins: 'split', tls: flags.tls === true, now: () => io.clock.now() }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      const taken = (error as { port?: unknown }).port;
      throw new RuntimeFailure(`Port ${typeof taken === 'number' ? taken : port} on 127.0.0.1 is already in use.`, {
        hint: 'Choose another --port (the emulator uses it and the next two), or leave --port out to let the system pick free ones.',
        cause: error,
      });
    }
    throw error;
  });
  try {
    const authorityFile = emulator.tls === null ? null : await writeAuthority(emulator.tls.authorityPem, flags['tls-ca-file'], io);
    io.stdout.write(banner(emulator, seedFile, authorityFile));
    await new Promise<void>((resolveStop) => {
      if (io.signal.aborted) resolveStop();
      else io.signal.addEventListener('abort', () => { resolveStop(); }, { once: true });
    });
  } finally {
    await emulator.close();
  }
  io.stdout.write('Emulator stopped.\n');
  return 0;
}

/** Writes the certificate authority's PEM (public) where a client can be told to trust it. */
async function writeAuthority(pem: string, requested: string | undefined, io: Io): Promise<string> {
  const file = requested === undefined ? join(await mkdtemp(join(tmpdir(), 'netsuite-emulator-tls-')), 'emulator-ca.pem') : resolve(io.cwd, requested);
  try {
    await writeFileAtomic(file, pem);
  } catch (error) {
    throw new RuntimeFailure(`Could not write the emulator's certificate to ${file}.`, { hint: 'Give --tls-ca-file a path in a directory you can write to.', cause: error });
  }
  return file;
}

function banner(emulator: RunningEmulator, seedFile: string, authorityFile: string | null): string {
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
    'Listening on 127.0.0.1 only. Point the operator at it with:',
    `  ${authorityFile === null ? '' : `NODE_EXTRA_CA_CERTS=${authorityFile} `}NETSUITE_REST_URL=${rest} NETSUITE_RESTLETS_URL=${restlets} NETSUITE_UI_URL=${system}`,
    'Press Ctrl-C to stop.',
    '',
  );
  return lines.join('\n');
}
