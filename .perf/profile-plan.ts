import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostEmulator } from '../bench/emulator-host.js';
import { operatorEnv, operatorOf } from '../bench/account.js';
import { desiredStateFile } from '../bench/desired-file.js';

const tokens = Number(process.argv[2] ?? 20000);
const concurrency = Number(process.argv[3] ?? 2);
const declared = Number(process.argv[4] ?? 7);
const extra = process.argv.slice(5);
const dir = '/tmp/perf18/run';
mkdirSync(dir, { recursive: true });
const emulator = await hostEmulator({ tokens, loginRows: tokens, seed: tokens, latencyMs: 50, concurrencyLimit: 5 }, { kind: 'child-process', script: join(process.cwd(), 'dist/bench.js') });
writeFileSync(join(dir, 'netsuite-tokens.yaml'), desiredStateFile(emulator.seed, { credentialsEvery: null, declared }));
const env = { PATH: process.env['PATH'] ?? '', ...operatorEnv(emulator.origins, operatorOf(emulator.seed), concurrency) } as Record<string, string>;
for (let i = 0; i < 2; i += 1) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [...extra, join(process.cwd(), 'dist/cli.js'), 'plan', '--config', 'netsuite-tokens.yaml'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`run ${i}: exit ${result.status} in ${Math.round(performance.now() - started)} ms`);
}
await emulator.close();
