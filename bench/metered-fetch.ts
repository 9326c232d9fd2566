/**
 * A fetch that counts what the operator sends and how long each request waits for its response
 * headers. The emulator answers only once the page is computed, so that wait is latency plus the
 * server's own work: beside the configured latency it shows where a slow run spent its time.
 */
export interface MeteredFetch {
  readonly fetch: typeof fetch;
  readonly requests: () => number;
  /** Requests whose URL path is `path` (query string ignored). */
  readonly requestsTo: (path: string) => number;
  /** Mean time to response headers, in ms (0 when nothing was sent). */
  readonly meanRoundTripMs: () => number;
}

export function meteredFetch(): MeteredFetch {
  let requests = 0;
  let waited = 0;
  const byPath = new Map<string, number>();
  const metered = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    requests += 1;
    const path = new URL(input instanceof Request ? input.url : input).pathname;
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
    const started = performance.now();
    try {
      return await fetch(input, init);
    } finally {
      waited += performance.now() - started;
    }
  };
  return {
    fetch: metered,
    requests: () => requests,
    requestsTo: (path) => byPath.get(path) ?? 0,
    meanRoundTripMs: () => (requests === 0 ? 0 : waited / requests),
  };
}
