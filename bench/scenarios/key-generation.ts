import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CertificateAlgorithm } from '../../src/domain/desired.js';
import { generateCertificate } from '../../src/secrets/certificate-generator.js';
import { count, type BenchContext } from '../context.js';
import { formatMs } from '../format.js';
import type { BenchRow } from '../result.js';
import { collectGarbage, median, roundTo } from '../stats.js';

/** Wall time of a parallel batch may be this much over its CPU time spread over the threads that can run it. */
const PARALLEL_TARGET_RATIO = 1.25;
const DAY_MS = 86_400_000;
/** libuv's default thread pool, where node:crypto's asynchronous key generation runs. */
const DEFAULT_THREADPOOL_SIZE = 4;

/**
 * Issue 13: the rotation's key generation. (a) A batch of RSA keys (8 × RSA-4096 in the full profile)
 * generated at once: node:crypto's WebCrypto generates on libuv's thread pool, so the batch's wall time
 * should be its CPU time divided by the threads that can run at once (min(cores, pool size)), and the
 * main thread stays free (the event loop's longest stall is reported). (b) EC P-256 certificates one
 * after another, the figure the rotation bound adds for key generation.
 */
export async function keyGenerationScenario(context: BenchContext): Promise<BenchRow[]> {
  const settings = context.profile.keyGeneration;
  // EC first: its first certificate is the process's first, and shows what loading @peculiar/x509 costs.
  const ec = await ecRow(context, settings.ecCertificates, settings.ecRuns);
  const rsa = await rsaRow(context, settings.rsaAlgorithm, settings.rsaKeys, settings.rsaRuns);
  return [rsa, ec];
}

interface ParallelSample {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly eventLoopMaxDelayMs: number;
}

async function rsaRow(context: BenchContext, algorithm: Extract<CertificateAlgorithm, `rsa-${string}`>, keys: number, runs: number): Promise<BenchRow> {
  const cores = availableParallelism();
  const pool = threadpoolSize();
  const threads = Math.min(cores, pool, keys);
  const samples: ParallelSample[] = [];
  for (let run = 1; run <= runs; run += 1) {
    collectGarbage();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(Array.from({ length: keys }, () => generateCertificate({ algorithm, commonName: 'netsuite-tokens bench rsa', validityMs: 365 * DAY_MS, now: new Date() })));
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    loop.disable();
    samples.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, eventLoopMaxDelayMs: loop.max / 1e6 });
    context.log(`key-generation: ${keys} × ${algorithm}, repetition ${run}/${runs} done`);
  }
  const wall = median(samples.map((sample) => sample.wallMs));
  const cpu = median(samples.map((sample) => sample.cpuMs));
  const ratio = median(samples.map((sample) => sample.wallMs / (sample.cpuMs / threads)));
  const stall = Math.max(...samples.map((sample) => sample.eventLoopMaxDelayMs));
  return {
    scenario: 'key-generation',
    case: `${label(algorithm)} × ${keys} in parallel`,
    runs: samples.length,
    medianMs: wall,
    reference: { label: `CPU ÷ ${threads} threads`, ms: cpu / threads },
    ratio,
    ratioLabel: '× CPU ÷ min(cores, pool)',
    requests: null,
    requestLimit: null,
    target: `≤ ${PARALLEL_TARGET_RATIO} × CPU ÷ min(cores, pool)`,
    verdict: ratio <= PARALLEL_TARGET_RATIO ? 'met' : 'missed',
    breakdown: `${formatMs(cpu)} of CPU for ${keys} keys (${formatMs(cpu / keys)} each) spread over ${threads} threads (${cores} cores, thread pool of ${pool}); the event loop stalled at most ${formatMs(stall)}`,
    details: {
      keys,
      cpuMs: roundTo(cpu, 1),
      cpuPerKeyMs: roundTo(cpu / keys, 1),
      cores,
      threadpool: pool,
      eventLoopMaxDelayMs: roundTo(stall, 1),
      // The machine is shared: other work on the cores stretches the wall time, not this process's CPU time.
      loadAverage1m: roundTo(loadavg()[0] ?? 0, 2),
    },
  };
}

async function ecRow(context: BenchContext, certificates: number, runs: number): Promise<BenchRow> {
  const generate = (): Promise<unknown> => generateCertificate({ algorithm: 'ec-p256', commonName: 'netsuite-tokens bench ec', validityMs: 365 * DAY_MS, now: new Date() });
  const firstStarted = performance.now();
  await generate();
  const firstMs = performance.now() - firstStarted;
  const totals: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    collectGarbage();
    const started = performance.now();
    for (let index = 0; index < certificates; index += 1) await generate();
    totals.push(performance.now() - started);
    context.log(`key-generation: ${count(certificates)} EC P-256 certificates, repetition ${run}/${runs} done`);
  }
  const total = median(totals);
  return {
    scenario: 'key-generation',
    case: `EC P-256 × ${count(certificates)} certificates, one after another`,
    runs: totals.length,
    medianMs: total,
    reference: null,
    ratio: null,
    ratioLabel: '',
    requests: null,
    requestLimit: null,
    target: '',
    verdict: 'info',
    breakdown: `${formatMs(total / certificates)} per certificate (key, self-signed certificate, PKCS#8 export); the process's first, which loads @peculiar/x509, took ${formatMs(firstMs)}`,
    details: { certificates, perCertificateMs: roundTo(total / certificates, 2), firstCertificateMs: roundTo(firstMs, 1) },
  };
}

function threadpoolSize(): number {
  const configured = Number(process.env['UV_THREADPOOL_SIZE']);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_THREADPOOL_SIZE;
}

function label(algorithm: Extract<CertificateAlgorithm, `rsa-${string}`>): string {
  return algorithm === 'rsa-4096' ? 'RSA-4096' : 'RSA-3072';
}
