import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface LoadBalancer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Which upstream (index) served each proxied request or websocket, in order. */
  served: number[];
  close(): Promise<void>;
}

/** Only a refused connection is retried: then nothing reached the upstream. */
const isRefused = (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED';

/** How often each upstream's readiness is checked (HAProxy's `inter`); SHUTDOWN_DELAY_MS in tests is well above it. */
const CHECK_INTERVAL_MS = 100;

/** Whether an upstream answers /health/ready with 200 (HAProxy's `option httpchk`, `fall 1 rise 1`). */
function checkReady(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const check = request({ host: '127.0.0.1', port, path: '/health/ready', agent: false, timeout: 1000 }, (answer) => {
      answer.resume();
      resolve(answer.statusCode === 200);
    });
    check.once('timeout', () => check.destroy());
    check.once('error', () => resolve(false));
    check.end();
  });
}

/**
 * Round robin over the ready api instances, as deploy/haproxy.cfg does it: each upstream's readiness is checked every
 * 100 ms and one that fails it (a draining instance) gets no new requests; no keep-alive to the upstreams; a request
 * (or websocket handshake) whose connection an upstream refuses goes to the next one (`retry-on conn-failure`:
 * nothing was sent, so even a POST is safe to retry). Anything an upstream answered is passed back as is.
 */
export async function startLoadBalancer(upstreamUrls: string[]): Promise<LoadBalancer> {
  const upstreams = upstreamUrls.map((url) => Number(new URL(url).port));
  const ready = await Promise.all(upstreams.map(checkReady));
  let checking = true;
  const checks = upstreams.map(async (port, index) => {
    while (checking) {
      await new Promise((resolve) => setTimeout(resolve, CHECK_INTERVAL_MS));
      ready[index] = await checkReady(port);
    }
  });
  const served: number[] = [];
  let next = 0;
  /** The ready upstreams in round-robin order, then (should none be ready) the others. */
  const order = () => {
    const first = next++ % upstreams.length;
    const all = upstreams.map((_, i) => (first + i) % upstreams.length);
    return [...all.filter((i) => ready[i]), ...all.filter((i) => !ready[i])];
  };

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const attempt = (tries: number[]) => {
      const index = tries[0];
      if (index === undefined) {
        res.writeHead(502).end();
        return;
      }
      const upstream = request(
        {
          host: '127.0.0.1',
          port: upstreams[index],
          method: req.method,
          path: req.url,
          headers: { ...req.headers, connection: 'close' },
          agent: false,
        },
        (answer) => {
          served.push(index);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.once('error', (error: NodeJS.ErrnoException) => {
        if (isRefused(error)) attempt(tries.slice(1));
        else if (!res.headersSent) res.writeHead(502).end();
        else res.destroy(error);
      });
      upstream.end(body);
    };
    attempt(order());
  });

  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const handshake =
      `${req.method} ${req.url} HTTP/1.1\r\n` +
      Object.entries(req.headers)
        .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`)
        .join('\r\n') +
      '\r\n\r\n';
    const attempt = (tries: number[]) => {
      const index = tries[0];
      if (index === undefined) return client.destroy();
      const upstream = connect(upstreams[index]!, '127.0.0.1');
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        served.push(index);
        upstream.write(handshake);
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
      });
      upstream.once('error', (error: NodeJS.ErrnoException) => {
        if (!connected && isRefused(error)) attempt(tries.slice(1));
        else client.destroy();
      });
    };
    attempt(order());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: async () => {
      checking = false;
      await Promise.all(checks);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
