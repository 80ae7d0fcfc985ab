import type { ItemVisibility } from '@hubspoke/contracts';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

/**
 * The policy on a working group's items (README, "Group-only items"), route by route, for each standing towards the
 * group: the secretariat, the group's lead, a group member (a board member here: the group, not the role, grants
 * it), a hub member outside the group whose organization the items are assigned to, and a board member outside it.
 */
const STANDINGS = ['secretariat', 'lead', 'groupMember', 'outsider', 'outsiderBoard'] as const;
type Standing = (typeof STANDINGS)[number];
type Outcome = '2xx' | '403' | '404';

interface Fixture {
  hub: TestHub;
  groupId: string;
  people: Record<Standing, TestUser>;
  outsider: TestMember;
  /** A task of the group: created by the secretariat's organization, assigned to the outsider's. */
  task(visibility: ItemVisibility): Promise<string>;
  /** A goal of the group, owned by the outsider's organization. */
  goal(visibility: ItemVisibility): Promise<string>;
}

interface GroupRouteCase {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  expect: Record<Standing, Outcome>;
  request(fx: Fixture): Promise<{ path: string; body?: object }>;
}

const READERS: Record<Standing, Outcome> = {
  secretariat: '2xx',
  lead: '2xx',
  groupMember: '2xx',
  outsider: '404',
  outsiderBoard: '404',
};
const MAKERS: Record<Standing, Outcome> = { ...READERS, outsider: '403', outsiderBoard: '403' };
const MANAGERS: Record<Standing, Outcome> = { ...MAKERS, groupMember: '403' };
const GOAL_BODY = {
  title: 'Freezers installed',
  unit: 'freezers',
  baseline: 0,
  target: 40,
  direction: 'increase',
  startDate: '2026-01-01',
  dueDate: '2027-06-30',
};

