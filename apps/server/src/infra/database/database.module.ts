import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { dataSourceOptions } from './data-source-options';
import { connectAndMigrate } from './migrate';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => ({
        ...dataSourceOptions(config.get('DATABASE_URL', { infer: true }), {
          max: config.get('DB_POOL_MAX', { infer: true }),
          connectTimeoutMs: config.get('DB_CONNECT_TIMEOUT_MS', { infer: true }),
          statementTimeoutMs: config.get('DB_STATEMENT_TIMEOUT_MS', { infer: true }),
          queryTimeoutMs: config.get('DB_QUERY_TIMEOUT_MS', { infer: true }),
          idleInTransactionTimeoutMs: config.get('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', { infer: true }),
        }),
      }),
      dataSourceFactory: (options) => connectAndMigrate(options!),
    }),
  ],
})
export class DatabaseModule {}
