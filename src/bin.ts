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
const stop = (): void => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

process.exitCode = await main(process.argv.slice(2), processIo(controller.signal));
