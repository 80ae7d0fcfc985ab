import type { HubRole } from '@hubspoke/contracts';
import type { TestContext, TestHub, TestOrg, TestUser } from './test-app';

/**
 * The people of the authorization matrix: one of each standing towards a hub (nonMember runs a hub of its own;
 * parentHubMember and childHubMember are members of hubs linked above and below it; the
 * unverified account has not confirmed its email yet).
 */
export const ACTORS = [
  'secretariat',
  'memberOwn',
  'memberOther',
  'board',
  'observer',
  'nonMember',
  'parentHubMember',
  'childHubMember',
  'unverified',
  'anonymous',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface HubResources {
  hubId: string;
  /** A goal owned by memberOwn's organization, and a task assigned to it (created by the secretariat). */
  goalId: string;
  taskId: string;
  measurementId: string;
  /** Every id and title of the hub, to make sure none leaks into another hub's answers. */
  marks: string[];
}

export interface MatrixFixture {
  ctx: TestContext;
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
  orgs: { secretariat: TestOrg; own: TestOrg; other: TestOrg };
  hub: TestHub;
  home: HubResources;
  /** A private hub none of the actors belongs to. */
  foreign: HubResources;
  /** A public hub none of the actors belongs to (its measurement is pending: not public). */
  open: HubResources;
  newGoal(hubId: string, ownerOrgId: string): Promise<string>;
  newTask(hubId: string, assigneeOrgId: string | null, createdByOrgId: string): Promise<string>;
  newMeasurement(hubId: string, goalId: string, orgId: string): Promise<string>;
  /** A hub with the same people in the same roles, for actions that use a hub up (archive). */
  newHomeHub(): Promise<string>;
}

export async function createMatrixFixture(ctx: TestContext): Promise<MatrixFixture> {
  const orgs = { secretariat: await ctx.newOrg(), own: await ctx.newOrg(), other: await ctx.newOrg() };
  const hub = await ctx.newHub({ ownerOrg: orgs.secretariat });
  const roles: [Exclude<Actor, 'anonymous' | 'secretariat' | 'nonMember' | 'unverified'>, HubRole, TestOrg][] = [
    ['memberOwn', 'member', orgs.own],
    ['memberOther', 'member', orgs.other],
    ['board', 'board', orgs.other],
    ['observer', 'observer', orgs.other],
  ];
  const users = { secretariat: hub.owner } as MatrixFixture['users'];
  for (const [actor, role, org] of roles) users[actor] = (await ctx.newMember(hub, role, { org })).user;
  const foreignHub = await ctx.newHub({ name: 'Foreign hub zq', ownerOrg: orgs.own });
  users.nonMember = (await ctx.newHub()).owner;
  const [parentHub, childHub] = [await ctx.newHub(), await ctx.newHub()];
  await ctx.ds.query(
    `INSERT INTO hub_link (parent_hub_id, child_hub_id, status, requested_by_hub_id)
     VALUES ($1, $2, 'active', $2), ($2, $3, 'active', $3)`,
    [parentHub.id, hub.id, childHub.id],
  );
  users.parentHubMember = (await ctx.newMember(parentHub, 'member')).user;
  users.childHubMember = (await ctx.newMember(childHub, 'member')).user;
  users.unverified = await ctx.newUser({ verified: false });

  const newGoal = async (hubId: string, ownerOrgId: string) => {
    const [row] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
       VALUES ($1, 'Goal ' || md5(random()::text), '%', 10, 90, 'increase', '2026-01-01', '2030-12-31', $2) RETURNING id, title`,
      [hubId, ownerOrgId],
    );
    return row.id as string;
  };
  const newTask = async (hubId: string, assigneeOrgId: string | null, createdByOrgId: string) => {
    const [row] = await ctx.ds.query(
      `INSERT INTO task (hub_id, title, assignee_organization_id, created_by_organization_id)
       VALUES ($1, 'Task ' || md5(random()::text), $2, $3) RETURNING id`,
      [hubId, assigneeOrgId, createdByOrgId],
    );
    return row.id as string;
  };
  const newMeasurement = async (hubId: string, goalId: string, orgId: string) => {
    const [row] = await ctx.ds.query(
      `INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id)
       VALUES ($1, $2, 42, now() - interval '1 day', $3) RETURNING id`,
      [goalId, hubId, orgId],
    );
    return row.id as string;
  };
  const resources = async (hubId: string, ownerOrg: TestOrg): Promise<HubResources> => {
    const goalId = await newGoal(hubId, ownerOrg.id);
    const taskId = await newTask(hubId, ownerOrg.id, ownerOrg.id);
    const measurementId = await newMeasurement(hubId, goalId, ownerOrg.id);
    const titles = await ctx.ds.query(
      `SELECT title FROM goal WHERE hub_id = $1 UNION ALL SELECT title FROM task WHERE hub_id = $1 UNION ALL SELECT name FROM hub WHERE id = $1`,
      [hubId],
    );
    return {
      hubId,
      goalId,
      taskId,
      measurementId,
      marks: [hubId, goalId, taskId, measurementId, ...titles.map((t: { title: string }) => t.title)],
    };
  };
  const home = await resources(hub.id, orgs.own);
  const foreign = await resources(foreignHub.id, orgs.own);
  const open = await resources((await ctx.newHub({ visibility: 'public', ownerOrg: orgs.own })).id, orgs.own);

  const newHomeHub = async () => {
    const fresh = await ctx.newHub({ owner: users.secretariat, ownerOrg: orgs.secretariat });
    for (const [actor, role, org] of roles) await ctx.newMember(fresh, role, { user: users[actor], org });
    return fresh.id;
  };

  return { ctx, users, orgs, hub, home, foreign, open, newGoal, newTask, newMeasurement, newHomeHub };
}
