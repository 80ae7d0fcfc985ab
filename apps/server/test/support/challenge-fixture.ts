import type { ChallengeDto, ProposalDto } from '@hubspoke/contracts';
import { challengeBody, proposalBody } from './challenge-bodies';
import type { TestContext, TestOrg, TestUser } from './test-app';

/** A challenge issued by a new person for a new funder organization they act for: its manager. */
export async function newChallenge(
  ctx: TestContext,
  fields: object = {},
): Promise<{ funder: TestOrg; manager: TestUser; challenge: ChallengeDto }> {
  const funder = await ctx.newOrg({ name: 'Funder Foundation', sector: 'philanthropy' });
  const manager = await ctx.newUser();
  await ctx.joinOrg(manager, funder);
  const challenge = (
    await ctx.http.post('/api/challenges').set(manager.auth).send(challengeBody(funder.id, fields)).expect(201)
  ).body as ChallengeDto;
  return { funder, manager, challenge };
}

/** A new person of a new research organization, put in the challenge's reviewer pool by its manager. */
export async function newPoolReviewer(
  ctx: TestContext,
  challengeId: string,
  manager: TestUser,
  orgName?: string,
): Promise<TestUser> {
  const reviewer = await ctx.newUser();
  const org = await ctx.newOrg({ ...(orgName ? { name: orgName } : {}), sector: 'research' });
  await ctx.joinOrg(reviewer, org);
  await ctx.http
    .post(`/api/challenges/${challengeId}/reviewers`)
    .set(manager.auth)
    .send({ userId: reviewer.id, organizationId: org.id })
    .expect(204);
  return reviewer;
}

/** A coalition's proposal to the challenge, by a new person acting for its new lead organization: its submitter. */
export async function newProposal(
  ctx: TestContext,
  challengeId: string,
): Promise<{ proposal: ProposalDto; submitter: TestUser }> {
  const lead = await ctx.newOrg();
  const submitter = await ctx.newUser();
  await ctx.joinOrg(submitter, lead);
  const proposal = (
    await ctx.http
      .post(`/api/challenges/${challengeId}/proposals`)
      .set(submitter.auth)
      .send(proposalBody(lead.id))
      .expect(201)
  ).body as ProposalDto;
  return { proposal, submitter };
}
