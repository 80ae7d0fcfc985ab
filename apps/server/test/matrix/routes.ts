import type { Actor, MatrixFixture } from '../support/hub-fixture';
import { FEDERATION_ROUTES } from './federation-routes';

/** Where a request points: the hub in its path, and the hub whose goals/tasks/... its other ids belong to. */
export interface Target {
  hubId: string;
  resourceHubId: string;
}

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as the OpenAPI document names it. */
  template: string;
  /** The members DESIGN.md's permission table lets do this (non-members: 404; anonymous: 401, or 404 on public routes). */
  allowed: readonly Actor[];
  /** Anyone may read a public hub's public view here (and nothing of a private hub: 404). */
  publicRoute?: boolean;
  /** Whether the path names a resource besides the hub (then a resource of another hub under this hub's path is a 404). */
  nested?: boolean;
  request(fx: MatrixFixture, t: Target): Promise<{ path: string; body?: object }>;
}

const ALL: readonly Actor[] = ['secretariat', 'memberOwn', 'memberOther', 'board', 'observer'];
const SECRETARIAT: readonly Actor[] = ['secretariat'];
const TASK_EDITORS: readonly Actor[] = ['secretariat', 'memberOwn'];
const COMMENTERS: readonly Actor[] = ['secretariat', 'memberOwn', 'memberOther', 'board'];

const freshGoal = (fx: MatrixFixture, t: Target) => fx.newGoal(t.resourceHubId, fx.orgs.own.id);
const freshTask = (fx: MatrixFixture, t: Target) => fx.newTask(t.resourceHubId, fx.orgs.own.id, fx.orgs.secretariat.id);
const freshMember = async (fx: MatrixFixture, t: Target) => {
  const user = await fx.ctx.newUser();
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at) VALUES ($1, $2, $3, 'member', 'active', now()) RETURNING id`,
    [t.resourceHubId, user.id, fx.orgs.other.id],
  );
  return row.id as string;
};
const freshInvitation = async (fx: MatrixFixture, t: Target) => {
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO hub_member (hub_id, organization_id, role, status, invite_email, invite_token_hash, invite_expires_at)
     VALUES ($1, $2, 'member', 'invited', md5(random()::text) || '@example.org', md5(random()::text) || md5(random()::text), now() + interval '1 day') RETURNING id`,
    [t.resourceHubId, fx.orgs.other.id],
  );
  return row.id as string;
};
const freshMetric = async (fx: MatrixFixture, t: Target) => {
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO metric (kind, hub_id, name) VALUES ('custom', $1, 'Metric ' || md5(random()::text)) RETURNING id`,
    [t.resourceHubId],
  );
  return row.id as string;
};
const freshBoardMember = async (fx: MatrixFixture, t: Target) => {
  const user = await fx.ctx.newUser();
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at) VALUES ($1, $2, $3, 'board', 'active', now()) RETURNING id`,
    [t.resourceHubId, user.id, fx.orgs.other.id],
  );
  return row.id as string;
};
const freshSeat = async (fx: MatrixFixture, t: Target) => {
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id) VALUES ($1, 'Seat', 'independent', 'civic', $2) RETURNING id`,
    [t.resourceHubId, await freshBoardMember(fx, t)],
  );
  return row.id as string;
};
/** An open resolution, with a seat for the fixture's board member so that they may vote on it. */
const freshResolution = async (fx: MatrixFixture, t: Target) => {
  await fx.ctx.ds.query(
    `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id)
     SELECT m.hub_id, 'Board seat', 'representative', 'public', m.id FROM hub_member m
      WHERE m.hub_id = $1 AND m.user_id = $2 AND m.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM board_seat s WHERE s.holder_member_id = m.id)`,
    [t.resourceHubId, fx.users.board.id],
  );
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO resolution (hub_id, title, motion, quorum, majority, deadline) VALUES ($1, 'Motion', 'Text', 0.5, 'simple', now() + interval '1 day') RETURNING id`,
    [t.resourceHubId],
  );
  return row.id as string;
};
const freshReview = async (fx: MatrixFixture, t: Target) => {
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO board_review (hub_id, title, scheduled_for, pack) VALUES ($1, 'Review', now() + interval '1 day', '{"periodStart":"2026-01-01T00:00:00Z","periodEnd":"2026-01-01T00:00:00Z","goals":[],"changes":{},"keyTasks":[],"digests":[],"resolutions":[]}') RETURNING id`,
    [t.resourceHubId],
  );
  return row.id as string;
};
/** A working group of the resource hub led by memberOwn where they belong (the home hub), else by a new member. */
const freshGroup = async (fx: MatrixFixture, t: Target) => {
  const [own] = await fx.ctx.ds.query(`SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`, [
    t.resourceHubId,
    fx.users.memberOwn.id,
  ]);
  const leadId = (own?.id as string | undefined) ?? (await freshMember(fx, t));
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO working_group (hub_id, name, lead_member_id) VALUES ($1, 'Group ' || md5(random()::text), $2) RETURNING id`,
    [t.resourceHubId, leadId],
  );
  await fx.ctx.ds.query(`INSERT INTO working_group_member (group_id, member_id) VALUES ($1, $2)`, [row.id, leadId]);
  return row.id as string;
};
const GROUP_MANAGERS: readonly Actor[] = ['secretariat', 'memberOwn'];
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

