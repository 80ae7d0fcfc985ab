// Writes a migration with the SQL that brings a database migrated to the current state up to the entities.
// Usage: npm run migration:generate -w apps/server -- <Name>   (needs a built dist and a PostgreSQL at DATABASE_URL)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require('../dist/infra/database/data-source-options.js');

const name = process.argv[2];
if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: generate-migration <PascalCaseName>');
  process.exit(1);
}
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `hubspoke_migration_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(adminUrl);
url.pathname = `/${scratch}`;
const ds = new DataSource(dataSourceOptions(url.toString()));
try {
  await ds.initialize();
  await ds.runMigrations();
  const { upQueries, downQueries } = await ds.driver.createSchemaBuilder().log();
  if (upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
  } else {
    const ts = Date.now();
    const esc = (q) => '`' + q.query.replace(/`/g, '\\`') + '`';
    const up = upQueries.map((q) => `    await queryRunner.query(${esc(q)});`).join('\n');
    const down = downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${esc(q)});`)
      .join('\n');
    const file = join(import.meta.dirname, '..', 'src', 'infra', 'database', 'migrations', `${ts}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`wrote ${file}; add it to migrations/index.ts`);
  }
} finally {
  if (ds.isInitialized) await ds.destroy();
  await admin.query(`DROP DATABASE ${scratch}`);
  await admin.end();
}
