import type { HubEventDto, WorkingGroupDto } from '@hubspoke/contracts';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';

describe('working groups', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let lead: TestMember;
  let colleague: TestMember;
  let outsider: TestMember;
  let observer: TestMember;
  let secretariatMemberId: string;
  let group: WorkingGroupDto;

  const url = (path = '') => `/api/hubs/${hub.id}/groups${path}`;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    lead = await ctx.newMember(hub, 'member');
    colleague = await ctx.newMember(hub, 'member');
    outsider = await ctx.newMember(hub, 'member');
    observer = await ctx.newMember(hub, 'observer');
    const [owner]: { id: string }[] = await ctx.ds.query(
      `SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`,
      [hub.id, hub.owner.id],
    );
    secretariatMemberId = owner!.id;
  });
  afterAll(() => ctx.close());

  it('lets the secretariat start a group with a lead, who is always one of its members', async () => {
    const res = await ctx.http
      .post(url())
      .set(hub.owner.auth)
      .send({
        name: '  Cold-chain task force ',
        purpose: 'Fix the last mile',
        leadMemberId: lead.memberId,
        endsOn: '2027-06-30',
      })
      .expect(201);
    group = res.body;
    expect(group).toMatchObject({
      name: 'Cold-chain task force',
      purpose: 'Fix the last mile',
      endsOn: '2027-06-30',
      lead: { memberId: lead.memberId, userId: lead.user.id, organizationId: lead.org.id },
      version: 1,
      archivedAt: null,
    });
    expect(group.members.map((m) => m.memberId)).toEqual([lead.memberId]);
    // every member of the hub sees every group
    const seen = await ctx.http.get(url()).set(outsider.user.auth).expect(200);
    expect(seen.body.map((g: WorkingGroupDto) => g.id)).toEqual([group.id]);
    await ctx.http
      .get(url(`/${group.id}`))
      .set(observer.user.auth)
      .expect(200);
  });

  it('refuses people who are not active members of the hub, and observers as leads', async () => {
    const stranger = await ctx.newUser();
    const bad = await ctx.http
      .post(url())
      .set(hub.owner.auth)
      .send({ name: 'Task force', leadMemberId: observer.memberId, memberIds: [stranger.id] })
      .expect(400);
    expect(bad.body.details).toEqual({
      leadMemberId: ['an observer cannot lead a working group'],
      memberIds: ['must be active members of this hub'],
    });
    await ctx.http.post(url()).set(hub.owner.auth).send({ name: '', leadMemberId: 'nope' }).expect(400);
    expect((await ctx.http.get(url()).set(hub.owner.auth)).body).toHaveLength(1);
  });

  it('lets only the secretariat start, edit and archive groups; non-members of the hub see nothing', async () => {
    const body = { name: 'Shadow group', leadMemberId: lead.memberId };
    await ctx.http.post(url()).set(lead.user.auth).send(body).expect(403);
    await ctx.http
      .patch(url(`/${group.id}`))
      .set(lead.user.auth)
      .send({ version: 1, name: 'Mine' })
      .expect(403);
    await ctx.http
      .delete(url(`/${group.id}?version=1`))
      .set(lead.user.auth)
      .expect(403);
    const stranger = await ctx.newUser();
    await ctx.http.get(url()).set(stranger.auth).expect(404);
    await ctx.http
      .get(url(`/${group.id}`))
      .set(stranger.auth)
      .expect(404);
    await ctx.http
      .put(url(`/${group.id}/members/${colleague.memberId}`))
      .set(stranger.auth)
      .expect(404);
  });

  it("lets the group's lead, and nobody else but the secretariat, add and remove its members", async () => {
    await ctx.http
      .put(url(`/${group.id}/members/${colleague.memberId}`))
      .set(outsider.user.auth)
      .expect(403);
    const added = await ctx.http
      .put(url(`/${group.id}/members/${colleague.memberId}`))
      .set(lead.user.auth)
      .expect(200);
    expect(added.body.members.map((m: { memberId: string }) => m.memberId).sort()).toEqual(
      [lead.memberId, colleague.memberId].sort(),
    );
    // adding twice changes nothing
    const again = await ctx.http
      .put(url(`/${group.id}/members/${colleague.memberId}`))
      .set(lead.user.auth)
      .expect(200);
    expect(again.body.members).toHaveLength(2);
    await ctx.http
      .put(url(`/${group.id}/members/${secretariatMemberId}`))
      .set(hub.owner.auth)
      .expect(200);
    await ctx.http
      .delete(url(`/${group.id}/members/${secretariatMemberId}`))
      .set(lead.user.auth)
      .expect(200);
    const stranger = await ctx.newUser();
    const bad = await ctx.http
      .put(url(`/${group.id}/members/${stranger.id}`))
      .set(lead.user.auth)
      .expect(400);
    expect(bad.body.details).toEqual({ memberId: ['must be an active member of this hub'] });
    const leadOut = await ctx.http
      .delete(url(`/${group.id}/members/${lead.memberId}`))
      .set(hub.owner.auth)
      .expect(409);
    expect(leadOut.body.message).toMatch(/choose another lead first/);
  });

  it('hands the lead over at a version, and answers a stale version with the current group', async () => {
    const res = await ctx.http
      .patch(url(`/${group.id}`))
      .set(hub.owner.auth)
      .send({ version: 4, leadMemberId: colleague.memberId, endsOn: null })
      .expect(200);
    // version 1, then one per change of members: the colleague, the secretariat in and out
    expect(res.body).toMatchObject({ version: 5, endsOn: null, lead: { memberId: colleague.memberId } });
    const stale = await ctx.http
      .patch(url(`/${group.id}`))
      .set(hub.owner.auth)
      .send({ version: 1, name: 'x' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: group.id, version: 5 });
    // the former lead no longer manages members; the new one does
    await ctx.http
      .delete(url(`/${group.id}/members/${colleague.memberId}`))
      .set(lead.user.auth)
      .expect(403);
    await ctx.http
      .delete(url(`/${group.id}/members/${lead.memberId}`))
      .set(colleague.user.auth)
      .expect(200);
  });

  it("puts tasks in a group, filters the board by it, and refuses another hub's group", async () => {
    const tasks = `/api/hubs/${hub.id}/tasks`;
    const inGroup = await ctx.http
      .post(tasks)
      .set(colleague.user.auth)
      .send({ title: 'Audit the freezers', workingGroupId: group.id })
      .expect(201);
    expect(inGroup.body.workingGroupId).toBe(group.id);
    const loose = (await ctx.http.post(tasks).set(colleague.user.auth).send({ title: 'Book the hall' }).expect(201))
      .body;
    expect(loose.workingGroupId).toBeNull();
    const filtered = await ctx.http.get(`${tasks}?workingGroupId=${group.id}`).set(outsider.user.auth).expect(200);
    expect(filtered.body.items.map((t: { id: string }) => t.id)).toEqual([inGroup.body.id]);
    const moved = await ctx.http
      .patch(`${tasks}/${loose.id}`)
      .set(colleague.user.auth)
      .send({ version: loose.version, workingGroupId: group.id })
      .expect(200);
    expect(moved.body.workingGroupId).toBe(group.id);

    const elsewhere = await ctx.newHub({ owner: hub.owner, ownerOrg: hub.ownerOrg });
    const [ownerThere]: { id: string }[] = await ctx.ds.query(
      `SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`,
      [elsewhere.id, hub.owner.id],
    );
    const foreign = await ctx.http
      .post(`/api/hubs/${elsewhere.id}/groups`)
      .set(hub.owner.auth)
      .send({ name: 'Elsewhere', leadMemberId: ownerThere!.id })
      .expect(201);
    const refused = await ctx.http
      .post(tasks)
      .set(colleague.user.auth)
      .send({ title: 'Smuggled', workingGroupId: foreign.body.id })
      .expect(400);
    expect(refused.body.details).toEqual({ workingGroupId: ['is not an active working group of this hub'] });
  });

  it('archives a group: still readable, among the archived, and closed to changes', async () => {
    await ctx.http
      .delete(url(`/${group.id}?version=2`))
      .set(hub.owner.auth)
      .expect(409);
    const current = (await ctx.http.get(url(`/${group.id}`)).set(hub.owner.auth)).body as WorkingGroupDto;
    const archived = await ctx.http
      .delete(url(`/${group.id}?version=${current.version}`))
      .set(hub.owner.auth)
      .expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await ctx.http.get(url()).set(lead.user.auth)).body).toEqual([]);
    const listed = await ctx.http.get(url('?archived=true')).set(lead.user.auth).expect(200);
    expect(listed.body.map((g: WorkingGroupDto) => g.id)).toEqual([group.id]);
    await ctx.http
      .put(url(`/${group.id}/members/${lead.memberId}`))
      .set(hub.owner.auth)
      .expect(409);
  });

  it('tells the whole hub about each change in its event stream', async () => {
    const events = (await ctx.http.get(`/api/hubs/${hub.id}/events?limit=100`).set(outsider.user.auth).expect(200)).body
      .items as HubEventDto[];
    const mine = events.filter((e) => e.type.startsWith('group.') && e.entityId === group.id).map((e) => e.type);
    expect(mine[0]).toBe('group.created');
    expect(mine.at(-1)).toBe('group.archived');
    // created, colleague added, secretariat added then removed, lead handed over, former lead removed, archived
    expect(mine).toHaveLength(7);
  });
});
