import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo, type CapturedIo } from '../support/io.js';
import { SMALL_SEED } from './support/small-seed.js';
import { trustingFetch } from './support/emulator-client.js';
import { startEmulatorCommand } from '../support/emulator-command.js';

interface Listening {
  readonly io: CapturedIo;
  readonly rest: string;
  readonly restlets: string;
  readonly system: string;
  readonly stop: () => Promise<number>;
}

/** Runs the command until it has printed its banner (the moment it writes it), then hands back its origins. */
async function runUntilListening(args: readonly string[], cwd?: string): Promise<Listening> {
  const { io, stop } = await startEmulatorCommand(args, cwd);
  const origin = (label: string): string => new RegExp(`${label} +(https?://127\\.0\\.0\\.1:\\d+)/`).exec(io.out())?.[1] ?? '';
  return { io, rest: origin('REST'), restlets: origin('RESTlets'), system: origin('UI'), stop };
}

describe('netsuite-tokens emulator', () => {
  it('serves the demo account by default on three origins, says it is not NetSuite, and stops cleanly when signalled', async () => {
    const { io, rest, restlets, system, stop } = await runUntilListening(['--port', '0']);
    expect(io.out()).toContain('NetSuite EMULATOR — a local stand-in for testing. This is NOT NetSuite.');
    expect(io.out()).toContain('account   1234567_SB1');
    expect(io.out()).toContain('demo-seed.yaml');
    expect(new Set([rest, restlets, system]).size).toBe(3);
    expect(io.out()).toContain(`control   ${system}/__emulator/   (not NetSuite: plays the administrator)`);
    expect(io.out()).toContain('Listening on 127.0.0.1 only.');
    expect(io.out()).toContain(`NETSUITE_REST_URL=${rest} NETSUITE_RESTLETS_URL=${restlets} NETSUITE_UI_URL=${system}`);
    expect(io.out()).not.toContain('TLS');
    expect((await fetch(`${system}/__emulator/state`)).status).toBe(200);
    expect(await stop()).toBe(0);
    expect(io.out()).toContain('Emulator stopped.');
    await expect(fetch(`${system}/`)).rejects.toThrow();
  });

  it('takes --seed relative to the working directory', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-command-'));
    await writeFile(join(directory, 'seed.json'), JSON.stringify(SMALL_SEED));
    const { io, system, stop } = await runUntilListening(['--seed', 'seed.json', '--port', '0'], directory);
    expect(io.out()).toContain(`(seed: ${join(directory, 'seed.json')})`);
    const state = (await (await fetch(`${system}/__emulator/state`)).json()) as { tokens: unknown[] };
    expect(state.tokens).toHaveLength(SMALL_SEED.tokens.length);
    expect(await stop()).toBe(0);
  });

  it('reports a bad seed with file, line and column (exit 3)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-command-'));
    await writeFile(join(directory, 'seed.yaml'), 'account: nope\nintegrations: []\nentities: []\nroles: []\ntokens: []\n');
    const io = captureIo({ cwd: directory });
    expect(await main(['emulator', '--seed', 'seed.yaml'], io)).toBe(3);
    expect(io.err()).toContain(`${join(directory, 'seed.yaml')}:1:10: account is not valid`);
    expect(io.err()).toContain('1 problem in the emulator seed file.');
    expect(io.err()).not.toContain('    at ');
  });

  it('says so when the port is taken (exit 1)', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const io = captureIo();
      expect(await main(['emulator', '--port', String(port)], io)).toBe(1);
      expect(io.err()).toContain(`Port ${port} on 127.0.0.1 is already in use.`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses a bad port or an unknown flag (exit 3)', async () => {
    const badPort = captureIo();
    expect(await main(['emulator', '--port', 'http'], badPort)).toBe(3);
    expect(badPort.err()).toContain('--port must be a TCP port number (0-65533), not "http".');
    expect(await main(['emulator', '--port', '70000'], captureIo())).toBe(3);
    expect(await main(['emulator', '--port', '65534'], captureIo())).toBe(3);
    const unknown = captureIo();
    expect(await main(['emulator', '--sed', 'x'], unknown)).toBe(3);
    expect(unknown.err()).toContain('Unknown option "--sed" for "emulator"; did you mean --seed?');
    const caWithoutTls = captureIo();
    expect(await main(['emulator', '--tls-ca-file', 'ca.pem'], caWithoutTls)).toBe(3);
    expect(caWithoutTls.err()).toContain('--tls-ca-file is only used with --tls.');
  });

  it('--tls serves HTTPS on every origin under an authority made at start, written where a client can trust it', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-command-'));
    const { io, rest, restlets, system, stop } = await runUntilListening(['--tls', '--tls-ca-file', 'ca.pem', '--port', '0'], directory);
    try {
      for (const origin of [rest, restlets, system]) expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const caFile = join(directory, 'ca.pem');
      const pem = await readFile(caFile, 'utf8');
      const authority = new X509Certificate(pem);
      expect(authority.ca).toBe(true);
      expect(io.out()).toContain(`certificate authority made at start: ${caFile}`);
      expect(io.out()).toContain(`SHA-256 ${authority.fingerprint256}`);
      expect(io.out()).toContain(`NODE_EXTRA_CA_CERTS=${caFile} NETSUITE_REST_URL=${rest} NETSUITE_RESTLETS_URL=${restlets} NETSUITE_UI_URL=${system}`);
      expect(`${io.out()}${pem}`).not.toContain('PRIVATE KEY');
      expect((await trustingFetch(`${system}/__emulator/state`, {}, pem)).status).toBe(200);
      expect((await trustingFetch(`${rest}/services/rest/query/v1/suiteql`, { method: 'POST', body: '{}' }, pem)).status).toBe(401);
      // Nothing trusts the authority unless told to.
      await expect(fetch(`${system}/`)).rejects.toThrow();
    } finally {
      expect(await stop()).toBe(0);
    }
    // A file the user named is theirs: it stays.
    expect(existsSync(join(directory, 'ca.pem'))).toBe(true);
  });

  it('--tls alone writes the authority to a fresh temporary directory and says where', async () => {
    const { io, system, stop } = await runUntilListening(['--tls', '--port', '0']);
    try {
      const caFile = /certificate authority made at start: (\S+)/.exec(io.out())?.[1] ?? '';
      expect(caFile).toMatch(/netsuite-emulator-tls-.*emulator-ca\.pem$/);
      expect((await trustingFetch(`${system}/`, {}, await readFile(caFile, 'utf8'))).status).toBe(200);
    } finally {
      expect(await stop()).toBe(0);
    }
    // The directory the emulator made for it goes when the emulator stops.
    const caFile = /certificate authority made at start: (\S+)/.exec(io.out())?.[1] ?? '';
    expect(existsSync(dirname(caFile))).toBe(false);
  });
});
