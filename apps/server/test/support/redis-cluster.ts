import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServer } from 'node:net';

const run = promisify(execFile);
const STARTUP_TIMEOUT_MS = 20_000;

const PASSWORD = 'hubspoke-cluster-test';
const AUTH = ['-a', PASSWORD, '--no-auth-warning'];

/**
 * A local Redis Cluster of three masters (no replicas) on free 127.0.0.1 ports: redis-server processes from PATH in
 * a temporary folder, joined with `redis-cli --cluster create`, every node requiring a password as production's would.
 * Nothing kept on disk past `stop()`.
 */
export class OwnRedisCluster {
  private constructor(
    readonly ports: number[],
    private readonly children: ChildProcess[],
    private readonly dir: string,
  ) {}

  /** `redis://:password@host:port,…`, as REDIS_CLUSTER_NODES takes it. */
  get nodes(): string {
    return this.ports.map((port) => `redis://:${PASSWORD}@127.0.0.1:${port}`).join(',');
  }

  static async start(): Promise<OwnRedisCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'hubspoke-redis-cluster-'));
    const ports: number[] = [];
    while (ports.length < 3) {
      const port = await clusterPort();
      if (!ports.includes(port)) ports.push(port);
    }
    const children = ports.map((port) => {
      const options = {
        port: String(port),
        bind: '127.0.0.1',
        save: '',
        appendonly: 'no',
        'cluster-enabled': 'yes',
        'cluster-config-file': `nodes-${port}.conf`,
        requirepass: PASSWORD,
        masterauth: PASSWORD,
        dir,
      };
      const args = Object.entries(options).flatMap(([name, value]) => [`--${name}`, value]);
      return spawn('redis-server', args, { stdio: 'ignore' });
    });
    const cluster = new OwnRedisCluster(ports, children, dir);
    try {
      await cluster.waitUntil(async (port) => (await cli(port, 'PING')) === 'PONG');
      const hosts = ports.map((port) => `127.0.0.1:${port}`);
      await run('redis-cli', [...AUTH, '--cluster', 'create', ...hosts, '--cluster-yes'], {
        timeout: STARTUP_TIMEOUT_MS,
      });
      await cluster.waitUntil(async (port) => (await cli(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok'));
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        return exited;
      }),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async waitUntil(ready: (port: number) => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (const port of this.ports) {
      while (!(await ready(port).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`Redis Cluster node on port ${port} did not become ready`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}

async function cli(port: number, ...command: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', [...AUTH, '-p', String(port), ...command], { timeout: 2000 });
  return stdout.trim();
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free port whose cluster bus port (port + 10000) is free too; ephemeral ports would put the bus past 65535. */
async function clusterPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if ((await isFree(port)) && (await isFree(port + 10_000))) return port;
  }
}
