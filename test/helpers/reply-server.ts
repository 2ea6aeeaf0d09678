/** A local HTTP server (127.0.0.1, port 0) that answers each path with a fixed reply, for fetch-level tests. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

export interface ReplyServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  close(): Promise<void>;
}

/** Serves `replies` by path (JSON content type unless a reply sets its own); any other path is a 404. */
export async function serveReplies(replies: Readonly<Record<string, Reply>>): Promise<ReplyServer> {
  const server = createServer((req, res) => {
    const reply = replies[req.url ?? ''] ?? { status: 404, body: 'not found' };
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
