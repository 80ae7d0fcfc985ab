import { DataSource, type DataSourceOptions } from 'typeorm';

/** The advisory lock every process takes to migrate a database (any constant, the same everywhere). */
const MIGRATION_LOCK = 7_347_001;

/**
 * Applies pending migrations one process at a time, then connects. Api replicas that start together (or a new
 * version rolled out over running replicas) never run the same migration twice.
 */
export async function connectAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  await migrate(options);
  return new DataSource({ ...options, migrationsRun: false }).initialize();
}

/**
 * On one connection of its own, without the requests' statement and query timeouts: a migration may take longer than
 * a request may, and so may waiting for another process's migrations. The advisory lock belongs to that connection's
 * session, which the migrations then run in.
 */
async function migrate(options: DataSourceOptions): Promise<void> {
  const extra = {
    ...(options.extra as Record<string, unknown>),
    max: 1,
    statement_timeout: 0,
    query_timeout: undefined,
  };
  const dataSource = await new DataSource({
    ...options,
    migrationsRun: false,
    extra,
  } as DataSourceOptions).initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await dataSource.destroy();
  }
}
