import { PassThrough } from 'node:stream';
import { terminalAsk } from '../../src/cli.js';
import type { Ask } from '../../src/support/io.js';

/**
 * A terminal (a PassThrough pair under the CLI's own readline question) whose person presses Ctrl-C
 * as soon as a question is shown; `interrupt` does what bin.ts's SIGINT handler does, abort the run.
 */
export function terminalPressingCtrlC(controller: AbortController): { readonly ask: Ask; readonly shown: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
    if (shown.endsWith(': ')) input.write('\u0003');
  });
  return { ask: terminalAsk(controller.signal, { input, output, interrupt: () => { controller.abort(); } }), shown: () => shown };
}

/**
 * A terminal (a PassThrough pair under the CLI's own readline question) whose person types `answer` and
 * Enter as soon as a question is shown; `shown` is every byte written to the terminal.
 */
export function terminalAnswering(signal: AbortSignal, answer: string): { readonly ask: Ask; readonly shown: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
    if (shown.endsWith(': ')) input.write(`${answer}\n`);
  });
  return { ask: terminalAsk(signal, { input, output, interrupt: () => undefined }), shown: () => shown };
}
