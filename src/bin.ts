#!/usr/bin/env node
import * as nodeModule from 'node:module';

// V8's compile cache (Node 22.1+; Node 20 has none): later runs skip compiling the code they load, so
// only what a command runs costs time (issue 18). It lives where NODE_COMPILE_CACHE says, else in the OS
// temp directory, never beside the package; NODE_DISABLE_COMPILE_CACHE=1 turns it off. It must be on
// before the CLI's modules load, hence the dynamic import below.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main, processIo } = await import('./cli.js');

// Ctrl-C once asks running work to stop at a safe point (no half-written files); twice exits at once.
const controller = new AbortController();
const io = processIo(controller.signal);
const stop = (): void => {
  if (controller.signal.aborted) {
    // The shell's prompt then starts on a line of its own, not after a progress count.
    io.status?.end();
    process.exit(130);
  }
  controller.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const code = await main(process.argv.slice(2), io);
// A read that ended short of its count (rows deleted meanwhile) leaves its line open: the shell's prompt goes below it.
io.status?.end();
// Every piece of work has finished by now. Left to itself, Node would wait for V8's background GC
// tasks over a large account's heap (about 10 ms after a 20,000-token plan, issue 18) before exiting;
// once stdout and stderr have flushed (a pipe is written asynchronously), nothing else is owed.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
process.exit(code);
