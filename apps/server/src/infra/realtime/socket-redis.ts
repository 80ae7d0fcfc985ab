import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis, { type RedisOptions } from 'ioredis';
import { Subject } from 'rxjs';
import type { Env } from '../config/env';

const retryStrategy = (times: number) => Math.min(times * 200, 2000);

/**
 * The publisher of the socket.io adapter. The adapter publishes fire-and-forget, so while Redis is away a publish
 * must neither queue (stale messages would pile up) nor reject unhandled (the process would crash): it is dropped.
 * Clients catch up by seq from PostgreSQL.
 */
export class DroppingPublisher extends Redis {
  override publish(channel: string | Buffer, message: string | Buffer): Promise<number> {
    return super.publish(channel, message).catch(() => 0);
  }
}

/** The two dedicated Redis connections of the socket.io adapter, and a signal when cross-instance delivery resumes. */
@Injectable()
export class SocketRedis implements OnApplicationShutdown {
  private readonly logger = new Logger(SocketRedis.name);
  private readonly restored = new Subject<Date>();
  /** Emits, with when the outage was noticed, once the subscription is back: messages published meanwhile never arrived. */
  readonly restored$ = this.restored.asObservable();
  private clients?: { pub: Redis; sub: Redis };
  private closing = false;

  constructor(@Inject(ConfigService) private readonly config: ConfigService<Env, true>) {}

  /** Connects on first use, so a process that serves no sockets opens no connections. */
  connect(): { pub: Redis; sub: Redis } {
    if (this.clients) return this.clients;
    const url = this.config.get('REDIS_URL', { infer: true });
    const pub = new DroppingPublisher(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy });
    // The subscriber queues its (p)subscribe until Redis answers, however long that takes, and resubscribes after.
    const sub = new Redis(url, { maxRetriesPerRequest: null, retryStrategy } satisfies RedisOptions);
    pub.on('error', () => undefined); // the subscriber reports the outage once
    let lostAt: Date | null = null;
    const lose = (why: string) => {
      if (lostAt || this.closing) return;
      lostAt = new Date();
      this.logger.warn(`Redis for socket.io is unavailable (${why}); delivering locally only`);
    };
    sub.on('error', (error: Error) => lose(error.message));
    sub.on('close', () => lose('connection closed'));
    sub.on('ready', () => {
      const since = lostAt;
      if (!since) return;
      lostAt = null;
      // 'ready' fires before ioredis resubscribes; a PING answered after the resubscription means it is in place.
      setImmediate(() =>
        sub.ping().then(
          () => {
            this.logger.log('Redis for socket.io is back');
            this.restored.next(since);
          },
          () => undefined,
        ),
      );
    });
    this.clients = { pub, sub };
    return this.clients;
  }

  onApplicationShutdown(): void {
    this.closing = true;
    this.clients?.pub.disconnect();
    this.clients?.sub.disconnect();
    this.restored.complete();
  }
}

@Global()
@Module({ providers: [SocketRedis], exports: [SocketRedis] })
export class SocketRedisModule {}
