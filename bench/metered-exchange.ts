import { nodeHttpExchange, type HttpExchange } from '../src/netsuite/http-exchange.js';

/**
 * The CLI's own way to NetSuite (node:http), counting what the operator sends and how long each
 * request waits for its whole answer. The emulator answers only once the page is computed, so that
 * wait is latency plus the server's own work: beside the configured latency it shows where a slow run
 * spent its time.
 */
export interface MeteredExchange {
  readonly exchange: HttpExchange;
  readonly requests: () => number;
  /** Requests whose URL path is `path` (query string ignored). */
  readonly requestsTo: (path: string) => number;
  /** Mean time to the whole answer, in ms (0 when nothing was sent). */
  readonly meanRoundTripMs: () => number;
}

export function meteredExchange(inner: HttpExchange = nodeHttpExchange()): MeteredExchange {
  let requests = 0;
  let waited = 0;
  const byPath = new Map<string, number>();
  const metered: HttpExchange = async (request) => {
    requests += 1;
    const path = new URL(request.url).pathname;
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
    const started = performance.now();
    try {
      return await inner(request);
    } finally {
      waited += performance.now() - started;
    }
  };
  return {
    exchange: metered,
    requests: () => requests,
    requestsTo: (path) => byPath.get(path) ?? 0,
    meanRoundTripMs: () => (requests === 0 ? 0 : waited / requests),
  };
}
