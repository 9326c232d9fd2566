#!/usr/bin/env node
import { main, processIo } from './cli.js';

// Ctrl-C once asks running work to stop at a safe point (no half-written files); twice exits at once.
const controller = new AbortController();
const stop = (): void => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

process.exitCode = await main(process.argv.slice(2), processIo(controller.signal));
