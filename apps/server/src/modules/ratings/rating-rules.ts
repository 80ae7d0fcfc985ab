import { RATING_COMPONENTS, type RatingComponentDto, type RatingComponentName } from '@hubspoke/contracts';
import { shareDone, shareExpected, type GoalLine } from '../goals/progress';

/** One goal as the rating sees it: its line and its latest *verified* measurement (unverified ones never count). */
export interface RatedGoal extends GoalLine {
  id: string;
  title: string;
  latestVerified: { value: number; observedAt: Date; hasEvidence: boolean } | null;
  /** A parent goal rolling up its member hubs' goals: its latest verified value is their rolled-up value. */
  fromMemberHubs?: boolean;
}

export interface RatingInput {
  goals: RatedGoal[];
  /** The hub's active member organizations, and those that reported a measurement or completed a task lately. */
  memberOrganizations: number;
  activeOrganizations: number;
  now: Date;
}

export const RATING_WEIGHTS: Readonly<Record<RatingComponentName, number>> = {
  progress: 0.3,
  pace: 0.25,
  freshness: 0.15,
  evidence: 0.15,
  participation: 0.15,
};

/** Data older than this scores nothing for freshness; fresher data scores linearly more. */
export const FRESH_DAYS = 90;
/** "Lately" for participation. */
export const PARTICIPATION_DAYS = 90;

export interface Rating {
  /** 0..100 */
  score: number;
  components: RatingComponentDto[];
  goals: number;
}

const DAY_MS = 86_400_000;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (x: number) => Math.round(x * 1000) / 10;

/**
 * A hub's rating on a set of goals: progress toward targets, pace against the straight line to each due date,
 * freshness of the data, share of goals with evidence, and members' participation. Only verified measurements count;
 * a goal without one sits at its baseline.
 */
export function rateHub(input: RatingInput): Rating | null {
  const { goals, now } = input;
  if (goals.length === 0) return null;
  const done = goals.map((g) => shareDone(g, g.latestVerified?.value ?? g.baseline));
  const expected = goals.map((g) => shareExpected(g, now));
  const pace = goals.map((_, i) => (expected[i]! === 0 ? 1 : Math.min(1, done[i]! / expected[i]!)));
  const freshness = goals.map((g) => {
    if (!g.latestVerified) return 0;
    const ageDays = (now.getTime() - g.latestVerified.observedAt.getTime()) / DAY_MS;
    return Math.max(0, 1 - ageDays / FRESH_DAYS);
  });
  const withEvidence = goals.filter((g) => g.latestVerified?.hasEvidence).length;
  const verified = goals.filter((g) => g.latestVerified).length;
  const participation = input.memberOrganizations === 0 ? 0 : input.activeOrganizations / input.memberOrganizations;
  const rolledUp = goals.flatMap((g, i) => (g.fromMemberHubs ? [done[i]!] : []));
  const totalDone = done.reduce((a, b) => a + b, 0);
  const fromMemberHubs =
    rolledUp.length === 0
      ? ''
      : `; ${rolledUp.length} of them roll up member hubs' goals, which make ${pct(
          totalDone === 0 ? 0 : rolledUp.reduce((a, b) => a + b, 0) / totalDone,
        )} % of that progress`;

  const parts: Record<RatingComponentName, { share: number; explanation: string }> = {
    progress: {
      share: mean(done),
      explanation: `mean share of the way from baseline to target over ${goals.length} goals (${verified} with a verified measurement): ${pct(mean(done))} %${fromMemberHubs}`,
    },
    pace: {
      share: mean(pace),
      explanation: `mean progress against what the straight line to each due date expects by now, capped at 100 %: ${pct(mean(pace))} %`,
    },
    freshness: {
      share: mean(freshness),
      explanation: `latest verified measurement per goal, 100 % today falling to 0 at ${FRESH_DAYS} days or without one: ${pct(mean(freshness))} %`,
    },
    evidence: {
      share: withEvidence / goals.length,
      explanation: `${withEvidence} of ${goals.length} goals have a latest verified measurement with evidence`,
    },
    participation: {
      share: participation,
      explanation: `${input.activeOrganizations} of ${input.memberOrganizations} member organizations reported a measurement or completed a task in the last ${PARTICIPATION_DAYS} days`,
    },
  };
  const components = RATING_COMPONENTS.map((name) => {
    const score = pct(parts[name].share);
    const weight = RATING_WEIGHTS[name];
    return {
      name,
      score,
      weight,
      contribution: Math.round(score * weight * 10) / 10,
      explanation: parts[name].explanation,
    };
  });
  return {
    score: Math.round(components.reduce((sum, c) => sum + c.score * c.weight, 0) * 10) / 10,
    components,
    goals: goals.length,
  };
}
