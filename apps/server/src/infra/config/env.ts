import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && value !== '' ? Number(value) : value);

const CLUSTER_NODE = String.raw`(rediss?:\/\/([^@\s,/]*@)?)?[\w.-]+:\d{1,5}\/?`;
const CLUSTER_NODES = new RegExp(`^${CLUSTER_NODE}(,${CLUSTER_NODE})*$`);

/** Every environment variable the processes read, validated once at boot. */
export class Env {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL!: string;

  /** One Redis; unused (and optional) when REDIS_CLUSTER_NODES names a Redis Cluster. */
  @ValidateIf((env: Env) => !env.REDIS_CLUSTER_NODES)
  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL!: string;

  /**
   * Seed nodes of a Redis Cluster (`host:port,…`, or `redis://[user:password@]host:port,…`, `rediss://` for TLS): every
   * Redis client connects to the cluster instead.
   */
  @IsOptional()
  @Matches(CLUSTER_NODES, { message: 'must be host:port pairs or redis:// URLs separated by commas' })
  REDIS_CLUSTER_NODES?: string;

  /**
   * socket.io's Redis adapter: `classic` pub/sub (every instance receives every message) or `sharded` pub/sub
   * (Redis >= 7; a channel per room, received only by the instances with sockets in it).
   */
  @IsOptional()
  @IsIn(['classic', 'sharded'])
  REALTIME_ADAPTER: 'classic' | 'sharded' = 'classic';

  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (seconds)' })
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (days)' })
  @Min(1)
  REFRESH_TOKEN_TTL_DAYS: number = 30;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  /** bcrypt cost; tests lower it to keep user factories fast. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_ROUNDS: number = 11;

  /** How long a presence entry outlives its last heartbeat (heartbeats every third of it); tests shorten it. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (seconds)' })
  @Min(3)
  @Max(3600)
  PRESENCE_TTL_SECONDS: number = 30;

  /** Requests per minute per client address to each sign-in route (login, register, refresh), whatever token comes. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT: number = 20;

  /** Writes (POST, PUT, PATCH, DELETE) per minute per signed-in user, or per address when anonymous. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WRITE_RATE_LIMIT: number = 600;

  /** Reads (GET, HEAD) per minute per signed-in user, or per address when anonymous; health checks are not counted. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  READ_RATE_LIMIT: number = 3000;

  /** Failed logins in a row after which an account is locked for LOGIN_LOCKOUT_MINUTES. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_ATTEMPTS: number = 10;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (minutes)' })
  @Min(1)
  LOGIN_LOCKOUT_MINUTES: number = 15;

  /** Comma-separated origins allowed to call the api from a browser (CORS); unset allows the app's own origin only. */
  @IsOptional()
  @Matches(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, { message: 'must be comma-separated http(s):// origins' })
  CORS_ORIGINS?: string;

  /**
   * Which proxies in front of the api to trust for the client's address (X-Forwarded-For), in Express's terms: the
   * rate limits count by that address. `uniquelocal` behind a load balancer on a private network.
   */
  @IsOptional()
  @Matches(/^[\w.:/, -]{1,200}$/, {
    message: 'must be an Express trust proxy value (loopback, uniquelocal, addresses)',
  })
  TRUST_PROXY: string = 'loopback';

  /**
   * How long a stopping api keeps serving, readiness failing, before it stops listening: load balancers that check
   * /health/ready take it out of rotation meanwhile, so no request is sent to a listener that is closing.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(0)
  @Max(120_000)
  SHUTDOWN_DELAY_MS: number = 5_000;

  /** How long a stopping api waits for requests in flight before it closes their connections. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (seconds)' })
  @Min(1)
  @Max(300)
  SHUTDOWN_TIMEOUT_SECONDS: number = 20;

  /** Where digest emails go; without it they are kept in the local outbox (GET /api/digests/outbox). */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM: string = 'Hubspoke <digests@hubspoke.local>';

  /** The app's address as users reach it, for links in emails (unsubscribe). */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s):// URL' })
  PUBLIC_URL?: string;

  /** The BullMQ key prefix; tests give each run its own. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'must be 1-40 letters, digits, _ or -' })
  QUEUE_PREFIX: string = 'hubspoke';

  /** How often the worker re-derives the digest schedules from PostgreSQL. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (seconds)' })
  @Min(1)
  @Max(86400)
  DIGEST_RECONCILE_SECONDS: number = 300;

  /**
   * Notification emails: at most one per user in each window of this many seconds, collecting what came in it. Tests
   * shorten it.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (seconds)' })
  @Min(1)
  @Max(86400)
  NOTIFICATION_EMAIL_WINDOW_SECONDS: number = 300;

  /**
   * The digest workers' job lock and stalled-job check interval (ms); unset keeps BullMQ's 30 s. How soon the jobs of
   * a worker that died are taken over by another; tests shorten it.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(500)
  @Max(600_000)
  DIGEST_LOCK_MS?: number;

  /**
   * Rows per table an export streams at most (network and ratings exports); past it the file ends there and says so
   * in X-Export-Truncated. Above the 200,000 ties the network is built for, about what a 20 MB import takes back.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORT_MAX_ROWS: number = 250_000;

  // PostgreSQL pool: fail fast instead of waiting (infra/database/pool-settings.ts)

  /** Connections per process. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  DB_POOL_MAX: number = 20;

  /** How long a request waits for a free or new connection before it fails (503). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(100)
  @Max(600_000)
  DB_CONNECT_TIMEOUT_MS: number = 5_000;

  /** PostgreSQL cancels a statement running longer (the request fails with 503). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(100)
  @Max(3_600_000)
  DB_STATEMENT_TIMEOUT_MS: number = 15_000;

  /** A query without any answer this long (partition, frozen server) ends its connection; at least the statement timeout + 1 s. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(100)
  @Max(3_600_000)
  DB_QUERY_TIMEOUT_MS: number = 20_000;

  /** PostgreSQL ends a session left inside a transaction this long (a client cut off mid-transaction keeps its locks). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(100)
  @Max(3_600_000)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = 60_000;
}

export class EnvError extends Error {}

/**
 * Returns the validated environment or throws an EnvError whose message is one line naming the variable.
 * A process that needs only some variables (the seed) names them in `only`.
 */
export function validateEnv(raw: Record<string, unknown>, only?: readonly (keyof Env)[]): Env {
  const env = plainToInstance(Env, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false }).filter((e) => !only || only.includes(e.property as keyof Env));
  if (errors.length > 0) {
    const first = errors[0]!;
    // type checks (isInt, isString...) say more than range checks about a malformed value
    const constraints = Object.entries(first.constraints ?? {}).sort(
      ([a], [b]) => Number(!a.startsWith('is')) - Number(!b.startsWith('is')),
    );
    const reason = (constraints[0]?.[1] ?? 'is invalid').replace(new RegExp(`^${first.property} `), '');
    const shown = raw[first.property] === undefined ? 'is missing' : reason;
    throw new EnvError(`Invalid environment: ${first.property} ${shown}`);
  }
  return env;
}
