import type { HubRole } from '@hubspoke/contracts';
import { randomBytes } from 'node:crypto';
import type { TestContext, TestOrg, TestUser } from './test-app';

/** The password of every factory user, and its bcrypt hash at cost 4. */
export const FACTORY_PASSWORD = 'password123';
const PASSWORD_HASH = '$2b$04$jKnb0FLgiN/DDhoP2pjnTuDTBmdMyd3VPbUy7h59tKj6b0lt8yqw2';

export const unique = () => randomBytes(5).toString('hex');

export type Factories = Pick<TestContext, 'newUser' | 'newOrg' | 'newHub' | 'newMember' | 'joinOrg'>;

/** Rows of a query: a TypeORM DataSource's `query`, or a pg pool's rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows as the tests read them
type Query = (sql: string, params: unknown[]) => Promise<any[]>;

/**
 * Users, organizations, hubs and members written straight in SQL. `tokenFor` gives a new user's access token: signed
 * in the test process, or from signing in over HTTP with FACTORY_PASSWORD.
 */
export function sqlFactories(
  query: Query,
  tokenFor: (user: { id: string; email: string; emailVerified: boolean }) => Promise<string>,
): Factories {
  const newUser: Factories['newUser'] = async (fields = {}) => {
    const email = (fields.email ?? `user-${unique()}@example.org`).toLowerCase();
    const name = fields.name ?? `User ${unique()}`;
    const verified = fields.verified ?? true;
    const [row] = await query(
      `INSERT INTO "user" (email, name, password_hash, email_verified_at)
       VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END) RETURNING id`,
      [email, name, PASSWORD_HASH, verified],
    );
    const token = await tokenFor({ id: row.id, email, emailVerified: verified });
    return { id: row.id, email, name, token, auth: { Authorization: `Bearer ${token}` } };
  };

  const newOrg: Factories['newOrg'] = async (fields = {}) => {
    const name = fields.name ?? `Org ${unique()}`;
    const sector = fields.sector ?? 'ngo';
    const [row] = await query(
      `INSERT INTO organization (name, sector, country, sdgs) VALUES ($1, $2, $3, $4) RETURNING id`,
      [name, sector, fields.country ?? 'KE', fields.sdgs ?? [3]],
    );
    return { id: row.id, name, sector };
  };

  /** A hub member acts for their organization: they are its approved member too. */
  const addMember = async (hubId: string, user: TestUser, org: TestOrg, role: HubRole): Promise<string> => {
    await joinOrg(user, org);
    const [row] = await query(
      `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at)
       VALUES ($1, $2, $3, $4, 'active', now()) RETURNING id`,
      [hubId, user.id, org.id, role],
    );
    return row.id;
  };

  const joinOrg: Factories['joinOrg'] = async (user, org, role = 'member') => {
    await query(
      `INSERT INTO organization_member (organization_id, user_id, role, status, joined_via, decided_at)
       VALUES ($1, $2, $3, 'approved', 'request', now())
       ON CONFLICT (organization_id, user_id) DO UPDATE SET status = 'approved', role = excluded.role`,
      [org.id, user.id, role],
    );
    if (role === 'admin') await query(`UPDATE organization SET claimed_at = now() WHERE id = $1`, [org.id]);
  };

  const newHub: Factories['newHub'] = async (fields = {}) => {
    const owner = fields.owner ?? (await newUser());
    const ownerOrg = fields.ownerOrg ?? (await newOrg());
    const slug = `hub-${unique()}`;
    const name = fields.name ?? `Hub ${slug}`;
    const visibility = fields.visibility ?? 'private';
    const [row] = await query(
      `INSERT INTO hub (slug, name, mission, visibility, sdgs, sdg_targets) VALUES ($1, $2, 'A test mission', $3, $4, $5) RETURNING id`,
      [slug, name, visibility, fields.sdgs ?? [3], fields.sdgTargets ?? ['3.b']],
    );
    await addMember(row.id, owner, ownerOrg, 'secretariat');
    return { id: row.id, slug, name, visibility, owner, ownerOrg };
  };

  const newMember: Factories['newMember'] = async (hub, role, fields = {}) => {
    const user = fields.user ?? (await newUser());
    const org = fields.org ?? (await newOrg());
    const memberId = await addMember(hub.id, user, org, role);
    return { user, org, memberId, role };
  };

  return { newUser, newOrg, newHub, newMember, joinOrg };
}
