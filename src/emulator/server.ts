import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { CONTROL_PREFIX, answerControlRequest } from './control-api.js';
import { CLIENTS_PATH_PREFIX } from './certificates-api.js';
import type { FaultEndpoint, FaultInjector, FaultKind } from './faults.js';
import { pause, type ConcurrencyGate } from './governance.js';
import { parseTarget, sendJson, type RequestTarget } from './http-io.js';
import { REVOKE_TOKEN_PATH, SUITEQL_PATH, answerNetSuiteRequest, type NetSuiteApiContext, type ServedHost } from './netsuite-api.js';
import { ACCESS_TOKEN_PATH } from './tba-flow-api.js';
import { apiError, invalidLogin, overConcurrencyLimit, type ApiDomain, type ErrorResponse } from './netsuite-errors.js';
import type { EmulatorSnapshot } from './snapshot.js';
import type { StateWatch } from './state-watch.js';
import type { EmulatorTlsMaterial } from './tls-certificate.js';
import { OAUTH2_TOKEN_PATH } from './token-endpoint.js';
import { answerUiPage } from './ui-pages.js';

/** A NetSuite request that holds a concurrency slot, as a test hook sees it. */
export interface InFlightRequest {
  readonly domain: ApiDomain;
  readonly path: string;
}

export interface EmulatorRuntime extends NetSuiteApiContext {
  readonly gate: ConcurrencyGate;
  readonly faults: FaultInjector;
  readonly latencyMs: number;
  /** Aborted when the emulator closes: pending latency waits end and their sockets are dropped. */
  readonly closing: AbortSignal;
  readonly snapshot: () => EmulatorSnapshot;
  readonly watch: StateWatch<EmulatorSnapshot>;
  /** Awaited while a NetSuite request holds its slot, before its answer and latency start (a test hook). */
  readonly holdInFlight: ((request: InFlightRequest) => Promise<void>) | null;
}

/**
 * Which of NetSuite's hosts a listener plays. NetSuite serves REST web services (SuiteQL, the OAuth
 * 2.0 token endpoint) on `<account>.suitetalk.api.netsuite.com`, RESTlets, the TBA token endpoints and
 * the certificates API on `<account>.restlets.api.netsuite.com`, and the UI on
 * `<account>.app.netsuite.com` (which also answers the TBA token endpoints, per their documentation).
 * `shared` puts all of them on one origin, which NetSuite never does.
 */
export type OriginRole = ServedHost;

type Area = ApiDomain | 'control' | 'ui';

const isRestPath = (path: string): boolean => path === '/services/rest' || path.startsWith('/services/rest/');
const isControlPath = (path: string): boolean => path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);

function areaOf(path: string, role: OriginRole): Area {
  switch (role) {
    case 'rest':
      // [INF] The SuiteTalk host answers every path as REST web services: a token endpoint sent there
      // (a client that mixed up its base URLs) authenticates, then is an unknown resource (404).
      return 'rest';
    case 'restlets':
      return 'restlet';
    case 'system':
      if (isControlPath(path)) return 'control';
      // [INF] /services/rest is not served on the system host; its paths land on the UI's 404 page.
      return path.startsWith('/rest/') ? 'restlet' : 'ui';
    case 'shared':
      if (isControlPath(path)) return 'control';
      if (isRestPath(path)) return 'rest';
      return path.startsWith('/rest/') ? 'restlet' : 'ui';
  }
}

export function createEmulatorServer(runtime: EmulatorRuntime, role: OriginRole, tls: EmulatorTlsMaterial | null): Server {
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    response.once('close', () => { runtime.watch.changed(); });
    answer(runtime, role, request, response).catch(() => {
      // Never crash on one request: an unexpected failure is a 500 (or a dropped socket when closing).
      if (runtime.closing.aborted) request.socket.destroy();
      else sendJson(response, 500, apiError('rest', 500, 'UNEXPECTED_ERROR', 'The emulator failed to answer this request.').body);
    });
  };
  const server: Server = tls === null ? createHttpServer(handler) : createHttpsServer({ key: tls.serverKeyPem, cert: tls.chainPem }, handler);
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

async function answer(runtime: EmulatorRuntime, role: OriginRole, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = parseTarget(request.url ?? '/');
  runtime.counters.countPath(target.path);
  runtime.watch.changed();
  const area = areaOf(target.path, role);
  switch (area) {
    case 'control':
      await answerControlRequest(runtime, request, response, target);
      return;
    case 'ui':
      request.resume();
      answerUiPage(runtime.store, response, target, runtime.origins());
      return;
    case 'rest':
    case 'restlet':
      await answerGoverned(runtime, role, area, request, response, target);
      return;
  }
}

