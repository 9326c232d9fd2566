import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ask } from '../support/io.js';
import { RuntimeFailure, UsageError } from '../support/errors.js';

/**
 * How NetSuite's redirect after the consent page reaches the rotation: a loopback listener at
 * `http://localhost:<port>/callback` that the browser is sent to, or the person pasting the address
 * the browser ended on (`--paste`, where no listener can be reached).
 */
export interface ApprovalChannel {
  /** The `oauth_callback` sent in step one; NetSuite matches it against the integration record's Callback URL. */
  readonly callbackUrl: string;
  /** The redirect's query parameters for `requestToken`; rejects when `signal` aborts. */
  wait(requestToken: string, signal: AbortSignal): Promise<URLSearchParams>;
  close(): Promise<void>;
}

export const CALLBACK_PATH = '/callback';

const PAGE = (title: string, text: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;

/**
 * Listens on 127.0.0.1 (and on ::1 where it can, since a browser may resolve `localhost` to either) at
 * `port`, or at a free port for 0 (the integration's Callback URL must then be `http://localhost:*`,
 * which NetSuite allows). A port in use is one clear sentence.
 */
export async function listenForCallback(port: number, portGiven: boolean): Promise<ApprovalChannel> {
  const waiting = new Map<string, (query: URLSearchParams) => void>();
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    request.resume();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const token = url.searchParams.get('oauth_token');
    const deliver = token === null ? undefined : waiting.get(token);
    if (request.method !== 'GET' || url.pathname !== CALLBACK_PATH || deliver === undefined) {
      send(response, 404, PAGE('Not found', 'netsuite-tokens is waiting for NetSuite&#39;s answer to its own authorization request, and this is not it.'));
      return;
    }
    send(response, 200, PAGE('NetSuite answered', 'netsuite-tokens received NetSuite&#39;s answer. You can close this window and return to the terminal.'));
    deliver(url.searchParams);
  };
  const primary = createServer(handler);
  try {
    await listen(primary, port, '127.0.0.1');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const sentence = `The callback port ${port} on 127.0.0.1 is ${code === 'EADDRINUSE' ? 'already in use by another program' : 'not allowed for this user'}.`;
      const hint = portGiven ? 'Stop the program that holds it, or pass another --callback-port that the integration record allows.' : 'Pass --callback-port with a free port the integration record allows.';
      throw portGiven ? new UsageError(sentence, { hint, cause: error }) : new RuntimeFailure(sentence, { hint, cause: error });
    }
    throw error;
  }
  const bound = (primary.address() as AddressInfo).port;
  const servers: Server[] = [primary];
  const secondary = createServer(handler);
  // Best effort: where IPv6 loopback is missing or the port is taken there, 127.0.0.1 still answers.
  if (await listen(secondary, bound, '::1').then(() => true, () => false)) servers.push(secondary);
  return {
    callbackUrl: `http://localhost:${bound}${CALLBACK_PATH}`,
    wait: (requestToken, signal) =>
      new Promise<URLSearchParams>((resolve, reject) => {
        const onAbort = (): void => {
          waiting.delete(requestToken);
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        };
        if (signal.aborted) {
          onAbort();
          return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
        waiting.set(requestToken, (query) => {
          waiting.delete(requestToken);
          signal.removeEventListener('abort', onAbort);
          resolve(query);
        });
      }),
    close: async () => {
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        server.close(() => { resolve(); });
        server.closeAllConnections();
      })));
    },
  };
}

/** How many times a paste that is not this run's answer is asked for again before the run stops. */
export const PASTE_ATTEMPTS = 3;

/**
 * `--paste`: nothing listens; the person copies the address the browser ended on (an error page, but
 * its address holds NetSuite's answer) and pastes it at the prompt. A paste that is not the answer to
 * this run's request (nothing, not an address, another request's) is asked for again, saying why.
 */
export function pastedCallback(ask: Ask, port: number): ApprovalChannel {
  const callbackUrl = `http://localhost:${port}${CALLBACK_PATH}`;
  const prompt = `After you click Allow, your browser goes to ${callbackUrl}?… and shows an error, since nothing listens there. Paste that whole address here: `;
  return {
    callbackUrl,
    wait: async (requestToken, signal) => {
      let question = prompt;
      for (let attempt = 1; ; attempt += 1) {
        const answer = await askUnlessAborted(ask, question, signal);
        const pasted = readPaste(answer, requestToken);
        if (pasted instanceof URLSearchParams) return pasted;
        if (attempt === PASTE_ATTEMPTS) {
          throw new UsageError(`${pasted} Nothing was minted.`, { hint: `Run the command again, and copy the whole address from the browser's address bar right after you click Allow; it starts with ${callbackUrl}?oauth_token=.` });
        }
        question = `${pasted} Copy the whole address from the browser's address bar (it starts with ${callbackUrl}?oauth_token=) and paste it here: `;
      }
    },
    close: () => Promise.resolve(),
  };
}

/** The answer to `question`, or a rejection when `signal` aborts first; the listener goes with the question. */
async function askUnlessAborted(ask: Ask, question: string, signal: AbortSignal): Promise<string> {
  let onAbort = (): void => undefined;
  try {
    return await Promise.race([
      ask(question),
      new Promise<never>((_resolve, reject) => {
        onAbort = () => { reject(new Error('aborted')); };
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** The pasted address's query when it answers `requestToken`; otherwise one sentence saying what is wrong with it. */
function readPaste(answer: string, requestToken: string): URLSearchParams | string {
  const text = answer.trim();
  if (text === '') return 'Nothing was pasted.';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'What was pasted is not an address (a URL).';
  }
  const token = url.searchParams.get('oauth_token');
  if (token === null) return 'That address carries no oauth_token, so it is not NetSuite\'s answer.';
  if (token !== requestToken) return 'That address answers another authorization request than this run\'s (an older one?).';
  return url.searchParams;
}

/** A free loopback port, for `--paste` without `--callback-port` (any port matches `http://localhost:*`). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await listen(server, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return port;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(html)) });
  response.end(html);
}
