import type { ChallengeStageKind, ProposalStatus } from '@hubspoke/contracts';
import { EmailTokens } from '../../src/modules/auth/email-tokens.service';
import { proposalBody } from './challenge-bodies';
import { stagesAt } from './challenge-stages';
import type { TestContext, TestOrg, TestUser } from './test-app';

/**
 * The people of the account matrix: one of each standing towards an organization and the platform. `pending` asked to
 * join the organization, `member` is its approved member, `orgAdmin` its approved admin; `stranger` is a verified account
 * with no ties.
 */
export const ACCOUNT_ACTORS = [
  'anonymous',
  'unverified',
  'stranger',
  'pending',
  'member',
  'orgAdmin',
  'platformAdmin',
] as const;
export type AccountActor = (typeof ACCOUNT_ACTORS)[number];

/** A fresh person of the actor's standing towards a fresh organization run by `admin` (the person, for orgAdmin). */
export interface Standing {
  user: TestUser | null;
  org: TestOrg;
  admin: TestUser;
}

export interface AccountFixture {
  ctx: TestContext;
  standing(actor: AccountActor): Promise<Standing>;
  /** A challenge of `funder`, issued by `issuer`, now in `stage`. */
  challenge(funder: TestOrg, issuer: TestUser, stage: ChallengeStageKind): Promise<string>;
  /** A proposal led by a fresh organization, submitted by its fresh member. */
  proposal(challengeId: string, status: ProposalStatus): Promise<string>;
  /** The token of an emailed link, as the email would carry it. */
  emailToken(user: TestUser, purpose: 'verify_email' | 'reset_password'): Promise<string>;
}

/** Fresh people and resources for every request, so that no request changes another's standing. */
export function createAccountFixture(ctx: TestContext): AccountFixture {
  const standing = async (actor: AccountActor): Promise<Standing> => {
    const org = await ctx.newOrg();
    const person = actor === 'anonymous' ? null : await ctx.newUser({ verified: actor !== 'unverified' });
    const admin = actor === 'orgAdmin' ? person! : await ctx.newUser();
    await ctx.joinOrg(admin, org, 'admin');
    if (actor === 'member') await ctx.joinOrg(person!, org);
    if (actor === 'pending') {
      await ctx.ds.query(
        `INSERT INTO organization_member (organization_id, user_id, status, joined_via) VALUES ($1, $2, 'pending', 'request')`,
        [org.id, person!.id],
      );
    }
    if (actor === 'platformAdmin') {
      await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [person!.id]);
    }
    return { user: person, org, admin };
  };

  const challenge = async (funder: TestOrg, issuer: TestUser, stage: ChallengeStageKind) => {
    const rubric = [
      { id: 'impact', name: 'Impact', description: '', weight: 1, bands: [{ score: 5, description: '' }] },
    ];
    const [row] = await ctx.ds.query(
      `INSERT INTO challenge (funder_organization_id, title, description, sdg_targets, prize_amount, prize_currency,
                              stages, rubric, created_by_id)
       VALUES ($1, 'Challenge', 'A prize', '{3.b}', 1000, 'USD', $2, $3, $4) RETURNING id`,
      [funder.id, JSON.stringify(stagesAt(stage)), JSON.stringify(rubric), issuer.id],
    );
    return row.id as string;
  };

  const proposal = async (challengeId: string, status: ProposalStatus) => {
    const lead = await ctx.newOrg();
    const submitter = await ctx.newUser();
    await ctx.joinOrg(submitter, lead);
    const [row] = await ctx.ds.query(
      `INSERT INTO proposal (challenge_id, title, problem, approach, budget, lead_organization_id, team, goals, status,
                             submitted_by_id)
       VALUES ($1, 'Proposal ' || md5(random()::text), 'A problem', 'An approach', 1000, $2, '[]', $3, $4, $5)
       RETURNING id`,
      [challengeId, lead.id, JSON.stringify(proposalBody(lead.id).goals), status, submitter.id],
    );
    return row.id as string;
  };

  const emailToken = (user: TestUser, purpose: 'verify_email' | 'reset_password') =>
    ctx.app.get(EmailTokens).issue(user.id, purpose);

  return { ctx, standing, challenge, proposal, emailToken };
}
