import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startEmulator } from '../../src/emulator/index.js';
import { generateSeed } from '../../src/emulator/index.js';

describe('concurrency slots', () => {
  it('are given back when a client goes away during the latency wait', async () => {
    const emulator = await startEmulator({ seed: generateSeed({ tokens: 3, loginRows: 0, seed: 1 }), latencyMs: 300, concurrencyLimit: 1 });
    try {
      const url = new URL('/services/rest/query/v1/suiteql?limit=10&offset=0', emulator.url);
      for (let client = 0; client < 2; client += 1) {
        const abandoned = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
        abandoned.on('error', () => undefined);
        abandoned.end(JSON.stringify({ q: 'SELECT id FROM oauthtoken' }));
        await new Promise((resolve) => setTimeout(resolve, 50));
        abandoned.destroy();
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      // Both slots held by the dead clients would make this a 429; free, it reaches authentication.
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: 'SELECT id FROM oauthtoken' }) });
      expect(response.status).toBe(401);
      expect(emulator.state().counters.inFlight).toBe(0);
    } finally {
      await emulator.close();
    }
  });
});
