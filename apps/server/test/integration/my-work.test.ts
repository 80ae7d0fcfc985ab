import { moveChallengeTo } from '../support/challenge-stages';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

describe('my work', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let member: TestMember;
  let board: TestMember;

  const myWork = (as: TestUser) => ctx.http.get('/api/me/work').set(as.auth);
  const ids = (items: { id?: string; resolutionId?: string; proposalId?: string }[]) =>
    items.map((item) => item.id ?? item.resolutionId ?? item.proposalId);
  const insertTask = async (
    hubId: string,
    fields: { title: string; org?: string | null; user?: string | null; status?: string; due?: string | null },
  ): Promise<string> => {
    const [row] = await ctx.ds.query(
      `INSERT INTO task (hub_id, title, assignee_organization_id, assignee_user_id, status, due_date)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [hubId, fields.title, fields.org ?? null, fields.user ?? null, fields.status ?? 'todo', fields.due ?? null],
    );
    return row.id;
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    member = await ctx.newMember(hub, 'member');
    board = await ctx.newMember(hub, 'board');
  });
  afterAll(() => ctx.close());

  it('lists the open tasks assigned to me or to the organization I represent there, soonest due first', async () => {
    const later = await insertTask(hub.id, { title: 'Later', org: member.org.id, due: '2099-01-01' });
    const overdue = await insertTask(hub.id, { title: 'Overdue', org: member.org.id, due: '2020-01-01' });
    const byName = await insertTask(hub.id, { title: 'Mine by name', user: member.user.id, org: hub.ownerOrg.id });
    await insertTask(hub.id, { title: 'Done', org: member.org.id, status: 'done' });
    await insertTask(hub.id, { title: 'Someone else', org: hub.ownerOrg.id });
    // the same organization's tasks in a hub where I am no member are not mine
    const elsewhere = await ctx.newHub();
    await ctx.newMember(elsewhere, 'member', { org: member.org });
    const notMine = await insertTask(elsewhere.id, { title: 'Not here', org: member.org.id });
    // nor are those of a hub archived since
    const archived = await ctx.newHub();
    await ctx.newMember(archived, 'member', { user: member.user, org: member.org });
    const shelved = await insertTask(archived.id, { title: 'Shelved', org: member.org.id });
    await ctx.ds.query(`UPDATE hub SET archived_at = now() WHERE id = $1`, [archived.id]);

    const res = await myWork(member.user);
    expect(res.status).toBe(200);
    expect(ids(res.body.tasks)).toEqual([overdue, later, byName]);
    expect(res.body.tasks[0]).toEqual({
      id: overdue,
      hubId: hub.id,
      hubName: hub.name,
      title: 'Overdue',
      status: 'todo',
      priority: 'medium',
      dueDate: '2020-01-01',
      overdue: true,
      assignedToMe: false,
    });
    expect(res.body.tasks[2].assignedToMe).toBe(true);
    expect(res.text).not.toContain(notMine);
    expect(res.text).not.toContain(shelved);
  });

  it('lists unverified measurements to the secretariat only', async () => {
    const [goal] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
       VALUES ($1, 'Coverage', '%', 0, 100, 'increase', '2026-01-01', '2030-12-31', $2) RETURNING id`,
      [hub.id, member.org.id],
    );
    const [pending, verified] = await ctx.ds.query(
      `INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id, verified_at)
       VALUES ($1, $2, 42, '2026-06-01T00:00:00Z', $3, NULL), ($1, $2, 40, '2026-05-01T00:00:00Z', $3, now()) RETURNING id`,
      [goal.id, hub.id, member.org.id],
    );
    const res = await myWork(hub.owner);
    expect(res.body.measurementsToVerify).toEqual([
      {
        id: pending.id,
        goalId: goal.id,
        goalTitle: 'Coverage',
        hubId: hub.id,
        hubName: hub.name,
        value: 42,
        unit: '%',
        observedAt: '2026-06-01T00:00:00.000Z',
      },
    ]);
    expect(res.text).not.toContain(verified.id);
    for (const other of [member.user, board.user]) {
      expect((await myWork(other)).body.measurementsToVerify).toEqual([]);
    }
  });

  it('lists the open resolutions my seat has not voted on, until I vote', async () => {
    await ctx.ds.query(
      `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id) VALUES ($1, 'Seat', 'representative', 'public', $2)`,
      [hub.id, board.memberId],
    );
    const [open, closed] = await ctx.ds.query(
      `INSERT INTO resolution (hub_id, title, motion, quorum, majority, deadline)
       VALUES ($1, 'Adopt the plan', 'Text', 0.5, 'simple', now() + interval '1 day'),
              ($1, 'Too late', 'Text', 0.5, 'simple', now() - interval '1 day') RETURNING id`,
      [hub.id],
    );
    const before = await myWork(board.user);
    expect(ids(before.body.votesToCast)).toEqual([open.id]);
    expect(before.body.votesToCast[0]).toMatchObject({ hubId: hub.id, hubName: hub.name, title: 'Adopt the plan' });
    expect(before.text).not.toContain(closed.id);
    expect((await myWork(member.user)).body.votesToCast).toEqual([]);

    await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions/${open.id}/votes`)
      .set(board.user.auth)
      .send({ choice: 'for' })
      .expect(200);
    expect((await myWork(board.user)).body.votesToCast).toEqual([]);
  });

  it('lists the proposals assigned to me in peer review that I have not scored, without conflicted ones', async () => {
    const reviewer = await ctx.newUser();
    const funder = await ctx.newOrg();
    const lead = await ctx.newOrg();
    const [challenge] = await ctx.ds.query(
      `INSERT INTO challenge (funder_organization_id, title, description, prize_amount, prize_currency, stages, rubric)
       VALUES ($1, 'Cold chain prize', 'Text', 1, 'USD', '[]',
               '[{"id":"impact","name":"Impact","description":"","weight":1,"bands":[]}]') RETURNING id`,
      [funder.id],
    );
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
    const proposals: { id: string }[] = await ctx.ds.query(
      `INSERT INTO proposal (challenge_id, title, problem, approach, budget, lead_organization_id, team, goals, status)
       SELECT $1, t, 'P', 'A', 1, $2, '[]', '[]', s::proposal_status
         FROM unnest(ARRAY['A solar fridge', 'B scored', 'C ineligible', 'D conflicted'], ARRAY['eligible', 'eligible', 'ineligible', 'eligible']) AS x(t, s)
       RETURNING id`,
      [challenge.id, lead.id],
    );
    const [toScore, scored, ineligible, conflicted] = proposals.map((p) => p.id);
    for (const id of [toScore, scored, ineligible, conflicted]) {
      await ctx.ds.query(`INSERT INTO review_assignment (proposal_id, reviewer_id) VALUES ($1, $2)`, [id, reviewer.id]);
    }
    await ctx.ds.query(
      `INSERT INTO proposal_score (proposal_id, reviewer_id, criterion_id, score, comment) VALUES ($1, $2, 'impact', 4, '')`,
      [scored, reviewer.id],
    );
    await ctx.ds.query(`UPDATE proposal SET submitted_by_id = $2 WHERE id = $1`, [conflicted, reviewer.id]);

    const res = await myWork(reviewer);
    expect(res.body.proposalsToScore).toEqual([
      { proposalId: toScore, title: 'A solar fridge', challengeId: challenge.id, challengeTitle: 'Cold chain prize' },
    ]);
    expect(res.body.tasks).toEqual([]);

    await moveChallengeTo(ctx.ds, challenge.id, 'judges');
    expect((await myWork(reviewer)).body.proposalsToScore).toEqual([]);
  });

  it('asks to sign in', async () => {
    expect((await ctx.http.get('/api/me/work')).status).toBe(401);
  });
});
