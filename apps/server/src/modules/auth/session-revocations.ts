import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Subject } from 'rxjs';
import type { Env } from '../../infra/config/env';
import { RedisClient, RedisShortcut } from '../../infra/redis/redis.module';

/** Sessions of one user just ended, or all of them (a password change), for the sockets to close. */
export interface EndedSessions {
  userId: string;
  sessionIds: string[];
  all: boolean;
}

/**
 * Ended sessions whose access tokens have not expired yet: kept in Redis for one access-token lifetime, so every api
 * instance refuses them at once. While Redis is away a check lets the token through: it expires by itself within
 * ACCESS_TOKEN_TTL_SECONDS.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);
  private readonly ended = new Subject<EndedSessions>();
  /** Sessions ended through this instance; the realtime gateway closes their sockets on every instance. */
  readonly ended$ = this.ended.asObservable();
  private readonly ttlMs: number;
  private readonly prefix: string;
  constructor(
    private readonly client: RedisClient,
    private readonly shortcut: RedisShortcut,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.ttlMs = config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }) * 1000;
    this.prefix = `${config.get('QUEUE_PREFIX', { infer: true })}:ended-session:`;
  }

  async end(ended: EndedSessions): Promise<void> {
    if (ended.sessionIds.length > 0) {
      // one command per key, not a pipeline: on a Redis Cluster the keys live on different nodes
      const { redis } = this.client;
      await Promise.all(ended.sessionIds.map((id) => redis.set(this.prefix + id, '1', 'PX', this.ttlMs))).catch(
        (error: Error) => {
          this.logger.warn(
            `Ended sessions not recorded in Redis (their tokens expire by themselves): ${error.message}`,
          );
        },
      );
    }
    this.ended.next(ended);
  }

  async isEnded(sessionId: string): Promise<boolean> {
    if (this.shortcut.skipping) return false;
    try {
      return (await this.client.redis.exists(this.prefix + sessionId)) === 1;
    } catch {
      this.shortcut.failed();
      return false;
    }
  }
}
