import type { ChallengeDto, GoalDto, ProposalDto, RankedProposalDto } from '@hubspoke/contracts';
import type { AwardDto } from '../../src/modules/challenges/challenges.dto';
import { moveChallengeTo } from '../support/challenge-stages';
import { createTestApp, type TestContext, type TestHub, type TestOrg, type TestUser } from '../support/test-app';

describe('funder challenges: proposals, conflict-free review, normalised ranking, awards that grow hubs', () => {
  let ctx: TestContext;
  let funder: TestOrg;
  let manager: TestUser;
  let challenge: ChallengeDto;
  let orgs: TestOrg[];
  let hub: TestHub;
  const reviewers: { user: TestUser; org: TestOrg }[] = [];

  const day = 86_400_000;
  const at = (days: number) => new Date(Date.now() + days * day).toISOString();
  const inAYear = at(365).slice(0, 10);
  const challengeBody = () => ({
    title: 'Zero-dose children reached',
    description: 'A grant for measurable progress on routine immunization.',
    funderOrganizationId: funder.id,
    sdgTargets: ['3.b'],
    prize: { amount: 5_000_000, currency: 'USD' },
    stages: [
      { kind: 'submission', deadline: at(10) },
      { kind: 'administrative_review', deadline: at(20) },
      { kind: 'peer_review', deadline: at(30) },
      { kind: 'judges', deadline: at(40) },
      { kind: 'award', deadline: at(50) },
    ],
    rubric: [
      {
        id: 'impact',
        name: 'Impact',
        description: 'Children reached',
        weight: 0.6,
        bands: [{ score: 5, description: 'Large' }],
      },
      {
        id: 'feasibility',
        name: 'Feasibility',
        description: 'Can it be done',
        weight: 0.4,
        bands: [{ score: 1, description: 'Unlikely' }],
      },
    ],
  });
  const proposalBody = (lead: TestOrg, team: TestOrg[], fields: object = {}) => ({
    title: `Proposal of ${lead.name}`,
    problem: 'Too many children miss their first dose.',
    approach: 'Outreach through community health workers.',
    budget: 1_000_000,
    leadOrganizationId: lead.id,
    team: team.map((o, i) => ({ organizationId: o.id, email: `team${i}-${o.id.slice(0, 8)}@example.org` })),
    goals: [
      {
        title: 'DTP3 coverage',
        indicatorCode: '3.b.1',
        customMetricId: null,
        unit: '%',
        baseline: 60,
        target: 90,
        dueDate: inAYear,
      },
    ],
    ...fields,
  });

  /** Someone who acts for the organization: a proposal's lead needs one as its submitter. */
  const memberOf = async (org: TestOrg) => {
    const user = await ctx.newUser();
    await ctx.joinOrg(user, org);
    return user;
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    funder = await ctx.newOrg({ name: 'Funder Foundation', sector: 'philanthropy' });
    manager = await ctx.newUser();
    await ctx.joinOrg(manager, funder);
    orgs = await Promise.all(['A', 'B', 'C', 'D'].map((n) => ctx.newOrg({ name: `Org ${n}` })));
    hub = await ctx.newHub({ name: 'Proposing hub', ownerOrg: orgs[3] });
    for (let i = 0; i < 4; i++) {
      const org = await ctx.newOrg({ name: `Reviewer org ${i}`, sector: 'research' });
      reviewers.push({ user: await memberOf(org), org });
    }
  });
  afterAll(() => ctx.close());

  it('issues a challenge with its stages and rubric, public to read; refuses a bad rubric', async () => {
    const bad = { ...challengeBody(), rubric: [{ ...challengeBody().rubric[0], weight: 0.5 }] };
    const refused = await ctx.http
      .post('/api/challenges')
      .set({ Authorization: `Bearer ${manager.token}` })
      .send(bad)
      .expect(400);
    expect(refused.body.details.rubric[0]).toContain('add up to 1');
    const res = await ctx.http.post('/api/challenges').set(manager.auth).send(challengeBody()).expect(201);
    challenge = res.body;
    expect(challenge).toMatchObject({ currentStage: 'submission', funder: { name: 'Funder Foundation' } });
    await ctx.http.get(`/api/challenges/${challenge.id}`).expect(200);
  });

  let proposals: ProposalDto[];
  it('takes proposals from coalitions and from a hub its secretariat runs', async () => {
    const submit = (body: object, who: TestUser) =>
      ctx.http.post(`/api/challenges/${challenge.id}/proposals`).set(who.auth).send(body);
    const coalition = await submit(proposalBody(orgs[0]!, [orgs[1]!]), await memberOf(orgs[0]!)).expect(201);
    const other = await submit(proposalBody(orgs[2]!, []), await memberOf(orgs[2]!)).expect(201);
    const fromHub = await submit(proposalBody(orgs[3]!, [orgs[0]!], { hubId: hub.id }), hub.owner).expect(201);
    await submit(proposalBody(orgs[3]!, [], { hubId: hub.id }), await ctx.newUser()).expect(404);
    const invalid = await submit(
      proposalBody(orgs[0]!, [], { goals: [{ ...proposalBody(orgs[0]!, []).goals[0], target: 60 }] }),
      await memberOf(orgs[0]!),
    ).expect(400);
    expect(Object.keys(invalid.body.details)).toEqual(['goals.0']);
    proposals = [coalition.body, other.body, fromHub.body];
    // the manager sees all; a submitter only their own; a stranger none of it
    const all = await ctx.http.get(`/api/challenges/${challenge.id}/proposals`).set(manager.auth).expect(200);
    expect(all.body).toHaveLength(3);
    await ctx.http
      .get(`/api/proposals/${proposals[0]!.id}`)
      .set((await ctx.newUser()).auth)
      .expect(404);
  });

  it('assigns reviewers automatically, never from a proposing organization', async () => {
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    for (const p of proposals) {
      await ctx.http.post(`/api/proposals/${p.id}/eligibility`).set(manager.auth).send({ eligible: true }).expect(200);
    }
    // one reviewer comes from Org A, which is in the coalition's and the hub's proposals
    const conflicted = { user: await memberOf(orgs[0]!), org: orgs[0]! };
    for (const r of [...reviewers, conflicted]) {
      await ctx.http
        .post(`/api/challenges/${challenge.id}/reviewers`)
        .set(manager.auth)
        .send({ userId: r.user.id, organizationId: r.org.id })
        .expect(204);
    }
    const pool = await ctx.http.get(`/api/challenges/${challenge.id}/reviewers`).set(manager.auth).expect(200);
    expect(pool.body).toHaveLength(5);
    await ctx.http.get(`/api/challenges/${challenge.id}/reviewers`).set(hub.owner.auth).expect(403);
    await ctx.http.post(`/api/challenges/${challenge.id}/assignments`).set(hub.owner.auth).send({}).expect(403);
    const res = await ctx.http
      .post(`/api/challenges/${challenge.id}/assignments`)
      .set(manager.auth)
      .send({ perProposal: 3 });
    expect(res.body.assigned).toBe(9);
    const rows: { proposal_id: string; reviewer_id: string }[] = await ctx.ds.query(
      `SELECT proposal_id, reviewer_id FROM review_assignment`,
    );
    const ofConflicted = rows.filter((r) => r.reviewer_id === conflicted.user.id).map((r) => r.proposal_id);
    expect(ofConflicted).not.toContain(proposals[0]!.id);
    expect(ofConflicted).not.toContain(proposals[2]!.id);
  });

  it('ranks on scores normalised per reviewer, and only assigned reviewers score', async () => {
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
    const assigned: { proposal_id: string; reviewer_id: string }[] = await ctx.ds.query(
      `SELECT proposal_id, reviewer_id FROM review_assignment ORDER BY reviewer_id, proposal_id`,
    );
    const users = new Map([...reviewers.map((r) => r.user)].map((u) => [u.id, u]));
    const preference = new Map([
      [proposals[0]!.id, 1],
      [proposals[1]!.id, 0],
      [proposals[2]!.id, 2],
    ]);
    for (const a of assigned) {
      const user = users.get(a.reviewer_id);
      if (!user) continue;
      // a harsh half and a lenient half of the reviewers, all preferring the hub's proposal, then the coalition's
      const base = reviewers.findIndex((r) => r.user.id === a.reviewer_id) % 2 === 0 ? 1 : 3;
      const score = base + preference.get(a.proposal_id)!;
      await ctx.http
        .post(`/api/proposals/${a.proposal_id}/scores`)
        .set(user.auth)
        .send({
          scores: [
            { criterionId: 'impact', score, comment: 'ok' },
            { criterionId: 'feasibility', score, comment: '' },
          ],
        })
        .expect(204);
    }
    const outsider = reviewers.find(
      (r) => !assigned.some((a) => a.reviewer_id === r.user.id && a.proposal_id === proposals[1]!.id),
    );
    await ctx.http
      .post(`/api/proposals/${proposals[1]!.id}/scores`)
      .set(outsider!.user.auth)
      .send({ scores: [{ criterionId: 'impact', score: 5, comment: '' }] })
      .expect((res) => expect([403, 404]).toContain(res.status));
    const ranking = (await ctx.http.get(`/api/challenges/${challenge.id}/ranking`).set(manager.auth).expect(200))
      .body as RankedProposalDto[];
    expect(ranking.map((r) => r.proposal.id)).toEqual([proposals[2]!.id, proposals[0]!.id, proposals[1]!.id]);
  });

  it('awards the hub’s proposal: goals join the hub, the team is invited, funds ties appear; once only', async () => {
    await moveChallengeTo(ctx.ds, challenge.id, 'award');
    await ctx.http.post(`/api/proposals/${proposals[2]!.id}/award`).set(manager.auth).expect(409);
    await moveChallengeTo(ctx.ds, challenge.id, 'judges');
    await ctx.http
      .post(`/api/challenges/${challenge.id}/shortlist`)
      .set(manager.auth)
      .send({ proposalIds: [proposals[2]!.id, proposals[0]!.id] })
      .expect(200);
    await moveChallengeTo(ctx.ds, challenge.id, 'award');
    const award = (await ctx.http.post(`/api/proposals/${proposals[2]!.id}/award`).set(manager.auth).expect(200))
      .body as AwardDto;
    expect(award).toMatchObject({ hubId: hub.id, createdHub: false, proposal: { status: 'awarded' } });
    expect(award.invitations.map((i) => i.organizationId)).toEqual([orgs[0]!.id]);
    const goals = await ctx.http.get(`/api/hubs/${hub.id}/goals`).set(hub.owner.auth);
    expect(goals.body.items.map((g: GoalDto) => [g.title, g.indicatorCode])).toEqual([['DTP3 coverage', '3.b.1']]);
    const ties: { target_id: string }[] = await ctx.ds.query(
      `SELECT target_id FROM relationship WHERE source_id = $1 AND kind = 'funds' ORDER BY target_id`,
      [funder.id],
    );
    expect(ties.map((t) => t.target_id).sort()).toEqual([orgs[0]!.id, orgs[3]!.id].sort());
    const others = await ctx.http.get(`/api/proposals/${proposals[0]!.id}`).set(manager.auth);
    expect(others.body.status).toBe('not_selected');
    await ctx.http.post(`/api/proposals/${proposals[0]!.id}/award`).set(manager.auth).expect(409);
  });

  it('creates a public hub for a winning coalition, run by its submitter for the lead organization', async () => {
    const second = (await ctx.http.post('/api/challenges').set(manager.auth).send(challengeBody()).expect(201)).body;
    const submitter = await memberOf(orgs[1]!);
    const proposal = (
      await ctx.http
        .post(`/api/challenges/${second.id}/proposals`)
        .set(submitter.auth)
        .send(proposalBody(orgs[1]!, [orgs[2]!]))
        .expect(201)
    ).body as ProposalDto;
    await moveChallengeTo(ctx.ds, second.id, 'administrative_review');
    await ctx.http
      .post(`/api/proposals/${proposal.id}/eligibility`)
      .set(manager.auth)
      .send({ eligible: true })
      .expect(200);
    await moveChallengeTo(ctx.ds, second.id, 'judges');
    await ctx.http
      .post(`/api/challenges/${second.id}/shortlist`)
      .set(manager.auth)
      .send({ proposalIds: [proposal.id] })
      .expect(200);
    await moveChallengeTo(ctx.ds, second.id, 'award');
    const award = (await ctx.http.post(`/api/proposals/${proposal.id}/award`).set(manager.auth).expect(200))
      .body as AwardDto;
    expect(award.createdHub).toBe(true);
    const created = await ctx.http.get(`/api/hubs/${award.hubId}`).set(submitter.auth).expect(200);
    expect(created.body).toMatchObject({
      name: proposal.title,
      visibility: 'public',
      myRole: 'secretariat',
      sdgTargets: ['3.b'],
    });
    expect(award.invitations).toHaveLength(1);
  });
});
