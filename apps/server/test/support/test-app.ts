import 'reflect-metadata';
import type { HubRole, HubVisibility, Sector } from '@hubspoke/contracts';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { AccessTokenService } from '../../src/modules/auth/access-token.service';
import { sqlFactories, unique } from './factories';
import { ADMIN_DATABASE_URL, TEMPLATE_DB_ENV, databaseUrl, testEnv } from './services';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
  /** `Authorization` header for supertest's `.set()`. */
  auth: { Authorization: string };
}

export interface TestOrg {
  id: string;
  name: string;
  sector: Sector;
}

export interface TestHub {
  id: string;
  slug: string;
  name: string;
  visibility: HubVisibility;
  /** The secretariat user who created it, and the organization it represents. */
  owner: TestUser;
  ownerOrg: TestOrg;
}

export interface TestMember {
  user: TestUser;
  org: TestOrg;
  memberId: string;
  role: HubRole;
}

export interface TestContext {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  ds: DataSource;
  databaseName: string;
  /** A verified account unless `verified: false`. */
  newUser(fields?: { email?: string; name?: string; verified?: boolean }): Promise<TestUser>;
  newOrg(fields?: Partial<{ name: string; sector: Sector; country: string; sdgs: number[] }>): Promise<TestOrg>;
  newHub(
    fields?: Partial<{
      name: string;
      visibility: HubVisibility;
      owner: TestUser;
      ownerOrg: TestOrg;
      sdgs: number[];
      sdgTargets: string[];
    }>,
  ): Promise<TestHub>;
  newMember(hub: TestHub, role: HubRole, fields?: { org?: TestOrg; user?: TestUser }): Promise<TestMember>;
  /** Makes the user an approved member (or admin) of the organization. */
  joinOrg(user: Pick<TestUser, 'id'>, org: Pick<TestOrg, 'id'>, role?: 'admin' | 'member'): Promise<void>;
  close(): Promise<void>;
}

/** A database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const template = process.env[TEMPLATE_DB_ENV];
  if (!template) throw new Error('global-setup did not run');
  const name = `hubspoke_t_${unique()}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      const c = new Client({ connectionString: ADMIN_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Boots the real api (same modules and setup as main.ts) on its own database, with small factories. */
export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  Object.assign(process.env, testEnv(db.url, envOverrides));
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot()] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  configureApp(app);
  await app.init();
  const ds = app.get(DataSource);
  const tokens = app.get(AccessTokenService);

  const factories = sqlFactories(
    (sql, params) => ds.query(sql, params),
    async (user) => tokens.sign(user),
  );

  return {
    app,
    http: request(app.getHttpServer()),
    ds,
    databaseName: db.name,
    ...factories,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export const randomId = () => randomUUID();
