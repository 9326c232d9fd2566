import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { emulatorCommand } from '../../src/commands/emulator.js';
import { captureIo, type CapturedIo } from '../support/io.js';
import { SMALL_SEED } from './support/small-seed.js';

/** Runs the command until it prints its URL, then hands back the URL and a way to stop it. */
async function runUntilListening(args: readonly string[], cwd?: string): Promise<{ io: CapturedIo; url: string; stop: () => Promise<number> }> {
  const controller = new AbortController();
  const io = captureIo({ signal: controller.signal, ...(cwd === undefined ? {} : { cwd }) });
  const exit = emulatorCommand(args, io);
  let url: string | undefined;
  for (let attempt = 0; attempt < 200 && url === undefined; attempt += 1) {
    url = /REST {6}(http:\/\/127\.0\.0\.1:\d+)\//.exec(io.out())?.[1];
    if (url === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (url === undefined) throw new Error(`the emulator did not start: ${io.out()} ${io.err()}`);
  return { io, url, stop: async () => { controller.abort(); return exit; } };
}

describe('netsuite-tokens emulator', () => {
  it('serves the demo account by default, says it is not NetSuite, and stops cleanly when signalled', async () => {
    const { io, url, stop } = await runUntilListening([]);
    expect(io.out()).toContain('NetSuite EMULATOR — a local stand-in for testing. This is NOT NetSuite.');
    expect(io.out()).toContain('account   1234567_SB1');
    expect(io.out()).toContain('demo-seed.yaml');
    expect(io.out()).toContain(`control   ${url}/__emulator/   (not NetSuite: plays the administrator)`);
    expect(io.out()).toContain('Listening on 127.0.0.1 only.');
    expect((await fetch(`${url}/__emulator/state`)).status).toBe(200);
    expect(await stop()).toBe(0);
    expect(io.out()).toContain('Emulator stopped.');
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it('takes --seed relative to the working directory', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'emulator-command-'));
    await writeFile(join(directory, 'seed.json'), JSON.stringify(SMALL_SEED));
    const { io, url, stop } = await runUntilListening(['--seed', 'seed.json'], directory);
    expect(io.out()).toContain(`(seed: ${join(directory, 'seed.json')})`);
    const state = (await (await fetch(`${url}/__emulator/state`)).json()) as { tokens: unknown[] };
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
    expect(badPort.err()).toContain('--port must be a TCP port number (0-65535), not "http".');
    expect(await main(['emulator', '--port', '70000'], captureIo())).toBe(3);
    const unknown = captureIo();
    expect(await main(['emulator', '--sed', 'x'], unknown)).toBe(3);
    expect(unknown.err()).toContain('Known options: --seed, --port.');
  });
});
