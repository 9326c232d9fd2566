import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CONTROL_PREFIX, answerControlRequest } from './control-api.js';
import type { FaultInjector, FaultKind } from './faults.js';
import { pause, type ConcurrencyGate } from './governance.js';
import { parseTarget, sendJson, type RequestTarget } from './http-io.js';
import { answerNetSuiteRequest, type NetSuiteApiContext } from './netsuite-api.js';
import { apiError, invalidLogin, overConcurrencyLimit, type ApiDomain, type ErrorResponse } from './netsuite-errors.js';
import type { EmulatorSnapshot } from './snapshot.js';
import { answerUiPage } from './ui-pages.js';

export interface EmulatorRuntime extends NetSuiteApiContext {
  readonly gate: ConcurrencyGate;
  readonly faults: FaultInjector;
  readonly latencyMs: number;
  /** Aborted when the emulator closes: pending latency waits end and their sockets are dropped. */
  readonly closing: AbortSignal;
  readonly snapshot: () => EmulatorSnapshot;
  readonly url: () => string;
}

type Area = ApiDomain | 'control' | 'ui';

/** REST web services live under /services/rest, the RESTlet domain's token endpoints under /rest. */
function areaOf(path: string): Area {
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) return 'control';
  if (path === '/services/rest' || path.startsWith('/services/rest/')) return 'rest';
  if (path.startsWith('/rest/')) return 'restlet';
  return 'ui';
}

export function createEmulatorServer(runtime: EmulatorRuntime): Server {
  const server = createServer((request, response) => {
    answer(runtime, request, response).catch(() => {
      // Never crash on one request: an unexpected failure is a 500 (or a dropped socket when closing).
      if (runtime.closing.aborted) request.socket.destroy();
      else sendJson(response, 500, apiError('rest', 500, 'UNEXPECTED_ERROR', 'The emulator failed to answer this request.').body);
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

async function answer(runtime: EmulatorRuntime, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = parseTarget(request.url ?? '/');
  runtime.counters.countPath(target.path);
  const area = areaOf(target.path);
  switch (area) {
    case 'control':
      await answerControlRequest(runtime, request, response, target);
      return;
    case 'ui':
      request.resume();
      answerUiPage(runtime.store, response, target, { url: runtime.url() });
      return;
    case 'rest':
    case 'restlet':
      await answerGoverned(runtime, area, request, response, target);
      return;
  }
}

/** NetSuite's side: the shared concurrency limit, then latency, then an injected fault or the answer. */
async function answerGoverned(runtime: EmulatorRuntime, domain: ApiDomain, request: IncomingMessage, response: ServerResponse, target: RequestTarget): Promise<void> {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  if (!runtime.gate.tryEnter()) {
    runtime.counters.overLimit += 1;
    request.resume();
    await pause(runtime.latencyMs, runtime.closing);
    reply(overConcurrencyLimit(domain));
    return;
  }
  try {
    const fault = runtime.faults.next();
    await pause(runtime.latencyMs, runtime.closing);
    if (fault === null) {
      await answerNetSuiteRequest(runtime, domain, request, response, target);
      return;
    }
    request.resume();
    injectFault(runtime, fault, domain, request, reply);
  } finally {
    runtime.gate.leave();
  }
}

function injectFault(runtime: EmulatorRuntime, fault: FaultKind, domain: ApiDomain, request: IncomingMessage, reply: (error: ErrorResponse) => void): void {
  switch (fault) {
    case '429':
      // On the RESTlet domain the concurrency refusal is 400 SSS_REQUEST_LIMIT_EXCEEDED.
      reply(overConcurrencyLimit(domain));
      return;
    case '500':
      reply(apiError(domain, 500, 'UNEXPECTED_ERROR', 'An unexpected error occurred.'));
      return;
    case '503':
      reply(apiError(domain, 503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable. Try again later.'));
      return;
    case 'reset':
      request.socket.destroy();
      return;
    case 'spurious-401':
      reply(invalidLogin(domain, runtime.store.account, 'token_rejected'));
      return;
  }
}
