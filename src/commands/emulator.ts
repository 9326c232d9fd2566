import { join, resolve } from 'node:path';
import type { Io } from '../support/io.js';
import { parseCommandArgs } from './command-args.js';
import { RuntimeFailure, UsageError } from '../support/errors.js';
import { loadSeedFile, startEmulator } from '../emulator/index.js';
import { packageRoot } from '../support/package-root.js';

/**
 * `netsuite-tokens emulator [--seed FILE] [--port N]`: runs the local NetSuite emulator on 127.0.0.1
 * until SIGINT or SIGTERM. Without --seed it serves the demo account (examples/demo-seed.yaml).
 */
export async function emulatorCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = parseCommandArgs('emulator', args, { seed: { type: 'string' }, port: { type: 'string' } });
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!/^\d{1,5}$/.test(flags.port ?? '0') || port > 65_535) {
    throw new UsageError(`--port must be a TCP port number (0-65535), not "${flags.port ?? ''}".`, { hint: 'Leave --port out to let the system pick a free port.' });
  }
  const seedFile = flags.seed === undefined ? join(packageRoot(), 'examples', 'demo-seed.yaml') : resolve(io.cwd, flags.seed);
  const seed = await loadSeedFile(seedFile);
  const emulator = await startEmulator({ seed, port, now: () => io.clock.now() }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      throw new RuntimeFailure(`Port ${port} on 127.0.0.1 is already in use.`, { hint: 'Choose another --port, or leave --port out to let the system pick a free one.', cause: error });
    }
    throw error;
  });
  io.stdout.write(
    [
      'NetSuite EMULATOR — a local stand-in for testing. This is NOT NetSuite.',
      `  account   ${emulator.accountId} (seed: ${seedFile})`,
      `  REST      ${emulator.url}/services/rest/query/v1/suiteql`,
      `  RESTlets  ${emulator.url}/rest/revoketoken`,
      `  UI        ${emulator.url}/app/setup/accesstoken.nl?id=<id>`,
      `  control   ${emulator.controlUrl}/   (not NetSuite: plays the administrator)`,
      'Listening on 127.0.0.1 only. Point the operator at it with:',
      `  NETSUITE_REST_URL=${emulator.url} NETSUITE_RESTLETS_URL=${emulator.url} NETSUITE_UI_URL=${emulator.url}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    if (io.signal.aborted) resolve();
    else io.signal.addEventListener('abort', () => { resolve(); }, { once: true });
  });
  await emulator.close();
  io.stdout.write('Emulator stopped.\n');
  return 0;
}
