import { emulatorCommand } from '../../src/commands/emulator.js';
import { captureIo, type CapturedIo } from './io.js';

/**
 * Runs `netsuite-tokens emulator` in-process until it has printed its banner (the moment it writes
 * it, no polling), then hands back what it printed and a way to stop it (as Ctrl-C would).
 */
export async function startEmulatorCommand(args: readonly string[], cwd?: string): Promise<{ io: CapturedIo; stop: () => Promise<number> }> {
  const controller = new AbortController();
  const captured = captureIo({ signal: controller.signal, ...(cwd === undefined ? {} : { cwd }) });
  let printed: () => void = () => undefined;
  const banner = new Promise<void>((resolve) => { printed = resolve; });
  const io: CapturedIo = {
    ...captured,
    stdout: {
      write: (text) => {
        captured.stdout.write(text);
        if (captured.out().includes('Press Ctrl-C to stop.')) printed();
      },
    },
  };
  const exit = emulatorCommand(args, io);
  await Promise.race([banner, exit.then(() => { throw new Error(`the emulator stopped before listening: ${io.out()} ${io.err()}`); })]);
  return { io, stop: async () => { controller.abort(); return exit; } };
}
