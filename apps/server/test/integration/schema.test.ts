import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/infra/database/data-source-options';
import { createTestDatabase } from '../support/test-app';

describe('schema', () => {
  it('the migrations produce exactly what the entities describe (generate-and-compare)', async () => {
    const db = await createTestDatabase();
    const ds = new DataSource(dataSourceOptions(db.url));
    try {
      await ds.initialize();
      const { upQueries } = await ds.driver.createSchemaBuilder().log();
      expect(upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('the migrations revert cleanly and apply again', async () => {
    const db = await createTestDatabase();
    const ds = new DataSource(dataSourceOptions(db.url));
    try {
      await ds.initialize();
      for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration();
      const [{ count }] = await ds.query(
        `SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(count).toBe(0);
      await ds.runMigrations();
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
