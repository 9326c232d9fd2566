import { fork, type ChildProcess } from 'node:child_process';
import { generateSeed, startEmulator, type EmulatorCounters, type EmulatorM2MCredentials, type EmulatorOrigins, type EmulatorSeed, type RunningEmulator } from '../src/emulator/index.js';

/** The account a scenario runs against, generated deterministically from these figures. */
export interface EmulatorSpec {
  readonly tokens: number;
  readonly loginRows: number;
  readonly seed: number;
  readonly latencyMs: number;
  readonly concurrencyLimit: number;
  readonly faults?: { readonly rate: number; readonly seed: number };
  /** M2M mappings to add (SPEC §10), each with a certificate and key generated when the emulator starts. */
  readonly mappings?: number;
}

/**
 * Where the emulator runs. `child-process` stands in for a remote NetSuite: its SQL engine and JSON
 * encoding use another process's CPU, so they do not bill the operator's event loop. `in-process` is
 * for the quick smoke run, which must not depend on a built bundle.
 */
export type EmulatorPlacement = { readonly kind: 'in-process' } | { readonly kind: 'child-process'; readonly script: string };

export interface HostedEmulator {
  /** REST, RESTlets and the system domain on origins of their own, as NetSuite serves them. */
  readonly origins: EmulatorOrigins;
  /** The same seed the emulator was started with, for credentials and expected figures. */
  readonly seed: EmulatorSeed;
  counters(): Promise<EmulatorCounters>;
  /** Ids and keys of every seeded M2M mapping, in seed order; the keys exist only once the emulator runs. */
  m2mCredentials(): Promise<readonly EmulatorM2MCredentials[]>;
  /** CPU time the emulator's process has used so far (user + system, ms); null when it shares this process. */
  cpuMs(): Promise<number | null>;
  close(): Promise<void>;
}

/** Messages between the benchmark and an emulator child. */
export type ToEmulatorChild = { readonly kind: 'start'; readonly spec: EmulatorSpec } | { readonly kind: 'counters' } | { readonly kind: 'm2m' } | { readonly kind: 'cpu' } | { readonly kind: 'close' };
export type FromEmulatorChild =
  | { readonly kind: 'ready'; readonly origins: EmulatorOrigins }
  | { readonly kind: 'counters'; readonly counters: EmulatorCounters }
  | { readonly kind: 'm2m'; readonly credentials: readonly EmulatorM2MCredentials[] }
  | { readonly kind: 'cpu'; readonly ms: number }
  | { readonly kind: 'failed'; readonly message: string };

/** The argument that makes the benchmark bundle serve an emulator instead of running the suite. */
export const EMULATOR_CHILD_FLAG = '--child=emulator';

export function seedFor(spec: EmulatorSpec): EmulatorSeed {
  return generateSeed({ tokens: spec.tokens, loginRows: spec.loginRows, seed: spec.seed, ...(spec.mappings === undefined ? {} : { mappings: spec.mappings }) });
}

export async function hostEmulator(spec: EmulatorSpec, placement: EmulatorPlacement): Promise<HostedEmulator> {
  switch (placement.kind) {
    case 'in-process':
      return hostInProcess(spec);
    case 'child-process':
      return hostInChild(spec, placement.script);
  }
}

async function hostInProcess(spec: EmulatorSpec): Promise<HostedEmulator> {
  const seed = seedFor(spec);
  const emulator = await startEmulator(emulatorOptions(spec, seed));
  return {
    origins: emulator.origins,
    seed,
    counters: () => Promise.resolve(emulator.state().counters),
    m2mCredentials: () => Promise.resolve(allM2MCredentials(emulator, seed)),
    cpuMs: () => Promise.resolve(null),
    close: () => emulator.close(),
  };
}

export function emulatorOptions(spec: EmulatorSpec, seed: EmulatorSeed): Parameters<typeof startEmulator>[0] {
  return {
    seed,
    origins: 'split',
    latencyMs: spec.latencyMs,
    concurrencyLimit: spec.concurrencyLimit,
    ...(spec.faults === undefined ? {} : { faults: spec.faults }),
  };
}

async function hostInChild(spec: EmulatorSpec, script: string): Promise<HostedEmulator> {
  const child = fork(script, [EMULATOR_CHILD_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
  try {
    send(child, { kind: 'start', spec });
    const seed = seedFor(spec);
    const ready = await nextMessage(child);
    if (ready.kind !== 'ready') throw new Error(`The emulator child did not start: ${ready.kind === 'failed' ? ready.message : ready.kind}.`);
    return {
      origins: ready.origins,
      seed,
      counters: async () => {
        send(child, { kind: 'counters' });
        const reply = await nextMessage(child);
        if (reply.kind !== 'counters') throw new Error(`The emulator child answered ${reply.kind} when asked for its counters.`);
        return reply.counters;
      },
      m2mCredentials: async () => {
        send(child, { kind: 'm2m' });
        const reply = await nextMessage(child);
        if (reply.kind !== 'm2m') throw new Error(`The emulator child answered ${reply.kind} when asked for its M2M credentials.`);
        return reply.credentials;
      },
      cpuMs: async () => {
        send(child, { kind: 'cpu' });
        const reply = await nextMessage(child);
        if (reply.kind !== 'cpu') throw new Error(`The emulator child answered ${reply.kind} when asked for its CPU time.`);
        return reply.ms;
      },
      close: async () => {
        if (child.connected) send(child, { kind: 'close' });
        await exited;
      },
    };
  } catch (error) {
    child.kill();
    await exited;
    throw error;
  }
}

function send(child: ChildProcess, message: ToEmulatorChild): void {
  child.send(message);
}

function nextMessage(child: ChildProcess): Promise<FromEmulatorChild> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      cleanup();
      resolve(message as FromEmulatorChild);
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`The emulator child exited (code ${String(code)}) before answering.`));
    };
    const cleanup = (): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** The child's side: start one emulator as asked, answer counters, close on request or when the parent goes. */
export function serveEmulatorChild(): void {
  let emulator: RunningEmulator | null = null;
  let seed: EmulatorSeed | null = null;
  const reply = (message: FromEmulatorChild): void => { process.send?.(message); };
  const shutdown = async (): Promise<void> => {
    await emulator?.close();
    process.disconnect();
  };
  process.on('disconnect', () => { void emulator?.close(); });
  process.on('message', (raw: unknown) => {
    const message = raw as ToEmulatorChild;
    switch (message.kind) {
      case 'start':
        seed = seedFor(message.spec);
        startEmulator(emulatorOptions(message.spec, seed))
          .then((started) => {
            emulator = started;
            reply({ kind: 'ready', origins: started.origins });
          })
          .catch((error: unknown) => { reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }); });
        return;
      case 'counters':
        if (emulator === null) reply({ kind: 'failed', message: 'no emulator is running' });
        else reply({ kind: 'counters', counters: emulator.state().counters });
        return;
      case 'm2m':
        if (emulator === null || seed === null) reply({ kind: 'failed', message: 'no emulator is running' });
        else reply({ kind: 'm2m', credentials: allM2MCredentials(emulator, seed) });
        return;
      case 'cpu':
        reply({ kind: 'cpu', ms: cpuMsOf(process.cpuUsage()) });
        return;
      case 'close':
        void shutdown();
        return;
    }
  });
}

function allM2MCredentials(emulator: RunningEmulator, seed: EmulatorSeed): EmulatorM2MCredentials[] {
  return (seed.mappings ?? []).flatMap((mapping) => emulator.m2mCredentials(mapping.name) ?? []);
}

/** process.cpuUsage() is in microseconds. */
export function cpuMsOf(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}
