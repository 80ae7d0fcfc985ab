import 'reflect-metadata';
import type { HubRole, HubVisibility, Sector } from '@hubspoke/contracts';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { AccessTokenService } from '../../src/modules/auth/access-token.service';
import { ADMIN_DATABASE_URL, TEMPLATE_DB_ENV, databaseUrl, testEnv } from './services';

/** bcrypt hash of "password123" at cost 4, shared by every factory user. */
const PASSWORD_HASH = '$2b$04$jKnb0FLgiN/DDhoP2pjnTuDTBmdMyd3VPbUy7h59tKj6b0lt8yqw2';
export const FACTORY_PASSWORD = 'password123';

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
  newUser(fields?: { email?: string; name?: string }): Promise<TestUser>;
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
  close(): Promise<void>;
}

const unique = () => randomBytes(5).toString('hex');

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

  const newUser: TestContext['newUser'] = async (fields = {}) => {
    const email = (fields.email ?? `user-${unique()}@example.org`).toLowerCase();
    const name = fields.name ?? `User ${unique()}`;
    const [row] = await ds.query(`INSERT INTO "user" (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      name,
      PASSWORD_HASH,
    ]);
    const token = tokens.sign({ id: row.id, email });
    return { id: row.id, email, name, token, auth: { Authorization: `Bearer ${token}` } };
  };

  const newOrg: TestContext['newOrg'] = async (fields = {}) => {
    const name = fields.name ?? `Org ${unique()}`;
    const sector = fields.sector ?? 'ngo';
    const [row] = await ds.query(
      `INSERT INTO organization (name, sector, country, sdgs) VALUES ($1, $2, $3, $4) RETURNING id`,
      [name, sector, fields.country ?? 'KE', fields.sdgs ?? [3]],
    );
    return { id: row.id, name, sector };
  };

  const addMember = async (hubId: string, user: TestUser, org: TestOrg, role: HubRole): Promise<string> => {
    const [row] = await ds.query(
      `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at)
       VALUES ($1, $2, $3, $4, 'active', now()) RETURNING id`,
      [hubId, user.id, org.id, role],
    );
    return row.id;
  };

  const newHub: TestContext['newHub'] = async (fields = {}) => {
    const owner = fields.owner ?? (await newUser());
    const ownerOrg = fields.ownerOrg ?? (await newOrg());
    const slug = `hub-${unique()}`;
    const name = fields.name ?? `Hub ${slug}`;
    const visibility = fields.visibility ?? 'private';
    const [row] = await ds.query(
      `INSERT INTO hub (slug, name, mission, visibility, sdgs, sdg_targets) VALUES ($1, $2, 'A test mission', $3, $4, $5) RETURNING id`,
      [slug, name, visibility, fields.sdgs ?? [3], fields.sdgTargets ?? ['3.b']],
    );
    await addMember(row.id, owner, ownerOrg, 'secretariat');
    return { id: row.id, slug, name, visibility, owner, ownerOrg };
  };

  const newMember: TestContext['newMember'] = async (hub, role, fields = {}) => {
    const user = fields.user ?? (await newUser());
    const org = fields.org ?? (await newOrg());
    const memberId = await addMember(hub.id, user, org, role);
    return { user, org, memberId, role };
  };

  return {
    app,
    http: request(app.getHttpServer()),
    ds,
    databaseName: db.name,
    newUser,
    newOrg,
    newHub,
    newMember,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export const randomId = () => randomUUID();
