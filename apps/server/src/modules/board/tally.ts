import type { BoardRulesDto, TallyDto, VoteChoice } from '@hubspoke/contracts';

export interface CastVote {
  seatId: string;
  choice: VoteChoice;
  castBy: 'holder' | 'alternate';
}

/** The vote that counts for each seat: its holder's, else its alternate's. */
export function countingVotes<V extends CastVote>(votes: V[]): Map<string, V> {
  const counting = new Map<string, V>();
  for (const vote of votes) {
    const current = counting.get(vote.seatId);
    if (!current || (current.castBy === 'alternate' && vote.castBy === 'holder')) counting.set(vote.seatId, vote);
  }
  return counting;
}

/**
 * Counts a resolution. Quorum: the share of seats that voted (abstentions included) reaches the rule's. Majority, among
 * the seats that voted for or against (abstentions excluded): simple, more for than against; two thirds, at least
 * 2/3 for; unanimous, no vote against. With nobody for, nothing passes.
 */
export function tally(seatIds: string[], votes: CastVote[], rules: BoardRulesDto): TallyDto {
  const seats = new Set(seatIds);
  const counting = [...countingVotes(votes).values()].filter((v) => seats.has(v.seatId));
  const count = (choice: VoteChoice) => counting.filter((v) => v.choice === choice).length;
  const [forVotes, against, abstain] = [count('for'), count('against'), count('abstain')];
  const voted = counting.length;
  // a small epsilon keeps 2/3 of 3 seats (0.666…) at a quorum of 2/3
  const quorumMet = seats.size > 0 && voted / seats.size >= rules.quorum - 1e-9;
  const decided = forVotes + against;
  const majorityMet =
    forVotes > 0 &&
    (rules.majority === 'simple'
      ? forVotes > against
      : rules.majority === 'two_thirds'
        ? forVotes * 3 >= decided * 2
        : against === 0);
  return { seats: seats.size, voted, for: forVotes, against, abstain, quorumMet, majorityMet };
}

/** The outcome once voting ends. */
export function outcome(t: TallyDto): 'passed' | 'rejected' | 'no_quorum' {
  if (!t.quorumMet) return 'no_quorum';
  return t.majorityMet ? 'passed' : 'rejected';
}
