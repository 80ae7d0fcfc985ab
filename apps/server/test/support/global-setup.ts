import 'reflect-metadata';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/infra/database/data-source-options';
import { ADMIN_DATABASE_URL, TEMPLATE_DB_ENV, TEST_REDIS_URL, databaseUrl } from './services';

/** Builds one migrated template database; each test file clones it (CREATE DATABASE ... TEMPLATE) in milliseconds. */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${ADMIN_DATABASE_URL}: ${(error as Error).message}`, { cause: error });
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Tests need Redis at ${TEST_REDIS_URL}: ${(error as Error).message}`, { cause: error });
  } finally {
    redis.disconnect();
  }
  const template = `hubspoke_test_tpl_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const ds = new DataSource(dataSourceOptions(databaseUrl(template)));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  process.env[TEMPLATE_DB_ENV] = template;
}
