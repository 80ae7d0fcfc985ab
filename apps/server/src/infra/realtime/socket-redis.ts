import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Subject } from 'rxjs';
import type { Env } from '../config/env';
import { AdapterTraffic } from './adapter-traffic';
import { connectRedis, dropFailedPublishes, redisTarget, type RedisConnection } from '../redis/redis-connection';

const retryStrategy = (times: number) => Math.min(times * 200, 2000);

/** The two dedicated Redis connections of the socket.io adapter, and a signal when cross-instance delivery resumes. */
@Injectable()
export class SocketRedis implements OnApplicationShutdown {
  private readonly logger = new Logger(SocketRedis.name);
  private readonly restored = new Subject<Date>();
  /** Emits, with when the outage was noticed, once the subscription is back: messages published meanwhile never arrived. */
  readonly restored$ = this.restored.asObservable();
  private clients?: { pub: RedisConnection; sub: RedisConnection };
  private closing = false;

  constructor(@Inject(ConfigService) private readonly config: ConfigService<Env, true>) {}

  /** Connects on first use, so a process that serves no sockets opens no connections. */
  connect(): { pub: RedisConnection; sub: RedisConnection } {
    if (this.clients) return this.clients;
    const target = redisTarget(this.config);
    const pub = dropFailedPublishes(
      connectRedis(target, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy }),
    );
    // The subscriber queues its (s/p)subscribe until Redis answers, however long that takes, and resubscribes after.
    // On a cluster each sharded channel is subscribed on the node that holds its slot.
    const sharded = this.config.get('REALTIME_ADAPTER', { infer: true }) === 'sharded';
    const sub = connectRedis(target, { maxRetriesPerRequest: null, retryStrategy }, { shardedSubscribers: sharded });
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
@Module({ providers: [SocketRedis, AdapterTraffic], exports: [SocketRedis, AdapterTraffic] })
export class SocketRedisModule {}
