import { challengeBody } from '../support/challenge-bodies';
import { stagesAt } from '../support/challenge-stages';
import { createTestApp, type TestContext, type TestOrg, type TestUser } from '../support/test-app';

/**
 * The forgeries of issue 13, tried as a fresh account would: acting for an organization one does not belong to, and
 * reviewing one's own proposal. (Sessions, email proof, limits, exports and votes have their own files.)
 */
describe('trust: nobody acts for an organization without an approved membership', () => {
  let ctx: TestContext;
  let who: TestOrg;
  let gates: TestOrg;
  let whoAdmin: TestUser;
  beforeAll(async () => {
    ctx = await createTestApp();
    who = await ctx.newOrg({ name: 'World Health Organization', sector: 'intergovernmental' });
    gates = await ctx.newOrg({ name: 'Gates Foundation', sector: 'philanthropy' });
    whoAdmin = await ctx.newUser();
    await ctx.joinOrg(whoAdmin, who, 'admin');
  });
  afterAll(() => ctx.close());

  const record = async (orgId: string) =>
    (await ctx.ds.query(`SELECT name, website, description FROM organization WHERE id = $1`, [orgId]))[0];

  it('a fresh account cannot run a hub as WHO nor change WHO’s public record', async () => {
    const intruder = await ctx.newUser();
    const before = await record(who.id);
    const hub = await ctx.http
      .post('/api/hubs')
      .set(intruder.auth)
      .send({ name: 'WHO immunization hub', visibility: 'public', organizationId: who.id });
    expect(hub.status).toBe(403);
    expect(hub.body.message).toMatch(/Only approved members of World Health Organization may act for it/);
    const edit = await ctx.http
      .patch(`/api/organizations/${who.id}`)
      .set(intruder.auth)
      .send({ website: 'https://evil.example' });
    expect(edit.status).toBe(403);
    expect(await record(who.id)).toEqual(before);
    const [{ hubs }] = await ctx.ds.query(`SELECT count(*)::int AS hubs FROM hub WHERE name = 'WHO immunization hub'`);
    expect(hubs).toBe(0);
  });

  it('asking to join is not belonging: a pending request acts for nobody until an admin approves it', async () => {
    const applicant = await ctx.newUser();
    const request = await ctx.http
      .post(`/api/organizations/${who.id}/members`)
      .set(applicant.auth)
      .send({ message: 'I am WHO staff' })
      .expect(201);
    expect(request.body).toMatchObject({ status: 'pending', role: 'member' });
    const page = await ctx.http.get(`/api/organizations/${who.id}`).set(applicant.auth).expect(200);
    expect(page.body.myMembership).toEqual({ id: request.body.id, role: 'member', status: 'pending' });
    await ctx.http
      .post('/api/hubs')
      .set(applicant.auth)
      .send({ name: 'Too early', organizationId: who.id })
      .expect(403);
    const decision = await ctx.http
      .post(`/api/organizations/${who.id}/members/${request.body.id}/decision`)
      .set(applicant.auth)
      .send({ decision: 'approve' });
    expect(decision.status).toBe(403);
    await ctx.http
      .post(`/api/organizations/${who.id}/members/${request.body.id}/decision`)
      .set(whoAdmin.auth)
      .send({ decision: 'approve' })
      .expect(200);
    await ctx.http.post('/api/hubs').set(applicant.auth).send({ name: 'Now', organizationId: who.id }).expect(201);
  });

  it('a person withdraws their own request, and cannot withdraw another’s', async () => {
    const [applicant, other] = [await ctx.newUser(), await ctx.newUser()];
    const request = await ctx.http
      .post(`/api/organizations/${who.id}/members`)
      .set(applicant.auth)
      .send({})
      .expect(201);
    await ctx.http.delete(`/api/organizations/${who.id}/members/${request.body.id}`).set(other.auth).expect(403);
    await ctx.http.delete(`/api/organizations/${who.id}/members/${request.body.id}`).set(applicant.auth).expect(204);
    const page = await ctx.http.get(`/api/organizations/${who.id}`).set(applicant.auth).expect(200);
    expect(page.body.myMembership).toMatchObject({ status: 'removed' });
  });

  it('every edit of a record is kept with who, when, before and after, and a platform admin can undo one', async () => {
    await ctx.http
      .patch(`/api/organizations/${who.id}`)
      .set(whoAdmin.auth)
      .send({ website: 'https://www.who.int', description: 'The UN agency for health' })
      .expect(200);
    const history = (await ctx.http.get(`/api/organizations/${who.id}/revisions`).set(whoAdmin.auth).expect(200)).body;
    expect(history[0]).toMatchObject({
      actor: { id: whoAdmin.id },
      before: { website: null, description: null },
      after: { website: 'https://www.who.int', description: 'The UN agency for health' },
      revertOf: null,
    });
    await ctx.http
      .post(`/api/organizations/${who.id}/revisions/${history[0].id}/revert`)
      .set(whoAdmin.auth)
      .expect(403);
    const admin = await ctx.newUser();
    await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [admin.id]);
    const reverted = await ctx.http
      .post(`/api/organizations/${who.id}/revisions/${history[0].id}/revert`)
      .set(admin.auth)
      .expect(201);
    expect(reverted.body[0]).toMatchObject({ actor: { id: admin.id }, revertOf: history[0].id });
    expect(await record(who.id)).toMatchObject({ website: null, description: null });
  });

  it('a fresh account cannot issue a challenge as the Gates Foundation, nor run one once it left it', async () => {
    const intruder = await ctx.newUser();
    const body = challengeBody(gates.id, { title: 'Forged prize' });
    const forged = await ctx.http.post('/api/challenges').set(intruder.auth).send(body);
    expect(forged.status).toBe(403);
    const [{ challenges }] = await ctx.ds.query(`SELECT count(*)::int AS challenges FROM challenge`);
    expect(challenges).toBe(0);

    const officer = await ctx.newUser();
    await ctx.joinOrg(officer, gates);
    const issued = await ctx.http.post('/api/challenges').set(officer.auth).send(body).expect(201);
    await ctx.http.get(`/api/challenges/${issued.body.id}/reviewers`).set(officer.auth).expect(200);
    await ctx.ds.query(`UPDATE organization_member SET status = 'removed' WHERE user_id = $1`, [officer.id]);
    await ctx.http.get(`/api/challenges/${issued.body.id}/reviewers`).set(officer.auth).expect(403);
  });

  it('the submitter is never a reviewer of their own proposal, whatever organization they were added for', async () => {
    const manager = await ctx.newUser();
    await ctx.joinOrg(manager, gates);
    const [{ id: challengeId }] = await ctx.ds.query(
      `INSERT INTO challenge (funder_organization_id, title, description, sdg_targets, prize_amount, prize_currency,
                              stages, rubric, created_by_id)
       VALUES ($1, 'Prize', 'Text', '{3.b}', 1, 'USD', $2,
               '[{"id":"impact","name":"Impact","description":"","weight":1,"bands":[]}]', $3) RETURNING id`,
      [gates.id, JSON.stringify(stagesAt('administrative_review')), manager.id],
    );
    const lead = await ctx.newOrg({ name: 'Lead NGO' });
    const submitter = await ctx.newUser();
    await ctx.joinOrg(submitter, lead);
    // the submitter also belongs to a research centre, and is put in the pool for it
    const research = await ctx.newOrg({ name: 'Research centre', sector: 'research' });
    await ctx.joinOrg(submitter, research);
    const colleague = await ctx.newUser();
    await ctx.joinOrg(colleague, lead);
    await ctx.joinOrg(colleague, research);
    const [{ id: proposalId }] = await ctx.ds.query(
      `INSERT INTO proposal (challenge_id, title, problem, approach, budget, lead_organization_id, team, goals, status,
                             submitted_by_id)
       VALUES ($1, 'Mine', 'P', 'A', 1, $2, '[]', '[]', 'eligible', $3) RETURNING id`,
      [challengeId, lead.id, submitter.id],
    );
    for (const person of [submitter, colleague]) {
      await ctx.http
        .post(`/api/challenges/${challengeId}/reviewers`)
        .set(manager.auth)
        .send({ userId: person.id, organizationId: research.id })
        .expect(204);
    }
    const elsewhere = await ctx.newOrg({ name: 'Elsewhere' });
    const notTheirs = await ctx.http
      .post(`/api/challenges/${challengeId}/reviewers`)
      .set(manager.auth)
      .send({ userId: submitter.id, organizationId: elsewhere.id });
    expect(notTheirs.status).toBe(400);
    expect(notTheirs.body.details.organizationId).toEqual([
      'must be an organization the reviewer is an approved member of',
    ]);

    const assigned = await ctx.http
      .post(`/api/challenges/${challengeId}/assignments`)
      .set(manager.auth)
      .send({ perProposal: 3 })
      .expect(200);
    expect(assigned.body.assigned).toBe(0);

    // an assignment made before a conflict arose is no licence to score
    await ctx.ds.query(`INSERT INTO review_assignment (proposal_id, reviewer_id) VALUES ($1, $2)`, [
      proposalId,
      submitter.id,
    ]);
    await ctx.ds.query(`UPDATE challenge SET stages = $2 WHERE id = $1`, [
      challengeId,
      JSON.stringify(stagesAt('peer_review')),
    ]);
    const score = await ctx.http
      .post(`/api/proposals/${proposalId}/scores`)
      .set(submitter.auth)
      .send({ scores: [{ criterionId: 'impact', score: 5, comment: 'Brilliant' }] });
    expect(score.status).toBe(403);
    expect(score.body.message).toMatch(/you, your organization or your hub are part of it/);
    const [{ scores }] = await ctx.ds.query(`SELECT count(*)::int AS scores FROM proposal_score`);
    expect(scores).toBe(0);

    // a score saved before the conflict came to light counts for nothing, and the proposal gets another reviewer
    await ctx.ds.query(
      `INSERT INTO proposal_score (proposal_id, reviewer_id, criterion_id, score, comment) VALUES ($1, $2, 'impact', 5, '')`,
      [proposalId, submitter.id],
    );
    const ranking = await ctx.http.get(`/api/challenges/${challengeId}/ranking`).set(manager.auth).expect(200);
    expect(ranking.body).toEqual([]);
    const outsider = await ctx.newUser();
    const outsiderOrg = await ctx.newOrg({ name: 'Independent institute', sector: 'research' });
    await ctx.joinOrg(outsider, outsiderOrg);
    await ctx.http
      .post(`/api/challenges/${challengeId}/reviewers`)
      .set(manager.auth)
      .send({ userId: outsider.id, organizationId: outsiderOrg.id })
      .expect(204);
    const topUp = await ctx.http
      .post(`/api/challenges/${challengeId}/assignments`)
      .set(manager.auth)
      .send({ perProposal: 1 })
      .expect(200);
    expect(topUp.body.assigned).toBe(1);
  });
});
