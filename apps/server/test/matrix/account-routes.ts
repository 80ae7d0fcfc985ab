import { challengeBody, proposalBody } from '../support/challenge-bodies';
import { FACTORY_PASSWORD, unique } from '../support/factories';
import type { AccountActor, AccountFixture, Standing } from '../support/account-fixture';
import type { TestUser } from '../support/test-app';
import { UnsubscribeLinks } from '../../src/modules/digests/unsubscribe-links';

export type Outcome = '2xx' | '401' | '403' | '404';
export type Expectation = Record<AccountActor, Outcome>;

export interface AccountRouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as the OpenAPI document names it. */
  template: string;
  expect: Expectation;
  /** The request, as sent by the standing's person (null: anonymous), or by `as` when given. */
  request(
    fx: AccountFixture,
    s: Standing,
    actor: AccountActor,
  ): Promise<{ path: string; body?: object; as?: TestUser }>;
}

const outcomes = (fill: Outcome, over: Partial<Expectation>): Expectation => ({
  anonymous: fill,
  unverified: fill,
  stranger: fill,
  pending: fill,
  member: fill,
  orgAdmin: fill,
  platformAdmin: fill,
  ...over,
});
/** Public: answered alike whoever asks. */
const EVERYONE = outcomes('2xx', {});
/** Signed in, confirmed address or not (the account's own profile and session). */
const SIGNED_IN = outcomes('2xx', { anonymous: '401' });
/** Any signed-in account that confirmed its address. */
const VERIFIED = outcomes('2xx', { anonymous: '401', unverified: '403' });
/** Only these (verified) actors; other signed-in ones are refused. */
const ONLY = (...allowed: AccountActor[]): Expectation =>
  outcomes('403', { anonymous: '401', ...Object.fromEntries(allowed.map((a) => [a, '2xx'])) });
/** For the rest of the verified accounts the resource does not exist. */
const ONLY_ELSE_404 = (...allowed: AccountActor[]): Expectation => ({
  ...outcomes('404', { anonymous: '401', unverified: '403' }),
  ...Object.fromEntries(allowed.map((a) => [a, '2xx'])),
});

/** Who acts for the organization: its approved members and admins. */
const ACTS_FOR_ORG = ONLY('member', 'orgAdmin');
/** Who runs a challenge of the organization: its issuer while they act for it (member, orgAdmin), or a platform admin. */
const RUNS_CHALLENGE = ONLY('member', 'orgAdmin', 'platformAdmin');

