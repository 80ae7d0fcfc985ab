import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../infra/config/env';
import { connectRedis, redisTarget } from '../../infra/redis/redis-connection';

/** What BullMQ needs of Redis in production; a warning at worker start when it is not so. */
export function redisSettingWarnings(settings: Record<string, string | undefined>): string[] {
  const warnings: string[] = [];
  if (settings['maxmemory-policy'] !== 'noeviction') {
    warnings.push(
      `Redis maxmemory-policy is ${settings['maxmemory-policy'] ?? 'unknown'}: set noeviction, or queued jobs can be evicted`,
    );
  }
  if (settings.appendonly !== 'yes') {
    warnings.push('Redis appendonly is off: a restart loses queued jobs (schedules are reconciled from PostgreSQL)');
  }
  return warnings;
}

@Injectable()
export class RedisSettingsCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger(RedisSettingsCheck.name);

  constructor(@Inject(ConfigService) private readonly config: ConfigService<Env, true>) {}

  async onApplicationBootstrap(): Promise<void> {
    const redis = connectRedis(redisTarget(this.config), { maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    try {
      const settings: Record<string, string> = {};
      for (const name of ['maxmemory-policy', 'appendonly']) {
        const [, value] = (await redis.config('GET', name)) as string[];
        if (value !== undefined) settings[name] = value;
      }
      for (const warning of redisSettingWarnings(settings)) this.logger.warn(warning);
    } catch (error) {
      this.logger.warn(`Could not read the Redis settings (${(error as Error).message})`);
    } finally {
      redis.disconnect();
    }
  }
}
