import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';
import { TEST_CONFIG, testAccountEnv } from '../support/account.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A server that accepts every connection and request, and never answers: what a hung proxy looks like. */
interface SilentServer {
  readonly url: string;
  requests(): number;
  close(): Promise<void>;
}

async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  let requests = 0;
  const server: Server = createServer((request) => {
    requests += 1;
    request.resume();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => { resolve(); });
    }),
  };
}

let silent: SilentServer | undefined;
afterEach(async () => {
  await silent?.close();
  silent = undefined;
});

async function planAgainstSilence(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; err: string }> {
  silent = await startSilentServer();
  const dir = await mkdtemp(join(tmpdir(), 'nst-timeout-'));
  await writeFile(join(dir, 'netsuite-tokens.yaml'), TEST_CONFIG);
  const io = captureIo({ env: { ...testAccountEnv(silent.url), ...env }, cwd: dir });
  const code = await main(['plan', ...args], io);
  return { code, err: io.err() };
}

describe('a server that accepts and never answers', () => {
  it('shows progress while waiting, gives up after --timeout (twice), and says what fits', async () => {
    const { code, err } = await planAgainstSilence(['--timeout', '300ms']);
    expect(code).toBe(1);
    const endpoint = `POST ${silent?.url ?? ''}/services/rest/query/v1/suiteql`;
    const waiting = err.split('\n').filter((line) => line.startsWith('Still waiting'));
    expect(waiting.length).toBeGreaterThan(0);
    for (const line of waiting) {
      expect(line).toMatch(/^Still waiting for POST http:\/\/127\.0\.0\.1:\d+\/services\/rest\/query\/v1\/suiteql: no answer after \d+ms \(attempt [12]; it is given up at 300ms, which --timeout or NETSUITE_TIMEOUT changes\)\.$/);
    }
    expect(err).toMatch(new RegExp(`^error: ${endpoint.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} gave no answer within 300ms, in 2 attempts over \\d+s\\.$`, 'm'));
    expect(err).toContain('\n  The server accepted the connection but sent no answer. If NetSuite is slow today, allow longer with --timeout 5m (or NETSUITE_TIMEOUT=5m); if NETSUITE_REST_URL or NETSUITE_RESTLETS_URL is set, check that it points at NetSuite.\n');
    expect(err).not.toContain('NETSUITE_CONCURRENCY');
    expect(err).not.toContain('This is a bug');
  });

  it('takes the timeout from NETSUITE_TIMEOUT too', async () => {
    const { code, err } = await planAgainstSilence([], { NETSUITE_TIMEOUT: '250ms' });
    expect(code).toBe(1);
    expect(err).toContain('gave no answer within 250ms, in 2 attempts');
  });
});