export const HUB_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/digest-preferences/me',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/digest-preferences/me` }),
  },
  {
    method: 'PUT',
    template: '/api/hubs/{hubId}/digest-preferences/me',
    allowed: ALL,
    request: async (_, t) => ({
      path: `/api/hubs/${t.hubId}/digest-preferences/me`,
      body: { cadence: 'weekly', timeZone: 'UTC', deliveryTime: '08:00', channels: ['in_app'] },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/digests/preview',
    allowed: SECRETARIAT,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/digests/preview?role=board&cadence=weekly` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/digests/send-now',
    allowed: SECRETARIAT,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/digests/send-now`, body: { cadence: 'daily' } }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}',
    allowed: ALL,
    publicRoute: true,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}` }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}',
    allowed: SECRETARIAT,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}`, body: { mission: 'A sharper mission' } }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/archive',
    allowed: SECRETARIAT,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId === fx.home.hubId ? await fx.newHomeHub() : t.hubId}/archive`,
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/events',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/events` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/overview',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/overview` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/members',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/members` }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}/members/{memberId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/members/${await freshMember(fx, t)}`,
      body: { role: 'observer' },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/members/{memberId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/members/${await freshMember(fx, t)}` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/invitations',
    allowed: SECRETARIAT,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/invitations`,
      body: {
        email: `invitee-${Math.random().toString(36).slice(2)}@example.org`,
        organizationId: fx.orgs.other.id,
        role: 'member',
      },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/invitations',
    allowed: SECRETARIAT,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/invitations` }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/invitations/{memberId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/invitations/${await freshInvitation(fx, t)}` }),
  },
  {
    method: 'GET',
    template: '/api/network/hubs/{hubId}/members',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/network/hubs/${t.hubId}/members` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/reviews',
    allowed: SECRETARIAT,
    request: async (_, t) => ({
      path: `/api/hubs/${t.hubId}/reviews`,
      body: { title: 'Review', scheduledFor: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/reviews',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/reviews` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/reviews/{reviewId}',
    allowed: ALL,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/reviews/${await freshReview(fx, t)}` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/reviews/{reviewId}/read',
    allowed: ALL,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/reviews/${await freshReview(fx, t)}/read` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/reviews/{reviewId}/readers',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/reviews/${await freshReview(fx, t)}/readers` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/groups',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/groups` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/groups',
    allowed: SECRETARIAT,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/groups`,
      body: { name: 'Cold-chain task force', leadMemberId: await freshMember(fx, t) },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/groups/{groupId}',
    allowed: ALL,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/groups/${await freshGroup(fx, t)}` }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}/groups/{groupId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/groups/${await freshGroup(fx, t)}`,
      body: { version: 1, purpose: 'A new purpose' },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/groups/{groupId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/groups/${await freshGroup(fx, t)}?version=1` }),
  },
  {
    method: 'PUT',
    template: '/api/hubs/{hubId}/groups/{groupId}/members/{memberId}',
    // and the group's lead (memberOwn), whatever their hub role
    allowed: GROUP_MANAGERS,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/groups/${await freshGroup(fx, t)}/members/${await freshMember(fx, t)}`,
    }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/groups/{groupId}/members/{memberId}',
    allowed: GROUP_MANAGERS,
    nested: true,
    request: async (fx, t) => {
      const groupId = await freshGroup(fx, t);
      const memberId = await freshMember(fx, t);
      await fx.ctx.ds.query(`INSERT INTO working_group_member (group_id, member_id) VALUES ($1, $2)`, [
        groupId,
        memberId,
      ]);
      return { path: `/api/hubs/${t.hubId}/groups/${groupId}/members/${memberId}` };
    },
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/board',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/board` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/board/seats',
    allowed: SECRETARIAT,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/board/seats`,
      body: {
        title: 'Civic seat',
        kind: 'representative',
        constituency: 'civic',
        holderMemberId: await freshBoardMember(fx, t),
      },
    }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}/board/seats/{seatId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/board/seats/${await freshSeat(fx, t)}`,
      body: { version: 1, title: 'Renamed seat' },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/board/seats/{seatId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/board/seats/${await freshSeat(fx, t)}?version=1` }),
  },
  {
    method: 'PUT',
    template: '/api/hubs/{hubId}/board/rules',
    allowed: SECRETARIAT,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/board/rules`, body: { quorum: 0.5, majority: 'simple' } }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/resolutions',
    allowed: SECRETARIAT,
    request: async (_, t) => ({
      path: `/api/hubs/${t.hubId}/resolutions`,
      body: { title: 'Motion', motion: 'Text', deadline: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/resolutions',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/resolutions` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/resolutions/{resolutionId}',
    allowed: ALL,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/resolutions/${await freshResolution(fx, t)}` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/resolutions/{resolutionId}/votes',
    allowed: ['board'],
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/resolutions/${await freshResolution(fx, t)}/votes`,
      body: { choice: 'for' },
    }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/resolutions/{resolutionId}/close',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/resolutions/${await freshResolution(fx, t)}/close` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/resolutions/{resolutionId}/withdraw',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/resolutions/${await freshResolution(fx, t)}/withdraw` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/metrics',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/metrics` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/metrics',
    allowed: SECRETARIAT,
    request: async (_, t) => ({
      path: `/api/hubs/${t.hubId}/metrics`,
      body: { name: 'Doses delivered', unit: 'doses' },
    }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}/metrics/{metricId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/metrics/${await freshMetric(fx, t)}`,
      body: { version: 1, name: 'Renamed metric' },
    }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/goals',
    allowed: SECRETARIAT,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/goals`,
      body: {
        title: 'New goal',
        unit: '%',
        baseline: 0,
        target: 100,
        direction: 'increase',
        startDate: '2026-01-01',
        dueDate: '2030-01-01',
        ownerOrganizationId: fx.orgs.own.id,
      },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/goals',
    allowed: ALL,
    publicRoute: true,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/goals` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/goals/{goalId}',
    allowed: ALL,
    publicRoute: true,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/goals/${await freshGoal(fx, t)}` }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}/goals/{goalId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/goals/${await freshGoal(fx, t)}`,
      body: { version: 1, title: 'Renamed goal' },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/goals/{goalId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/goals/${await freshGoal(fx, t)}` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/goals/{goalId}/measurements',
    allowed: TASK_EDITORS,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/goals/${await freshGoal(fx, t)}/measurements`,
      body: { value: 50, observedAt: yesterday() },
    }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/goals/{goalId}/measurements',
    allowed: ALL,
    publicRoute: true,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/goals/${await freshGoal(fx, t)}/measurements` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/measurements/{measurementId}/verify',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => {
      const goalId = await freshGoal(fx, t);
      return {
        path: `/api/hubs/${t.hubId}/measurements/${await fx.newMeasurement(t.resourceHubId, goalId, fx.orgs.own.id)}/verify`,
      };
    },
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/measurements/{measurementId}/reject',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => {
      const goalId = await freshGoal(fx, t);
      return {
        path: `/api/hubs/${t.hubId}/measurements/${await fx.newMeasurement(t.resourceHubId, goalId, fx.orgs.own.id)}/reject`,
        body: { note: 'Not the survey year' },
      };
    },
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/measurements/{measurementId}/undo-review',
    // the reviewer, who is in the secretariat: here the fixture's secretariat verified it a moment ago
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => {
      const goalId = await freshGoal(fx, t);
      const id = await fx.newMeasurement(t.resourceHubId, goalId, fx.orgs.own.id);
      await fx.ctx.ds.query(
        `UPDATE measurement SET status = 'verified', verified_by_id = $2, verified_at = now(), reviewed_by_id = $2,
                reviewed_at = now() WHERE id = $1`,
        [id, fx.users.secretariat.id],
      );
      return { path: `/api/hubs/${t.hubId}/measurements/${id}/undo-review` };
    },
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/tasks',
    allowed: ['secretariat', 'memberOwn', 'memberOther'],
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/tasks`, body: { title: 'New task' } }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/tasks',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/tasks` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/tasks/counts',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/tasks/counts` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/tasks/{taskId}',
    allowed: ALL,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/tasks/${await freshTask(fx, t)}` }),
  },
  {
    method: 'PATCH',
    template: '/api/hubs/{hubId}/tasks/{taskId}',
    allowed: TASK_EDITORS,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/tasks/${await freshTask(fx, t)}`,
      body: { version: 1, title: 'Renamed task' },
    }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/tasks/{taskId}/move',
    allowed: TASK_EDITORS,
    nested: true,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/tasks/${await freshTask(fx, t)}/move`,
      body: { version: 1, status: 'in_progress', position: 5 },
    }),
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/tasks/{taskId}',
    allowed: TASK_EDITORS,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/tasks/${await freshTask(fx, t)}?version=1` }),
  },
  ...(['tasks', 'goals'] as const).flatMap((segment): RouteCase[] => {
    const fresh = segment === 'tasks' ? freshTask : freshGoal;
    return [
      {
        method: 'POST',
        template: '/api/hubs/{hubId}/{targetType}/{targetId}/comments',
        allowed: COMMENTERS,
        nested: true,
        request: async (fx, t) => ({
          path: `/api/hubs/${t.hubId}/${segment}/${await fresh(fx, t)}/comments`,
          body: { body: 'Looks good' },
        }),
      },
      {
        method: 'GET',
        template: '/api/hubs/{hubId}/{targetType}/{targetId}/comments',
        allowed: ALL,
        nested: true,
        request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/${segment}/${await fresh(fx, t)}/comments` }),
      },
    ];
  }),
  ...FEDERATION_ROUTES,
];

/** Routes outside any hub; the matrix checks they are all accounted for. */