/** NetSuite's side: the shared concurrency limit, then the answer or an injected fault, sent once the latency has run. */
async function answerGoverned(runtime: EmulatorRuntime, host: OriginRole, domain: ApiDomain, request: IncomingMessage, response: ServerResponse, target: RequestTarget): Promise<void> {
  const reply = (error: ErrorResponse): void => { sendJson(response, error.status, error.body, error.headers); };
  if (!runtime.gate.tryEnter()) {
    runtime.counters.overLimit += 1;
    runtime.watch.changed();
    request.resume();
    await pause(runtime.latencyMs, runtime.closing);
    reply(overConcurrencyLimit(domain));
    return;
  }
  runtime.watch.changed();
  try {
    const fault = runtime.faults.next(faultEndpointOf(target.path));
    if (runtime.holdInFlight !== null) await runtime.holdInFlight({ domain, path: target.path });
    const due = pause(runtime.latencyMs, runtime.closing);
    // Awaited once the answer is made; the emulator closing meanwhile is no unhandled rejection.
    due.catch(() => undefined);
    if (fault === null) {
      await answerNetSuiteRequest(runtime, host, domain, request, replyWhen(due, response), target);
      runtime.watch.changed();
      await due;
      return;
    }
    if (fault === 'reset-after') {
      await answerNetSuiteRequest(runtime, host, domain, request, replyWhen(due, replyLost(request, response)), target);
      await due;
      request.socket.destroy();
      return;
    }
    await due;
    request.resume();
    injectFault(runtime, fault, domain, request, reply);
  } finally {
    runtime.gate.leave();
    runtime.watch.changed();
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
    case 'reset-after':
      // Answered by replyLost: the request is performed, and only its reply is dropped.
      return;
    case 'spurious-401':
      reply(invalidLogin(domain, runtime.store.account, 'token_rejected'));
      return;
  }
}

/** Which endpoint a path is for, as fault options name them; null for any other path. */
function faultEndpointOf(path: string): FaultEndpoint | null {
  if (path === SUITEQL_PATH) return 'suiteql';
  if (path === REVOKE_TOKEN_PATH) return 'revoketoken';
  if (path === OAUTH2_TOKEN_PATH) return 'token';
  if (path === ACCESS_TOKEN_PATH) return 'accesstoken';
  return path.startsWith(CLIENTS_PATH_PREFIX) ? 'certificates' : null;
}

/**
 * The response, held back until `due` (the latency has run). NetSuite's servers answer concurrent
 * requests side by side, so the emulator does a request's work while its latency runs, not after it:
 * otherwise one thread answering C requests that arrived together would add its own queue to every
 * round, which no NetSuite account shows. Work longer than the latency delays the reply, as it would.
 * Headers set by writeHead leave with the first write or end, so holding those holds the whole reply.
 */
function replyWhen(due: Promise<void>, response: ServerResponse): ServerResponse {
  const hold = (send: (...args: never[]) => unknown) => (...args: unknown[]): void => {
    // A rejected `due` means the emulator is closing; its sockets are dropped, nothing is sent.
    due.then(() => { Reflect.apply(send, undefined, args); }, () => undefined);
  };
  const write = hold(response.write.bind(response));
  const end = hold(response.end.bind(response));
  const flushHeaders = hold(response.flushHeaders.bind(response));
  response.write = (...args: unknown[]): boolean => {
    write(...args);
    return true;
  };
  // headersSent stays false until the reply leaves, so a second end (which send() would otherwise
  // refuse) is ignored here rather than queued behind the first.
  let ended = false;
  response.end = ((...args: unknown[]): ServerResponse => {
    if (!ended) end(...args);
    ended = true;
    return response;
  }) as ServerResponse['end'];
  response.flushHeaders = (): void => { flushHeaders(); };
  return response;
}

/**
 * The response, made to drop the connection where it would send the reply: the request takes effect
 * (an upload is stored, a revocation made, a token issued) and the client sees only a reset. Headers
 * are stored by writeHead and leave with the first write or end, so nothing reaches the client.
 */
function replyLost(request: IncomingMessage, response: ServerResponse): ServerResponse {
  const reset = (): boolean => {
    request.socket.destroy();
    return false;
  };
  response.write = reset;
  response.end = (): ServerResponse => {
    reset();
    return response;
  };
  response.flushHeaders = (): void => { reset(); };
  return response;
}
