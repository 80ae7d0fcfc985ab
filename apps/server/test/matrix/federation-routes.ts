import type { MatrixFixture } from '../support/hub-fixture';
import type { RouteCase, Target } from './routes';

const ALL = ['secretariat', 'memberOwn', 'memberOther', 'board', 'observer'] as const;
const SECRETARIAT = ['secretariat'] as const;

const insertLink = async (fx: MatrixFixture, parentHubId: string, childHubId: string, status: 'pending' | 'active') => {
  const [row] = await fx.ctx.ds.query(
    `INSERT INTO hub_link (parent_hub_id, child_hub_id, status, requested_by_hub_id) VALUES ($1, $2, $3, $2) RETURNING id`,
    [parentHubId, childHubId, status],
  );
  return row.id as string;
};
/** A fresh hub asked to join the target hub; the target hub's secretariat decides. */
const freshRequest = async (fx: MatrixFixture, t: Target) =>
  insertLink(fx, t.resourceHubId, (await fx.ctx.newHub()).id, 'pending');
const freshChild = async (fx: MatrixFixture, t: Target) =>
  insertLink(fx, t.resourceHubId, (await fx.ctx.newHub()).id, 'active');
/** A goal of the target hub, and a goal of a fresh parent hub it may roll up into. */
const freshTarget = async (fx: MatrixFixture, t: Target) => {
  const parent = await fx.ctx.newHub();
  await insertLink(fx, parent.id, t.resourceHubId, 'active');
  const parentGoalId = await fx.newGoal(parent.id, parent.ownerOrg.id);
  await fx.ctx.ds.query(`UPDATE goal SET roll_up_method = 'sum' WHERE id = $1`, [parentGoalId]);
  return { parent, parentGoalId, goalId: await fx.newGoal(t.resourceHubId, fx.orgs.own.id) };
};
const freshContribution = async (fx: MatrixFixture, t: Target) => {
  const { parent, parentGoalId, goalId } = await freshTarget(fx, t);
  await fx.ctx.ds.query(
    `INSERT INTO goal_roll_up_source (parent_goal_id, parent_hub_id, child_goal_id, child_hub_id) VALUES ($1, $2, $3, $4)`,
    [parentGoalId, parent.id, goalId, t.resourceHubId],
  );
  return goalId;
};

/** Hubs of hubs: the hub's secretariat links and maps; being a member of a linked hub grants nothing here. */
export const FEDERATION_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/links',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/links` }),
  },
  {
    method: 'POST',
    template: '/api/hubs/{hubId}/links',
    allowed: SECRETARIAT,
    request: async (fx, t) => ({
      path: `/api/hubs/${t.hubId}/links`,
      body: { childHubId: (await fx.ctx.newHub({ visibility: 'public' })).id },
    }),
  },
  ...(['accept', 'decline'] as const).map((decision): RouteCase => ({
    method: 'POST',
    template: `/api/hubs/{hubId}/links/{linkId}/${decision}`,
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/links/${await freshRequest(fx, t)}/${decision}` }),
  })),
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/links/{linkId}',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/links/${await freshChild(fx, t)}` }),
  },
  {
    method: 'GET',
    template: '/api/hubs/{hubId}/contributions',
    allowed: ALL,
    request: async (_, t) => ({ path: `/api/hubs/${t.hubId}/contributions` }),
  },
  {
    method: 'PUT',
    template: '/api/hubs/{hubId}/goals/{goalId}/contribution',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => {
      const { parentGoalId, goalId } = await freshTarget(fx, t);
      return { path: `/api/hubs/${t.hubId}/goals/${goalId}/contribution`, body: { parentGoalId, weight: 2 } };
    },
  },
  {
    method: 'DELETE',
    template: '/api/hubs/{hubId}/goals/{goalId}/contribution',
    allowed: SECRETARIAT,
    nested: true,
    request: async (fx, t) => ({ path: `/api/hubs/${t.hubId}/goals/${await freshContribution(fx, t)}/contribution` }),
  },
];
