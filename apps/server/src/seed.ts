import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EnvError } from './infra/config/env';
import { DEMO_PASSWORD } from './modules/seed/demo-data';
import type { DemoLogin } from './modules/seed/demo-hubs';
import { SeedModule } from './modules/seed/seed.module';
import { SeedService, type SeedResult } from './modules/seed/seed.service';

/** The seed's module; a bad environment ends the process with one line. */
function seedModule(): DynamicModule {
  try {
    return SeedModule.forRoot();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Migrates the database at DATABASE_URL and seeds the demo data when it has no hub yet. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(seedModule(), { logger: ['error', 'warn'] });
  try {
    const seed = app.get(SeedService);
    console.log(summary(await seed.seedIfEmpty()));
    const logins = await seed.logins();
    if (logins.length > 0) console.log(table(logins));
  } finally {
    await app.close();
  }
}

function summary(result: SeedResult): string {
  if (!result.seeded) return 'Database already has hubs: nothing seeded.';
  const { organizations, users, hubs, events } = result;
  return `Seeded ${organizations} organizations, ${users} demo people and ${hubs} hubs with ${events} events.`;
}

function table(logins: DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  const lines = logins.map(
    (l) => `  ${l.email.padEnd(width)}  ${(l.role ?? '-').padEnd(14)}  ${l.hub ?? '(no hub)'}  ${l.organization ?? ''}`,
  );
  return [`Demo logins (password: ${DEMO_PASSWORD}):`, ...lines].join('\n');
}

void main();
