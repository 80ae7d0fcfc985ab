import { DataSource, type DataSourceOptions } from 'typeorm';

/** The advisory lock every process takes to migrate a database (any constant, the same everywhere). */
const MIGRATION_LOCK = 7_347_001;

/**
 * Connects and applies pending migrations one process at a time, so api replicas that start together (or a new
 * version rolled out over running replicas) never run the same migration twice.
 */
export async function connectAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  const lockHolder = dataSource.createQueryRunner();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  } finally {
    await lockHolder.release();
  }
}
