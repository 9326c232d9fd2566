import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startEmulator } from '../../src/emulator/index.js';
import { generateSeed } from '../../src/emulator/index.js';

describe('concurrency slots', () => {
  it('are given back when a client goes away during the latency wait', async () => {
    const emulator = await startEmulator({ seed: generateSeed({ tokens: 3, loginRows: 0, seed: 1 }), origins: 'split', latencyMs: 300, concurrencyLimit: 1 });
    try {
      const url = new URL('/services/rest/query/v1/suiteql?limit=10&offset=0', emulator.origins.rest);
      for (let client = 0; client < 2; client += 1) {
        const abandoned = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
        abandoned.on('error', () => undefined);
        abandoned.end(JSON.stringify({ q: 'SELECT id FROM oauthtoken' }));
        await emulator.until((state) => state.counters.inFlight === 1, { description: 'the request holding the only slot' });
        abandoned.destroy();
        await emulator.until((state) => state.counters.inFlight === 0, { description: 'the slot given back' });
      }
      // A slot held by a dead client would make this a 429; free, it reaches authentication.
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: 'SELECT id FROM oauthtoken' }) });
      expect(response.status).toBe(401);
      expect(emulator.state().counters).toMatchObject({ inFlight: 0, overLimit: 0 });
    } finally {
      await emulator.close();
    }
  });
});
