// A TCP relay between the server and PostgreSQL that a test can cut and restore, to play a database outage
// (every open connection dropped, new ones refused) without stopping the shared test database.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  forwardTo(host: string, port: number): void;
  /** Drops every relayed connection and refuses new ones, as a stopped PostgreSQL does. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let down = false;
  let target = { host: '127.0.0.1', port: 5432 };
  const server: Server = createServer((client) => {
    if (down) { client.destroy(); return; }
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    forwardTo(host, port) { target = { host, port }; },
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore() { down = false; },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** The same database URL, through the proxy (which now forwards to that database's server). */
export function viaProxy(url: string, proxy: TcpProxy): string {
  const u = new URL(url);
  proxy.forwardTo(u.hostname, Number(u.port || 5432));
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return u.toString();
}
