import { connect, createServer, type Server, type Socket } from 'node:net';
import { freePort } from './api-instances';

interface Pair {
  client: Socket;
  upstream: Socket;
}

/**
 * A TCP proxy on 127.0.0.1 between a process and a service, which the test can cut (every connection reset, new ones
 * refused: the port stops listening), stall (connections stay open but nothing gets through either way, as when a
 * network drops packets silently; with `existing`, new connections still work, as after a failover to a new server
 * while the old one went silent) and restore (listening again on the same port; stalled traffic flows again).
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private readonly pairs = new Set<Pair>();
  /** New connections are held too. */
  private stalled = false;
  /** The target's answers are dropped: the connection is reset as the first byte of one arrives. */
  private droppingAnswers = false;
  private readonly held = new Set<Pair>();

  private constructor(
    readonly port: number,
    private readonly targetPort: number,
  ) {}

  static async start(targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort(), targetPort);
    await proxy.restore();
    return proxy;
  }

  /** The target's URL with the proxy's port instead, e.g. `redis://127.0.0.1:<port>`. */
  url(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.port = String(this.port);
    return url.toString();
  }

  /** Listens (again) and forwards every connection to the target; traffic held by a stall flows again. */
  restore(): Promise<void> {
    this.stalled = false;
    for (const pair of this.held) this.flow(pair);
    this.held.clear();
    if (this.server) return Promise.resolve();
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      const pair = { client, upstream };
      this.pairs.add(pair);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.setNoDelay(true);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          this.pairs.delete(pair);
          this.held.delete(pair);
          // one side gone: the other goes too, as with a real connection
          client.destroy();
          upstream.destroy();
        });
      }
      if (this.stalled) this.held.add(pair);
      else this.flow(pair);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  /** Nothing gets through any more, either way, on the open connections and (unless `existing`) on new ones. */
  stall(which: 'all' | 'existing' = 'all'): void {
    this.stalled = which === 'all';
    for (const pair of this.pairs) {
      if (this.held.has(pair)) continue;
      this.held.add(pair);
      pair.client.unpipe(pair.upstream);
      pair.upstream.unpipe(pair.client);
      pair.client.pause();
      pair.upstream.pause();
    }
  }

  /**
   * From now on a request reaches the target but its answer never reaches the client: both connections are reset as the
   * answer starts, as when a network partition falls between a server's commit and its reply.
   */
  dropAnswers(drop = true): void {
    this.droppingAnswers = drop;
  }

  private flow({ client, upstream }: Pair): void {
    client.pipe(upstream);
    if (!this.droppingAnswers) {
      upstream.pipe(client);
      return;
    }
    upstream.once('data', () => {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    });
  }

  /** Destroys every connection and stops listening, so new connections are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    // RST, not FIN: the peer learns nothing orderly, as when a network drops
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
    this.pairs.clear();
    this.held.clear();
    this.stalled = false;
    await closed;
  }

  close(): Promise<void> {
    return this.cut();
  }
}
