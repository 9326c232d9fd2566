import type * as NodeHttp from 'node:http';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type * as NodeHttps from 'node:https';
import { createRequire } from 'node:module';

/**
 * node:http and node:https through require, not import: Node 24's ES-module view of a built-in reads
 * every export, and one of node:http's loads undici, about 20 ms before the first request (issue 18).
 */
const loadBuiltin = createRequire(import.meta.url);

/** One HTTP request as the transport sends it: the body is already text, the signal bounds the whole exchange. */
export interface HttpExchangeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
  readonly signal: AbortSignal;
  /** A larger answer is not read. */
  readonly maxResponseBytes: number;
}

/** The answer: status, Retry-After, and the body as UTF-8 text, null when it was larger than allowed (the rest was not downloaded). */
export interface HttpExchangeReply {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly text: string | null;
}

/**
 * Sends one request and reads its whole answer; rejects when no answer comes (refused, reset,
 * aborted). Redirects are answers, never followed: NetSuite redirecting means a wrong domain.
 */
export type HttpExchange = (request: HttpExchangeRequest) => Promise<HttpExchangeReply>;

/**
 * node:http(s) with keep-alive: what the CLI and the Action use. A SuiteQL page is a few hundred
 * kilobytes of JSON, and for those fetch (undici) costs about twice the CPU of node:http per
 * request, plus ~25 ms to load before the first one (bench/scenarios/cli-plan.ts). Idle kept-alive
 * sockets do not hold the process open (node unrefs them).
 */
export function nodeHttpExchange(): HttpExchange {
  const http = loadBuiltin('node:http') as typeof NodeHttp;
  const httpAgent = new http.Agent({ keepAlive: true });
  const plain: Sender = (target, options, onResponse) => http.request(target, { ...options, agent: httpAgent }, onResponse);
  // node:https (and TLS with it) loads with the first https request: the emulator never needs it.
  let secure: Sender | null = null;
  const senderFor = (url: string): Sender => {
    if (!url.startsWith('https:')) return plain;
    if (secure === null) {
      const https = loadBuiltin('node:https') as typeof NodeHttps;
      const agent = new https.Agent({ keepAlive: true });
      secure = (target, options, onResponse) => https.request(target, { ...options, agent }, onResponse);
    }
    return secure;
  };
  return async (request) => {
    const send = senderFor(request.url);
    return new Promise<HttpExchangeReply>((resolve, reject) => {
      const headers: Record<string, string | number> = { ...request.headers };
      const body = request.body === null ? null : Buffer.from(request.body, 'utf8');
      if (body !== null) headers['Content-Length'] = body.byteLength;
      const outgoing = send(request.url, { method: request.method, headers, signal: request.signal }, (incoming) => {
        readIncoming(incoming, request.maxResponseBytes).then(
          (text) => { resolve({ status: incoming.statusCode ?? 0, retryAfter: headerOf(incoming, 'retry-after'), text }); },
          reject,
        );
      });
      outgoing.once('error', reject);
      outgoing.end(body ?? undefined);
    });
  };
}

type Sender = (url: string, options: RequestOptions, onResponse: (incoming: IncomingMessage) => void) => ClientRequest;

/** Through a fetch function: what tests and the benchmark inject to count, watch or disturb requests. */
export function exchangeOverFetch(fetchFunction: typeof fetch): HttpExchange {
  return async (request) => {
    const init: RequestInit = { method: request.method, headers: request.headers, signal: request.signal, redirect: 'manual', credentials: 'omit' };
    if (request.body !== null) init.body = request.body;
    const response = await fetchFunction(request.url, init);
    return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await readCapped(response, request.maxResponseBytes) };
  };
}

function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    // Settled first, then the stream torn down: destroying it may report the cut as an error.
    const oversized = (): void => {
      resolve(null);
      incoming.destroy();
    };
    const declared = Number(incoming.headers['content-length'] ?? Number.NaN);
    if (declared > maxBytes) {
      oversized();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) oversized();
      else chunks.push(chunk);
    });
    incoming.once('end', () => { resolve(Buffer.concat(chunks, size).toString('utf8')); });
    // A reply cut off midway (a reset, the timeout) is no reply.
    incoming.once('error', reject);
    incoming.once('aborted', () => { reject(new Error('The connection closed before the whole answer arrived.')); });
  });
}

function headerOf(incoming: IncomingMessage, name: string): string | null {
  const value = incoming.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * The body as text, or null when it is larger than `maxBytes`: then the rest is not downloaded (a
 * wrong host or a broken proxy can send without end, and retrying would only do it again).
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes || response.body === null) {
    await response.body?.cancel();
    return response.body === null ? '' : null;
  }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}