const ROUTES: GroupRouteCase[] = [
  {
    name: 'GET a group-only task',
    method: 'get',
    expect: READERS,
    request: async (fx) => ({ path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('group')}` }),
  },
  {
    name: 'PATCH a group-only task',
    method: 'patch',
    expect: READERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('group')}`,
      body: { version: 1, title: 'Negotiate freezer price' },
    }),
  },
  {
    name: 'move a group-only task',
    method: 'post',
    expect: READERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('group')}/move`,
      body: { version: 1, status: 'in_progress', position: 5 },
    }),
  },
  {
    name: 'DELETE a group-only task',
    method: 'delete',
    expect: READERS,
    request: async (fx) => ({ path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('group')}?version=1` }),
  },
  {
    name: 'POST a group-only task',
    method: 'post',
    expect: MAKERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/tasks`,
      body: { title: 'Draft', workingGroupId: fx.groupId, visibility: 'group' },
    }),
  },
  {
    name: "PATCH a hub-visible task of the group (its lead's to manage)",
    method: 'patch',
    // the organization it is assigned to edits it as any task; a group member only the group-only ones
    expect: { ...MANAGERS, outsider: '2xx' },
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('hub')}`,
      body: { version: 1, title: 'Shared' },
    }),
  },
  {
    name: 'make a hub-visible task of the group group-only',
    method: 'patch',
    expect: MANAGERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('hub')}`,
      body: { version: 1, visibility: 'group' },
    }),
  },
  {
    name: "GET a group-only task's comments",
    method: 'get',
    expect: READERS,
    request: async (fx) => ({ path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('group')}/comments` }),
  },
  {
    name: 'comment on a group-only task',
    method: 'post',
    expect: READERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/tasks/${await fx.task('group')}/comments`,
      body: { body: 'Too expensive' },
    }),
  },
  {
    name: 'GET a group-only goal',
    method: 'get',
    expect: READERS,
    request: async (fx) => ({ path: `/api/hubs/${fx.hub.id}/goals/${await fx.goal('group')}` }),
  },
  {
    name: 'PATCH a group-only goal',
    method: 'patch',
    expect: READERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/goals/${await fx.goal('group')}`,
      body: { version: 1, target: 50 },
    }),
  },
  {
    name: 'DELETE a group-only goal',
    method: 'delete',
    expect: READERS,
    request: async (fx) => ({ path: `/api/hubs/${fx.hub.id}/goals/${await fx.goal('group')}` }),
  },
  {
    name: 'POST a group-only goal',
    method: 'post',
    expect: MAKERS,
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/goals`,
      body: { ...GOAL_BODY, ownerOrganizationId: fx.outsider.org.id, workingGroupId: fx.groupId, visibility: 'group' },
    }),
  },
  {
    name: "GET a group-only goal's measurements",
    method: 'get',
    expect: READERS,
    request: async (fx) => ({ path: `/api/hubs/${fx.hub.id}/goals/${await fx.goal('group')}/measurements` }),
  },
  {
    name: 'report on a group-only goal owned by the outsider',
    method: 'post',
    // reporting stays its owner's (and the secretariat's); the owner outside the group does not see it
    expect: { ...READERS, lead: '403', groupMember: '403' },
    request: async (fx) => ({
      path: `/api/hubs/${fx.hub.id}/goals/${await fx.goal('group')}/measurements`,
      body: { value: 12, observedAt: new Date(Date.now() - 86_400_000).toISOString() },
    }),
  },
];

describe('authorization matrix: group-only items', () => {
  let ctx: TestContext;
  let fx: Fixture;

  beforeAll(async () => {
    ctx = await createTestApp();
    const hub = await ctx.newHub();
    const lead = await ctx.newMember(hub, 'member');
    const groupMember = await ctx.newMember(hub, 'board');
    const outsider = await ctx.newMember(hub, 'member');
    const outsiderBoard = await ctx.newMember(hub, 'board');
    const created = await ctx.http
      .post(`/api/hubs/${hub.id}/groups`)
      .set(hub.owner.auth)
      .send({ name: 'Cold-chain task force', leadMemberId: lead.memberId, memberIds: [groupMember.memberId] });
    expect(created.status).toBe(201);
    const groupId = created.body.id as string;
    fx = {
      hub,
      groupId,
      outsider,
      people: {
        secretariat: hub.owner,
        lead: lead.user,
        groupMember: groupMember.user,
        outsider: outsider.user,
        outsiderBoard: outsiderBoard.user,
      },
      task: async (visibility) => {
        const [row] = await ctx.ds.query(
          `INSERT INTO task (hub_id, title, assignee_organization_id, created_by_organization_id, working_group_id,
                             visibility)
           VALUES ($1, 'Task', $2, $3, $4, $5) RETURNING id`,
          [hub.id, outsider.org.id, hub.ownerOrg.id, groupId, visibility],
        );
        return row.id as string;
      },
      goal: async (visibility) => {
        const [row] = await ctx.ds.query(
          `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date,
                             owner_organization_id, working_group_id, visibility)
           VALUES ($1, 'Goal', '%', 10, 90, 'increase', '2026-01-01', '2030-12-31', $2, $3, $4) RETURNING id`,
          [hub.id, outsider.org.id, groupId, visibility],
        );
        return row.id as string;
      },
    };
  });
  afterAll(() => ctx.close());

  const statusClass = (status: number): string => (status >= 200 && status < 300 ? '2xx' : String(status));

  for (const route of ROUTES) {
    it(`${route.name}: each standing as the policy says`, async () => {
      const got: Record<string, string> = {};
      for (const standing of STANDINGS) {
        const { path, body } = await route.request(fx);
        const req = ctx.http[route.method](path).set(fx.people[standing].auth);
        const res = await (body === undefined ? req : req.send(body));
        got[standing] = statusClass(res.status);
        if (res.status >= 400) expect(res.body).toMatchObject({ statusCode: res.status, message: expect.any(String) });
      }
      expect(got).toEqual(route.expect);
    });
  }

  it('lists, counts, search and My work show a group-only task or goal only to those who see it', async () => {
    const insertTask = async (title: string, visibility: ItemVisibility, assigneeOrgId: string) => {
      const [row] = await ctx.ds.query(
        // due first, so that it leads the outsider's My work
        `INSERT INTO task (hub_id, title, assignee_organization_id, working_group_id, visibility, due_date)
         VALUES ($1, $2, $3, $4, $5, '2020-01-01') RETURNING id`,
        [fx.hub.id, title, assigneeOrgId, fx.groupId, visibility],
      );
      return row.id as string;
    };
    const shared = await insertTask('Quokka freezer census', 'hub', fx.outsider.org.id);
    const hidden = await insertTask('Quokka freezer tender', 'group', fx.outsider.org.id);
    const [goal] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date,
                         owner_organization_id, working_group_id, visibility)
       VALUES ($1, 'Quokka freezers bought', '%', 0, 90, 'increase', '2026-01-01', '2030-12-31', $2, $3, 'group')
       RETURNING id`,
      [fx.hub.id, fx.outsider.org.id, fx.groupId],
    );
    const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
    for (const standing of STANDINGS) {
      const auth = fx.people[standing].auth;
      const sees = READERS[standing] === '2xx';
      const listed = await ctx.http.get(`/api/hubs/${fx.hub.id}/tasks?q=Quokka`).set(auth);
      expect({ standing, ids: ids(listed.body.items) }).toEqual({
        standing,
        ids: (sees ? [shared, hidden] : [shared]).sort(),
      });
      const counts = await ctx.http.get(`/api/hubs/${fx.hub.id}/tasks/counts?q=Quokka`).set(auth);
      expect({ standing, todo: counts.body.todo }).toEqual({ standing, todo: sees ? 2 : 1 });
      const found = await ctx.http.get('/api/search?q=quokka').set(auth);
      expect({ standing, tasks: ids(found.body.tasks), goals: ids(found.body.goals) }).toEqual({
        standing,
        tasks: (sees ? [shared, hidden] : [shared]).sort(),
        goals: sees ? [goal.id] : [],
      });
    }
    // the task is assigned to the outsider's organization, which does not see it: not in its My work either
    const work = await ctx.http.get('/api/me/work').set(fx.people.outsider.auth);
    expect(ids(work.body.tasks)).toContain(shared);
    expect(ids(work.body.tasks)).not.toContain(hidden);
  });
});