/** The issuer of the standing's challenges: the person when they act for the funder, else its admin. */
const issuerOf = (s: Standing, actor: AccountActor) => (actor === 'member' || actor === 'orgAdmin' ? s.user! : s.admin);
const newChallenge = (
  fx: AccountFixture,
  s: Standing,
  actor: AccountActor,
  stage: Parameters<AccountFixture['challenge']>[2],
) => fx.challenge(s.org, issuerOf(s, actor), stage);
const someoneIn = async (fx: AccountFixture, s: Standing, status: 'pending' | 'approved') => {
  const other = await fx.ctx.newUser();
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO organization_member (organization_id, user_id, status, joined_via) VALUES ($1, $2, $3, 'request') RETURNING id`,
    [s.org.id, other.id, status],
  );
  return row.id as string;
};
const freshEmail = () => `m-${unique()}@example.org`;
const rubricScores = { scores: [{ criterionId: 'impact', score: 5, comment: '' }] };

export const ACCOUNT_ROUTES: AccountRouteCase[] = [
  // accounts
  {
    method: 'POST',
    template: '/api/auth/register',
    expect: EVERYONE,
    request: async () => ({
      path: '/api/auth/register',
      body: { email: freshEmail(), name: 'New', password: 'long-password' },
    }),
  },
  {
    method: 'POST',
    template: '/api/auth/login',
    expect: EVERYONE,
    request: async (fx) => ({
      path: '/api/auth/login',
      body: { email: (await fx.ctx.newUser()).email, password: FACTORY_PASSWORD },
    }),
  },
  {
    method: 'POST',
    template: '/api/auth/refresh',
    expect: EVERYONE,
    request: async (fx) => {
      const user = await fx.ctx.newUser();
      const session = await fx.ctx.http.post('/api/auth/login').send({ email: user.email, password: FACTORY_PASSWORD });
      return { path: '/api/auth/refresh', body: { refreshToken: session.body.refreshToken } };
    },
  },
  {
    method: 'POST',
    template: '/api/auth/logout',
    expect: EVERYONE,
    request: async (fx) => {
      const user = await fx.ctx.newUser();
      const session = await fx.ctx.http.post('/api/auth/login').send({ email: user.email, password: FACTORY_PASSWORD });
      return { path: '/api/auth/logout', body: { refreshToken: session.body.refreshToken } };
    },
  },
  { method: 'GET', template: '/api/auth/me', expect: SIGNED_IN, request: async () => ({ path: '/api/auth/me' }) },
  {
    method: 'POST',
    template: '/api/auth/verify-email',
    expect: EVERYONE,
    request: async (fx) => {
      const token = await fx.emailToken(await fx.ctx.newUser({ verified: false }), 'verify_email');
      return { path: '/api/auth/verify-email', body: { token } };
    },
  },
  {
    method: 'POST',
    template: '/api/auth/verify-email/resend',
    expect: EVERYONE,
    request: async () => ({ path: '/api/auth/verify-email/resend', body: { email: freshEmail() } }),
  },
  {
    method: 'POST',
    template: '/api/auth/password-reset',
    expect: EVERYONE,
    request: async () => ({ path: '/api/auth/password-reset', body: { email: freshEmail() } }),
  },
  {
    method: 'POST',
    template: '/api/auth/password-reset/confirm',
    expect: EVERYONE,
    request: async (fx) => {
      const token = await fx.emailToken(await fx.ctx.newUser(), 'reset_password');
      return { path: '/api/auth/password-reset/confirm', body: { token, password: 'a-new-password' } };
    },
  },
  {
    method: 'POST',
    template: '/api/auth/password',
    expect: SIGNED_IN,
    request: async () => ({
      path: '/api/auth/password',
      body: { currentPassword: FACTORY_PASSWORD, newPassword: FACTORY_PASSWORD },
    }),
  },
  // organizations
  {
    method: 'POST',
    template: '/api/organizations',
    expect: VERIFIED,
    request: async () => ({ path: '/api/organizations', body: { name: `Org ${unique()}`, sector: 'ngo' } }),
  },
  {
    method: 'GET',
    template: '/api/organizations',
    expect: VERIFIED,
    request: async () => ({ path: '/api/organizations' }),
  },
  {
    method: 'GET',
    template: '/api/organizations/mine',
    expect: VERIFIED,
    request: async () => ({ path: '/api/organizations/mine' }),
  },
  {
    method: 'GET',
    template: '/api/organizations/{orgId}',
    expect: VERIFIED,
    request: async (_, s) => ({ path: `/api/organizations/${s.org.id}` }),
  },
  {
    method: 'PATCH',
    template: '/api/organizations/{orgId}',
    expect: ONLY('orgAdmin'),
    request: async (_, s) => ({ path: `/api/organizations/${s.org.id}`, body: { website: 'https://changed.example' } }),
  },
  {
    method: 'PUT',
    template: '/api/organizations/{orgId}/verification',
    expect: ONLY('platformAdmin'),
    request: async (_, s) => ({
      path: `/api/organizations/${s.org.id}/verification`,
      body: { verified: true, emailDomains: [`${unique()}.example`] },
    }),
  },
  {
    method: 'GET',
    template: '/api/organizations/{orgId}/revisions',
    expect: VERIFIED,
    request: async (_, s) => ({ path: `/api/organizations/${s.org.id}/revisions` }),
  },
  {
    method: 'POST',
    template: '/api/organizations/{orgId}/revisions/{revisionId}/revert',
    expect: ONLY('platformAdmin'),
    request: async (fx, s) => {
      await fx.ctx.ds.query(`UPDATE organization SET description = 'Forged' WHERE id = $1`, [s.org.id]);
      const [row] = await fx.ctx.ds.query(
        `INSERT INTO organization_revision (organization_id, actor_id, before, after)
         VALUES ($1, $2, '{"description": null}', '{"description": "Forged"}') RETURNING id`,
        [s.org.id, s.admin.id],
      );
      return { path: `/api/organizations/${s.org.id}/revisions/${row.id}/revert` };
    },
  },
  {
    method: 'POST',
    template: '/api/organizations/{orgId}/members',
    expect: ONLY('stranger', 'platformAdmin'),
    request: async (_, s) => ({ path: `/api/organizations/${s.org.id}/members`, body: { message: 'I work there' } }),
  },
  {
    method: 'GET',
    template: '/api/organizations/{orgId}/members',
    expect: ONLY('member', 'orgAdmin', 'platformAdmin'),
    request: async (_, s) => ({ path: `/api/organizations/${s.org.id}/members` }),
  },
  {
    method: 'POST',
    template: '/api/organizations/{orgId}/members/{memberId}/decision',
    expect: ONLY('orgAdmin'),
    request: async (fx, s) => ({
      path: `/api/organizations/${s.org.id}/members/${await someoneIn(fx, s, 'pending')}/decision`,
      body: { decision: 'approve' },
    }),
  },
  {
    method: 'PATCH',
    template: '/api/organizations/{orgId}/members/{memberId}',
    expect: ONLY('orgAdmin'),
    request: async (fx, s) => ({
      path: `/api/organizations/${s.org.id}/members/${await someoneIn(fx, s, 'approved')}`,
      body: { role: 'admin' },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/organizations/{orgId}/members/{memberId}',
    expect: ONLY('orgAdmin'),
    request: async (fx, s) => ({
      path: `/api/organizations/${s.org.id}/members/${await someoneIn(fx, s, 'approved')}`,
    }),
  },
  // hubs and invitations
  {
    method: 'POST',
    template: '/api/hubs',
    expect: ACTS_FOR_ORG,
    request: async (_, s) => ({ path: '/api/hubs', body: { name: `Hub ${unique()}`, organizationId: s.org.id } }),
  },
  { method: 'GET', template: '/api/hubs/mine', expect: VERIFIED, request: async () => ({ path: '/api/hubs/mine' }) },
  { method: 'GET', template: '/api/search', expect: VERIFIED, request: async () => ({ path: '/api/search?q=hub' }) },
  { method: 'GET', template: '/api/me/work', expect: VERIFIED, request: async () => ({ path: '/api/me/work' }) },
  {
    method: 'GET',
    template: '/api/hubs/directory',
    expect: EVERYONE,
    request: async () => ({ path: '/api/hubs/directory' }),
  },
  {
    method: 'GET',
    template: '/api/public/hubs/{idOrSlug}',
    // a private hub's page answers 404 to everyone (test/integration/public-hubs.test.ts)
    expect: EVERYONE,
    request: async (fx) => ({ path: `/api/public/hubs/${(await fx.ctx.newHub({ visibility: 'public' })).slug}` }),
  },
  {
    method: 'GET',
    template: '/api/invitations/{token}',
    expect: EVERYONE,
    request: async (fx, s) => ({ path: `/api/invitations/${await invitationTo(fx, s, freshEmail())}` }),
  },
  {
    method: 'POST',
    template: '/api/invitations/accept',
    // an unverified account proves its address by the invitation's link
    expect: SIGNED_IN,
    request: async (fx, s) => ({
      path: '/api/invitations/accept',
      body: { token: await invitationTo(fx, s, s.user?.email ?? freshEmail()) },
    }),
  },
  // public reference data and health
  { method: 'GET', template: '/api/sdg/goals', expect: EVERYONE, request: async () => ({ path: '/api/sdg/goals' }) },
  {
    method: 'GET',
    template: '/api/sdg/goals/{code}',
    expect: EVERYONE,
    request: async () => ({ path: '/api/sdg/goals/3' }),
  },
  {
    method: 'GET',
    template: '/api/sdg/targets/{code}',
    expect: EVERYONE,
    request: async () => ({ path: '/api/sdg/targets/3.b' }),
  },
  {
    method: 'GET',
    template: '/api/sdg/indicators',
    expect: EVERYONE,
    request: async () => ({ path: '/api/sdg/indicators' }),
  },
  {
    method: 'GET',
    template: '/api/sdg/indicators/{code}',
    expect: EVERYONE,
    request: async () => ({ path: '/api/sdg/indicators/3.b.1' }),
  },
  {
    method: 'GET',
    template: '/api/sdg/consolidation',
    expect: EVERYONE,
    request: async () => ({ path: '/api/sdg/consolidation' }),
  },
  {
    method: 'GET',
    template: '/api/sdg/targets/{code}/consolidation',
    expect: EVERYONE,
    request: async () => ({ path: '/api/sdg/targets/3.b/consolidation' }),
  },
  { method: 'GET', template: '/health', expect: EVERYONE, request: async () => ({ path: '/health' }) },
  { method: 'GET', template: '/health/ready', expect: EVERYONE, request: async () => ({ path: '/health/ready' }) },
  { method: 'GET', template: '/api/metrics', expect: VERIFIED, request: async () => ({ path: '/api/metrics' }) },
  {
    method: 'GET',
    template: '/api/metrics/{metricId}',
    expect: VERIFIED,
    request: async (fx) => {
      const [row] = await fx.ctx.ds.query(`SELECT id FROM metric WHERE kind = 'sdg_indicator' LIMIT 1`);
      return { path: `/api/metrics/${row.id}` };
    },
  },
  { method: 'GET', template: '/api/ratings', expect: EVERYONE, request: async () => ({ path: '/api/ratings' }) },
  {
    method: 'GET',
    template: '/api/ratings/export',
    expect: EVERYONE,
    request: async () => ({ path: '/api/ratings/export?format=csv&dataset=ratings' }),
  },
  {
    method: 'GET',
    template: '/api/ratings/hubs/{hubId}',
    expect: EVERYONE,
    request: async (fx) => ({ path: `/api/ratings/hubs/${(await fx.ctx.newHub({ visibility: 'public' })).id}` }),
  },
  {
    method: 'GET',
    template: '/api/ratings/indicators/{code}',
    expect: EVERYONE,
    request: async () => ({ path: '/api/ratings/indicators/3.b.1' }),
  },
  {
    method: 'GET',
    template: '/api/ratings/metrics/{metricId}',
    expect: EVERYONE,
    request: async (fx) => {
      const [row] = await fx.ctx.ds.query(`SELECT id FROM metric WHERE kind = 'sdg_indicator' LIMIT 1`);
      return { path: `/api/ratings/metrics/${row.id}` };
    },
  },
  // the person's own inbox
  {
    method: 'GET',
    template: '/api/notifications',
    expect: VERIFIED,
    request: async () => ({ path: '/api/notifications' }),
  },
  {
    method: 'POST',
    template: '/api/notifications/{id}/read',
    expect: VERIFIED,
    request: async (fx, s) => {
      // a challenge's notification: a hub's shows only to the hub's members
      const [row] = await fx.ctx.ds.query(
        `INSERT INTO notification (user_id, type, entity_id, title)
         VALUES ($1, 'proposal_status_changed', gen_random_uuid(), 'Hello') RETURNING id`,
        [s.user?.id ?? s.admin.id],
      );
      return { path: `/api/notifications/${row.id}/read` };
    },
  },
  {
    method: 'GET',
    template: '/api/notifications/settings',
    expect: VERIFIED,
    request: async () => ({ path: '/api/notifications/settings' }),
  },
  {
    method: 'PUT',
    template: '/api/notifications/settings',
    expect: VERIFIED,
    request: async () => ({
      path: '/api/notifications/settings',
      body: { settings: [{ type: 'resolution_proposed', channel: 'in_app' }] },
    }),
  },
  {
    method: 'POST',
    template: '/api/notifications/read-all',
    expect: VERIFIED,
    request: async () => ({ path: '/api/notifications/read-all' }),
  },
  { method: 'GET', template: '/api/digests', expect: VERIFIED, request: async () => ({ path: '/api/digests' }) },
  {
    method: 'GET',
    template: '/api/digests/outbox',
    expect: SIGNED_IN,
    request: async () => ({ path: '/api/digests/outbox' }),
  },
  {
    method: 'GET',
    template: '/api/digests/unsubscribe',
    expect: EVERYONE,
    request: async (fx) => ({ path: `/api/digests/unsubscribe?token=${await unsubscribeToken(fx)}` }),
  },
  {
    method: 'POST',
    template: '/api/digests/unsubscribe',
    expect: EVERYONE,
    request: async (fx) => ({ path: `/api/digests/unsubscribe?token=${await unsubscribeToken(fx)}` }),
  },
  {
    method: 'POST',
    template: '/api/digests/{id}/read',
    // nobody's digest but one's own exists
    expect: outcomes('404', { anonymous: '401', unverified: '403' }),
    request: async () => ({ path: `/api/digests/00000000-0000-4000-8000-000000000000/read` }),
  },
  {
    method: 'GET',
    template: '/api/board/queue',
    expect: VERIFIED,
    request: async () => ({ path: '/api/board/queue' }),
  },
  // the network
  // the map is public: public hubs' co-membership and declared ties only
  { method: 'GET', template: '/api/network', expect: EVERYONE, request: async () => ({ path: '/api/network' }) },
  {
    method: 'GET',
    template: '/api/network/hubs',
    expect: EVERYONE,
    request: async () => ({ path: '/api/network/hubs' }),
  },
  {
    method: 'GET',
    template: '/api/network/insights',
    expect: EVERYONE,
    request: async () => ({ path: '/api/network/insights' }),
  },
  {
    method: 'GET',
    template: '/api/network/organizations/{orgId}',
    expect: EVERYONE,
    request: async (_, s) => ({ path: `/api/network/organizations/${s.org.id}` }),
  },
  {
    method: 'POST',
    template: '/api/network/what-if',
    expect: VERIFIED,
    request: async (_, s) => ({ path: '/api/network/what-if', body: { memberIds: [s.org.id] } }),
  },
  {
    method: 'GET',
    template: '/api/network/relationships',
    expect: VERIFIED,
    request: async () => ({ path: '/api/network/relationships' }),
  },
  {
    method: 'POST',
    template: '/api/network/relationships',
    expect: ONLY('platformAdmin'),
    request: async (fx, s) => ({
      path: '/api/network/relationships',
      body: { sourceId: s.org.id, targetId: (await fx.ctx.newOrg()).id, kind: 'funds' },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/network/relationships/{id}',
    expect: ONLY('platformAdmin'),
    request: async (fx, s) => {
      const [row] = await fx.ctx.ds.query(
        `INSERT INTO relationship (source_id, target_id, kind) VALUES ($1, $2, 'funds') RETURNING id`,
        [s.org.id, (await fx.ctx.newOrg()).id],
      );
      return { path: `/api/network/relationships/${row.id}` };
    },
  },
  {
    method: 'POST',
    template: '/api/network/imports',
    expect: ONLY('platformAdmin'),
    request: async () => ({
      path: '/api/network/imports?format=json',
      body: { organizations: [], relationships: [] },
    }),
  },
  {
    method: 'GET',
    template: '/api/network/imports/{id}',
    // an import is its uploader's and the platform admins'
    expect: ONLY_ELSE_404('platformAdmin'),
    request: async (fx) => {
      const [row] = await fx.ctx.ds.query(
        `INSERT INTO network_import (format, status) VALUES ('json', 'queued') RETURNING id`,
      );
      return { path: `/api/network/imports/${row.id}` };
    },
  },
  {
    method: 'GET',
    template: '/api/network/export',
    expect: VERIFIED,
    request: async () => ({ path: '/api/network/export?format=csv&table=organizations' }),
  },
  // challenges
  {
    method: 'POST',
    template: '/api/challenges',
    expect: ACTS_FOR_ORG,
    request: async (_, s) => ({ path: '/api/challenges', body: challengeBody(s.org.id) }),
  },
  { method: 'GET', template: '/api/challenges', expect: EVERYONE, request: async () => ({ path: '/api/challenges' }) },
  {
    method: 'GET',
    template: '/api/challenges/{challengeId}',
    expect: EVERYONE,
    request: async (fx, s, actor) => ({ path: `/api/challenges/${await newChallenge(fx, s, actor, 'submission')}` }),
  },
  {
    method: 'POST',
    template: '/api/challenges/{challengeId}/proposals',
    // a proposal is led by an organization its submitter acts for: here the standing's organization
    expect: ACTS_FOR_ORG,
    request: async (fx, s) => {
      const funder = await fx.ctx.newOrg();
      const challengeId = await fx.challenge(funder, s.admin, 'submission');
      return { path: `/api/challenges/${challengeId}/proposals`, body: proposalBody(s.org.id) };
    },
  },
  {
    method: 'GET',
    template: '/api/challenges/{challengeId}/proposals',
    expect: VERIFIED,
    request: async (fx, s, actor) => ({
      path: `/api/challenges/${await newChallenge(fx, s, actor, 'submission')}/proposals`,
    }),
  },
  {
    method: 'GET',
    template: '/api/proposals/{proposalId}',
    expect: ONLY_ELSE_404('member', 'orgAdmin', 'platformAdmin'),
    request: async (fx, s, actor) => {
      const challengeId = await newChallenge(fx, s, actor, 'administrative_review');
      return { path: `/api/proposals/${await fx.proposal(challengeId, 'submitted')}` };
    },
  },
  {
    method: 'POST',
    template: '/api/proposals/{proposalId}/eligibility',
    expect: ONLY_ELSE_404('member', 'orgAdmin', 'platformAdmin'),
    request: async (fx, s, actor) => {
      const challengeId = await newChallenge(fx, s, actor, 'administrative_review');
      return {
        path: `/api/proposals/${await fx.proposal(challengeId, 'submitted')}/eligibility`,
        body: { eligible: true },
      };
    },
  },
  {
    method: 'POST',
    template: '/api/challenges/{challengeId}/reviewers',
    expect: RUNS_CHALLENGE,
    request: async (fx, s, actor) => {
      const reviewer = await fx.ctx.newUser();
      const org = await fx.ctx.newOrg({ sector: 'research' });
      await fx.ctx.joinOrg(reviewer, org);
      return {
        path: `/api/challenges/${await newChallenge(fx, s, actor, 'peer_review')}/reviewers`,
        body: { userId: reviewer.id, organizationId: org.id },
      };
    },
  },
  {
    method: 'GET',
    template: '/api/challenges/{challengeId}/reviewers',
    expect: RUNS_CHALLENGE,
    request: async (fx, s, actor) => ({
      path: `/api/challenges/${await newChallenge(fx, s, actor, 'peer_review')}/reviewers`,
    }),
  },
  {
    method: 'POST',
    template: '/api/challenges/{challengeId}/assignments',
    expect: RUNS_CHALLENGE,
    request: async (fx, s, actor) => ({
      path: `/api/challenges/${await newChallenge(fx, s, actor, 'peer_review')}/assignments`,
      body: {},
    }),
  },
  {
    method: 'GET',
    template: '/api/challenges/{challengeId}/assignments/mine',
    expect: VERIFIED,
    request: async (fx, s, actor) => ({
      path: `/api/challenges/${await newChallenge(fx, s, actor, 'peer_review')}/assignments/mine`,
    }),
  },
  {
    method: 'POST',
    template: '/api/proposals/{proposalId}/scores',
    // only its assigned reviewers score a proposal; those who run the challenge see it but may not
    expect: {
      ...outcomes('404', { anonymous: '401', unverified: '403' }),
      member: '403',
      orgAdmin: '403',
      platformAdmin: '403',
    },
    request: async (fx, s, actor) => {
      const challengeId = await newChallenge(fx, s, actor, 'peer_review');
      return { path: `/api/proposals/${await fx.proposal(challengeId, 'eligible')}/scores`, body: rubricScores };
    },
  },
  {
    method: 'GET',
    template: '/api/challenges/{challengeId}/ranking',
    expect: RUNS_CHALLENGE,
    request: async (fx, s, actor) => ({
      path: `/api/challenges/${await newChallenge(fx, s, actor, 'judges')}/ranking`,
    }),
  },
  {
    method: 'POST',
    template: '/api/challenges/{challengeId}/shortlist',
    expect: RUNS_CHALLENGE,
    request: async (fx, s, actor) => {
      const challengeId = await newChallenge(fx, s, actor, 'judges');
      return {
        path: `/api/challenges/${challengeId}/shortlist`,
        body: { proposalIds: [await fx.proposal(challengeId, 'eligible')] },
      };
    },
  },
  {
    method: 'POST',
    template: '/api/proposals/{proposalId}/award',
    expect: ONLY_ELSE_404('member', 'orgAdmin', 'platformAdmin'),
    request: async (fx, s, actor) => {
      const challengeId = await newChallenge(fx, s, actor, 'award');
      return { path: `/api/proposals/${await fx.proposal(challengeId, 'shortlisted')}/award` };
    },
  },
];

/** An invitation to represent the standing's organization, from the secretariat of a hub of its own. */
async function invitationTo(fx: AccountFixture, s: Standing, email: string): Promise<string> {
  const hub = await fx.ctx.newHub({ ownerOrg: s.org });
  const res = await fx.ctx.http
    .post(`/api/hubs/${hub.id}/invitations`)
    .set(hub.owner.auth)
    .send({ email, organizationId: s.org.id, role: 'member' })
    .expect(201);
  return res.body.inviteToken as string;
}

/** The token of a digest email's unsubscribe link, for a hub's secretariat. */
async function unsubscribeToken(fx: AccountFixture): Promise<string> {
  const hub = await fx.ctx.newHub();
  const url = new URL(fx.ctx.app.get(UnsubscribeLinks).url({ userId: hub.owner.id, hubId: hub.id }));
  return url.searchParams.get('token')!;
}
