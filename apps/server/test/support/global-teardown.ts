import { Client } from 'pg';
import { ADMIN_DATABASE_URL, TEMPLATE_DB_ENV } from './services';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_DB_ENV];
  if (!template) return;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.end();
}
