import type { IncomingMessage, ServerResponse } from 'node:http';
import { percentDecode } from './percent-encoding.js';
import type { ParameterPair } from './oauth-signature.js';

/** Sent on every response, so nobody mistakes the emulator for NetSuite. */
export const EMULATOR_HEADER = { name: 'x-netsuite-emulator', value: 'netsuite-token-gitops emulator; this is NOT NetSuite' } as const;

export interface RequestTarget {
  /** The path exactly as sent (still percent-encoded): what a signature covers. */
  readonly path: string;
  /** Query parameters decoded, in order; null when the query is not valid percent-encoding. */
  readonly query: readonly ParameterPair[] | null;
}

export function parseTarget(url: string): RequestTarget {
  const questionMark = url.indexOf('?');
  const path = questionMark === -1 ? url : url.slice(0, questionMark);
  const rawQuery = questionMark === -1 ? '' : url.slice(questionMark + 1);
  const query: ParameterPair[] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = percentDecode(equals === -1 ? part : part.slice(0, equals), { plusIsSpace: true });
    const value = percentDecode(equals === -1 ? '' : part.slice(equals + 1), { plusIsSpace: true });
    if (name === null || value === null) return { path, query: null };
    query.push([name, value]);
  }
  return { path, query };
}

export type BodyRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: 'too-large' | 'aborted' };

/** Reads the whole body as UTF-8, refusing more than `maxBytes`. */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        settle({ ok: false, problem: 'too-large' });
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => { settle({ ok: true, text: Buffer.concat(chunks).toString('utf8') }); });
    request.on('error', () => { settle({ ok: false, problem: 'aborted' }); });
    request.on('close', () => { settle({ ok: false, problem: 'aborted' }); });
    // The body may be read only after the latency wait; a client that went away meanwhile has
    // already closed, and its 'close' will not fire again.
    if (request.destroyed || request.readableEnded) {
      if (request.readableEnded) settle({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
      else settle({ ok: false, problem: 'aborted' });
    }
  });
}

export function send(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { ...headers, [EMULATOR_HEADER.name]: EMULATOR_HEADER.value, 'content-length': String(Buffer.byteLength(body)) });
  response.end(body);
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  send(response, status, { 'content-type': 'application/json; charset=UTF-8', ...headers }, JSON.stringify(body));
}
