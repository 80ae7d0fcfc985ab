// Many members of a hub, fast: rows by SQL (one organization, cost-4 bcrypt hashes), access tokens from
// POST /api/auth/login, or signed here with the api's secret and the same claims past `logins`.
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from './services.mjs';
import { throughput } from './stats.mjs';

export const MEMBER_PASSWORD = 'bench-password';

/**
 * Adds `count` active members (role `member`) to the hub, with emails `<prefix><n>@bench.test` (n from 1), of a new
 * organization "<label> members" (or of `organizations` new ones, "<label> members <k>", member i in organization
 * i mod organizations). The first `logins` tokens come from the api's login, spread over the `https` clients; the
 * others are signed for `ttlSeconds` (make it match the api's ACCESS_TOKEN_TTL_SECONDS).
 */
export async function addMembers(
  db,
  https,
  hubId,
  { count, logins = count, prefix, label, ttlSeconds = 900, organizations = 1 },
) {
  const started = performance.now();
  const email = (i) => `${prefix}${i + 1}@bench.test`;
  const hash = bcrypt.hashSync(MEMBER_PASSWORD, 4);
  const names = Array.from({ length: organizations }, (_, k) =>
    organizations === 1 ? `${label} members` : `${label} members ${k + 1}`,
  );
  const idByName = new Map(
    (
      await db.query(
        `INSERT INTO organization (name, sector, country, sdgs)
         SELECT unnest($1::text[]), 'ngo', 'KE', '{3}' RETURNING id, name`,
        [names],
      )
    ).rows.map((r) => [r.name, r.id]),
  );
  const organizationIds = names.map((name) => idByName.get(name));
  const idByEmail = new Map(
    (
      await db.query(
        `INSERT INTO "user" (email, name, password_hash, email_verified_at)
         SELECT $3::text || g || '@bench.test', $4::text || ' member ' || g, $1, now()
           FROM generate_series(1, $2) g RETURNING id, email`,
        [hash, count, prefix, label],
      )
    ).rows.map((r) => [r.email, r.id]),
  );
  const ids = Array.from({ length: count }, (_, i) => idByEmail.get(email(i)));
  const organizationOf = (i) => organizationIds[i % organizations];
  // each member acts for their organization: an approved member of it
  await db.query(
    `INSERT INTO organization_member (organization_id, user_id, status, joined_via, decided_at)
     SELECT unnest($2::uuid[]), unnest($1::uuid[]), 'approved', 'request', now()`,
    [ids, ids.map((_, i) => organizationOf(i))],
  );
  await db.query(
    `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at)
     SELECT $1, unnest($2::uuid[]), unnest($3::uuid[]), 'member', 'active', now()`,
    [hubId, ids, ids.map((_, i) => organizationOf(i))],
  );
  const tokens = new Array(count);
  logins = Math.min(count, logins);
  const loginRate = await throughput(logins, 16, async (i) => {
    const s = await https[i % https.length].call('POST', '/api/auth/login', {
      body: { email: email(i), password: MEMBER_PASSWORD },
    });
    tokens[i] = s.accessToken;
  });
  for (let i = logins; i < count; i++) {
    tokens[i] = jwt.sign({ sub: ids[i], email: email(i), ev: true }, JWT_SECRET, {
      algorithm: 'HS256',
      expiresIn: ttlSeconds,
    });
  }
  return {
    ids,
    tokens,
    organizationIds,
    organizationOf,
    logins,
    loginRate,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * A new hub through the api: its secretariat registers (`<prefix>-secretariat@example.org`), follows the
 * verification link the api kept in its outbox (`db`), and creates an organization (of which it is the admin) and
 * the hub, named after `label`. Returns the secretariat's user id and token, the organization and the hub.
 */
export async function secretariatHub(http, db, { prefix, label }) {
  const email = `${prefix}-secretariat@example.org`;
  await http.call('POST', '/api/auth/register', {
    body: { email, name: `${label} secretariat`, password: MEMBER_PASSWORD },
  });
  const { rows } = await db.query(`SELECT text FROM outbox_email WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`, [
    email,
  ]);
  const verifyToken = /verify-email\?token=([\w-]+)/.exec(rows[0]?.text ?? '')?.[1];
  if (!verifyToken) throw new Error(`no verification link for ${email} in the outbox`);
  const session = await http.call('POST', '/api/auth/verify-email', { body: { token: verifyToken } });
  const token = session.accessToken;
  const org = await http.call('POST', '/api/organizations', { token, body: { name: `${label} Org`, sector: 'ngo' } });
  const hub = await http.call('POST', '/api/hubs', { token, body: { name: `${label} Hub`, organizationId: org.id } });
  return { userId: session.user.id, token, org, hub };
}
