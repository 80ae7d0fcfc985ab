import type { HubEventDto, TaskDto, WorkingGroupDto } from '@hubspoke/contracts';
import { startApiInstances, type ApiInstance } from '../support/api-instances';
import { apiAs, dbLastSeq, startListener, type Listener } from '../support/hub-listeners';
import { databaseUrl } from '../support/services';
import { eventually } from '../support/sockets';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

/** What the group keeps to itself: no answer or message to an outsider may contain it. */
const SECRET = 'Freezer price 4,200 USD';

/**
 * Group-only items across two api instances: the group's people read them in full, live and by catch-up; a hub member
 * outside the group never receives a word of them, over HTTP or sockets, and still applies every seq in order.
 */
describe('group-only items across api instances', () => {
  let ctx: TestContext;
  let apis: ApiInstance[];
  const listeners: Listener[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    apis = await startApiInstances(2, databaseUrl(ctx.databaseName));
  }, 60_000);
  afterEach(() => listeners.splice(0).forEach((l) => l.client.close()));
  afterAll(async () => {
    await Promise.all((apis ?? []).map((api) => api.stop()));
    await ctx?.close();
  });

  const at = (i: number) => apis[i]!.url;

  interface Setup {
    hub: TestHub;
    lead: TestMember;
    member: TestMember;
    outsider: TestMember;
    group: WorkingGroupDto;
  }

  async function setup(): Promise<Setup> {
    const hub = await ctx.newHub();
    const [lead, member, outsider] = await Promise.all([
      ctx.newMember(hub, 'member'),
      ctx.newMember(hub, 'member'),
      ctx.newMember(hub, 'member'),
    ]);
    const created = await apiAs(hub.owner)(at(0), 'POST', `/api/hubs/${hub.id}/groups`, {
      name: 'Cold-chain task force',
      leadMemberId: lead.memberId,
      memberIds: [member.memberId],
    });
    expect(created.status).toBe(201);
    return { hub, lead, member, outsider, group: created.body as WorkingGroupDto };
  }

  /** A listener that also keeps every raw message its socket received. */
  async function listen(url: string, user: TestUser, hubId: string, resume?: Listener) {
    const listener = await startListener(url, user, hubId, { resume });
    const raw: HubEventDto[] = [];
    listener.client.socket.on('hub:event', (event) => raw.push(event));
    listeners.push(listener);
    return { listener, raw };
  }

  async function caughtUp(ds: TestContext['ds'], hubId: string, ...ls: Listener[]): Promise<number> {
    const lastSeq = await dbLastSeq(ds, hubId);
    await eventually(() => ls.forEach((l) => expect(l.client.lastSeq(hubId)).toBe(lastSeq)), 15_000, 100);
    return lastSeq;
  }

  const gapFree = (l: Listener) => {
    const from = l.seqs[0]!;
    expect(l.seqs).toEqual(Array.from({ length: l.seqs.length }, (_, i) => from + i));
  };

  it('outsiders get placeholders live and by catch-up, gap-free; the group and the secretariat get everything', async () => {
    const { hub, lead, member, outsider, group } = await setup();
    const outsiderLive = await listen(at(0), outsider.user, hub.id);
    const outsiderOther = await listen(at(1), outsider.user, hub.id);
    const memberLive = await listen(at(1), member.user, hub.id);
    const secretariat = await listen(at(0), hub.owner, hub.id);

    const secret = await apiAs(member.user)(at(1), 'POST', `/api/hubs/${hub.id}/tasks`, {
      title: SECRET,
      workingGroupId: group.id,
      visibility: 'group',
    });
    expect(secret.status).toBe(201);
    const open = await apiAs(outsider.user)(at(0), 'POST', `/api/hubs/${hub.id}/tasks`, { title: 'Open task' });
    const edited = await apiAs(lead.user)(at(0), 'PATCH', `/api/hubs/${hub.id}/tasks/${secret.body.id}`, {
      version: 1,
      description: `${SECRET}, final offer`,
    });
    expect(edited.status).toBe(200);
    const comment = await apiAs(member.user)(at(1), 'POST', `/api/hubs/${hub.id}/tasks/${secret.body.id}/comments`, {
      body: `${SECRET} is too much`,
    });
    expect(comment.status).toBe(201);

    const lastSeq = await caughtUp(
      ctx.ds,
      hub.id,
      ...[outsiderLive, outsiderOther, memberLive, secretariat].map((x) => x.listener),
    );
    for (const { listener, raw } of [outsiderLive, outsiderOther]) {
      gapFree(listener);
      expect(JSON.stringify(raw)).not.toContain('Freezer');
      expect(raw.filter((e) => e.type === 'item.redacted').length).toBeGreaterThanOrEqual(3);
      expect([...listener.tasks.keys()]).toEqual([open.body.id]);
    }
    for (const { listener, raw } of [memberLive, secretariat]) {
      gapFree(listener);
      expect(raw.some((e) => e.type === 'item.redacted')).toBe(false);
      expect(listener.tasks.get(secret.body.id)?.description).toBe(`${SECRET}, final offer`);
    }

    // catch-up by seq: a fresh outsider socket from before the group's events, on the other instance
    const resumed = await apiAs(outsider.user)(at(1), 'GET', `/api/hubs/${hub.id}/events?after=0`);
    expect(resumed.status).toBe(200);
    expect(JSON.stringify(resumed.body)).not.toContain('Freezer');
    expect((resumed.body.items as HubEventDto[]).map((e) => e.seq)).toEqual(
      Array.from({ length: lastSeq }, (_, i) => i + 1),
    );
    const socket = outsiderLive.listener.client.socket;
    const ack = await socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 1 });
    expect(ack).toMatchObject({ ok: true, lastSeq });
    expect(JSON.stringify(ack)).not.toContain('Freezer');
    if (!ack.ok || ack.resync) throw new Error('expected events');
    expect(ack.events.map((e) => e.seq)).toEqual(Array.from({ length: lastSeq - 1 }, (_, i) => i + 2));
    const memberAck = await memberLive.listener.client.socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 1 });
    expect(JSON.stringify(memberAck)).toContain(SECRET);

    // over HTTP the group-only task does not exist for the outsider
    const asOutsider = apiAs(outsider.user);
    expect((await asOutsider(at(1), 'GET', `/api/hubs/${hub.id}/tasks/${secret.body.id}`)).status).toBe(404);
    const list = await asOutsider(at(0), 'GET', `/api/hubs/${hub.id}/tasks`);
    expect((list.body.items as TaskDto[]).map((t) => t.id)).toEqual([open.body.id]);
    const overview = await asOutsider(at(0), 'GET', `/api/hubs/${hub.id}/overview`);
    expect(overview.body.taskCounts.todo).toBe(1);
    const comments = await asOutsider(at(0), 'GET', `/api/hubs/${hub.id}/tasks/${secret.body.id}/comments`);
    expect(comments.status).toBe(404);
    const memberList = await apiAs(member.user)(at(1), 'GET', `/api/hubs/${hub.id}/tasks`);
    expect(memberList.body.items).toHaveLength(2);
  }, 60_000);

  it('a member taken out of the group stops receiving its items at once; a task made hub-visible reaches outsiders', async () => {
    const { hub, lead, member, outsider, group } = await setup();
    const memberLive = await listen(at(1), member.user, hub.id);
    const outsiderLive = await listen(at(0), outsider.user, hub.id);
    const asLead = apiAs(lead.user);

    const removed = await asLead(at(0), 'DELETE', `/api/hubs/${hub.id}/groups/${group.id}/members/${member.memberId}`);
    expect(removed.status).toBe(200);
    const secret = await asLead(at(0), 'POST', `/api/hubs/${hub.id}/tasks`, {
      title: SECRET,
      workingGroupId: group.id,
      visibility: 'group',
    });
    expect(secret.status).toBe(201);
    await caughtUp(ctx.ds, hub.id, memberLive.listener, outsiderLive.listener);
    expect(JSON.stringify(memberLive.raw)).not.toContain('Freezer');
    expect(memberLive.listener.tasks.size).toBe(0);

    // made visible to the whole hub: a new version, an event everyone reads in full
    const shared = await asLead(at(0), 'PATCH', `/api/hubs/${hub.id}/tasks/${secret.body.id}`, {
      version: secret.body.version,
      visibility: 'hub',
    });
    expect(shared.body).toMatchObject({ version: 2, visibility: 'hub', workingGroupId: group.id });
    await caughtUp(ctx.ds, hub.id, memberLive.listener, outsiderLive.listener);
    expect(outsiderLive.listener.tasks.get(secret.body.id)?.title).toBe(SECRET);
    gapFree(outsiderLive.listener);

    // and back to the group: outsiders are told to forget it, and nothing more
    const hidden = await asLead(at(0), 'PATCH', `/api/hubs/${hub.id}/tasks/${secret.body.id}`, {
      version: 2,
      visibility: 'group',
      title: `${SECRET} (revised)`,
    });
    expect(hidden.status).toBe(200);
    await caughtUp(ctx.ds, hub.id, outsiderLive.listener);
    const last = outsiderLive.raw[outsiderLive.raw.length - 1]!;
    expect(last).toMatchObject({
      type: 'item.redacted',
      payload: { withdrawn: { kind: 'task', id: secret.body.id } },
    });
    expect(JSON.stringify(outsiderLive.raw)).not.toContain('revised');
    gapFree(outsiderLive.listener);
  }, 60_000);

  it('group-only needs a group, and only the group or the secretariat may make an item group-only', async () => {
    const { hub, outsider, group, member } = await setup();
    const noGroup = await apiAs(member.user)(at(0), 'POST', `/api/hubs/${hub.id}/tasks`, {
      title: 'Draft',
      visibility: 'group',
    });
    expect(noGroup.status).toBe(400);
    expect(noGroup.body.details.visibility).toBeDefined();
    const notTheirs = await apiAs(outsider.user)(at(0), 'POST', `/api/hubs/${hub.id}/tasks`, {
      title: 'Draft',
      workingGroupId: group.id,
      visibility: 'group',
    });
    expect(notTheirs.status).toBe(403);
    const goal = await apiAs(member.user)(at(1), 'POST', `/api/hubs/${hub.id}/goals`, {
      title: 'Freezers installed',
      unit: 'freezers',
      baseline: 0,
      target: 40,
      direction: 'increase',
      startDate: '2026-01-01',
      dueDate: '2027-06-30',
      ownerOrganizationId: member.org.id,
      workingGroupId: group.id,
      visibility: 'group',
    });
    expect(goal.status).toBe(201);
    expect((await apiAs(outsider.user)(at(0), 'GET', `/api/hubs/${hub.id}/goals/${goal.body.id}`)).status).toBe(404);
    const goals = await apiAs(outsider.user)(at(0), 'GET', `/api/hubs/${hub.id}/goals`);
    expect(goals.body.items).toHaveLength(0);
    const overview = await apiAs(outsider.user)(at(0), 'GET', `/api/hubs/${hub.id}/overview`);
    expect(overview.body.goals).toHaveLength(0);
    const groupGoals = await apiAs(member.user)(at(0), 'GET', `/api/hubs/${hub.id}/goals?workingGroupId=${group.id}`);
    expect(groupGoals.body.items).toHaveLength(1);
  }, 60_000);
});
