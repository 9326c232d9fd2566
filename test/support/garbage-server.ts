import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback server that answers every request with what the test chooses — including what no
 * NetSuite should ever send: truncated or nested-to-death JSON, HTML, bodies without end. Pointed at
 * by NETSUITE_REST_URL / NETSUITE_RESTLETS_URL to see how the operator takes it.
 */
export type GarbageAnswer =
  | { readonly kind: 'body'; readonly status: number; readonly contentType: string; readonly body: string }
  /** 200 with chunks of `chunk` for as long as the client keeps reading. */
  | { readonly kind: 'endless'; readonly prefix: string; readonly chunk: string };

export interface GarbageServer {
  readonly url: string;
  requests(): number;
  close(): Promise<void>;
}

export async function startGarbageServer(answer: GarbageAnswer): Promise<GarbageServer> {
  const sockets = new Set<Socket>();
  let requests = 0;
  const server = createServer((request, response: ServerResponse) => {
    requests += 1;
    request.resume();
    switch (answer.kind) {
      case 'body':
        response.writeHead(answer.status, { 'content-type': answer.contentType });
        response.end(answer.body);
        return;
      case 'endless': {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(answer.prefix);
        const pump = (): void => {
          while (!response.destroyed && response.write(answer.chunk)) {
            // keep the socket's buffer full; 'drain' resumes
          }
        };
        response.on('drain', pump);
        response.on('close', () => response.removeListener('drain', pump));
        pump();
        return;
      }
    }
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => { resolve(); });
      }),
  };
}
