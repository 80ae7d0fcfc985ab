import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DigestDto } from '@hubspoke/contracts';
import { Emitter } from '@socket.io/redis-emitter';
import type { Env } from '../../infra/config/env';
import { SOCKET_ADAPTER_KEY } from '../../infra/realtime/redis-io.adapter';
import { DroppingPublisher } from '../../infra/realtime/socket-redis';
import { userRoom } from '../realtime/socket-types';

/** Pushes a digest to its user's room from a process without a socket server, through the api's Redis adapter. */
@Injectable()
export class DigestPush implements OnApplicationShutdown {
  private readonly redis: DroppingPublisher;
  private readonly emitter: Emitter;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    // a build pushes its hub's digests in one go: auto-pipelining sends them in one write
    this.redis = new DroppingPublisher(config.get('REDIS_URL', { infer: true }), {
      maxRetriesPerRequest: 1,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined); // a push is best effort: the digest is stored and listed anyway
    this.emitter = new Emitter(this.redis, { key: SOCKET_ADAPTER_KEY });
  }

  push(userId: string, digest: DigestDto): void {
    this.emitter.to(userRoom(userId)).emit('digest', digest);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
