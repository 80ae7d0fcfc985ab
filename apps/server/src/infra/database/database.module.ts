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
        ...dataSourceOptions(config.get('DATABASE_URL', { infer: true })),
      }),
      dataSourceFactory: (options) => connectAndMigrate(options!),
    }),
  ],
})
export class DatabaseModule {}
