import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { DEFAULT_POOL_SETTINGS, poolOptions, type PoolSettings } from './pool-settings';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, pool: PoolSettings = DEFAULT_POOL_SETTINGS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    extra: poolOptions(pool),
  };
}
