import type { BoardRulesDto, TallyDto, VoteChoice } from '@hubspoke/contracts';

export interface CastVote {
  id: string;
  /** Null once the seat was removed from the board. */
  seatId: string | null;
  choice: VoteChoice;
  /** The voter's place on the seat when they cast the vote. */
  castBy: 'holder' | 'alternate';
  castAt: Date;
}

/** Whether `a` counts for the seat rather than `b`: the holder's vote over the alternate's, then the later one. */
function outranks(a: CastVote, b: CastVote): boolean {
  if (a.castBy !== b.castBy) return a.castBy === 'holder';
  return a.castAt.getTime() > b.castAt.getTime();
}

/**
 * The votes that count, at most one per seat of `seatIds`: its holder's, else its alternate's; of two by holders (the
 * seat changed hands after a vote), the later. A vote for a seat no longer on the board stays on record but counts for
 * nothing, as the seat no longer counts towards the quorum either.
 */
export function countedVotes<V extends CastVote>(seatIds: string[], votes: V[]): V[] {
  const seats = new Set(seatIds);
  const counting = new Map<string, V>();
  for (const vote of votes) {
    if (vote.seatId === null || !seats.has(vote.seatId)) continue;
    const current = counting.get(vote.seatId);
    if (!current || outranks(vote, current)) counting.set(vote.seatId, vote);
  }
  return [...counting.values()];
}

/** The count a closed resolution froze; closes before the status existed stored no more than this. */
export type TallyCount = Omit<TallyDto, 'quorumSeats' | 'status'>;

/** The quorum as a number of seats; the epsilon keeps float error from asking one seat more (0.7 × 10 = 7.000…1). */
function quorumSeats(seats: number, quorum: number): number {
  return Math.ceil(seats * quorum - 1e-9);
}

/**
 * Counts a resolution. Quorum: the share of seats that voted (abstentions included) reaches the rule's. Majority, among
 * the seats that voted for or against (abstentions excluded): simple, more for than against; two thirds, at least
 * 2/3 for; unanimous, no vote against. With nobody for, nothing passes.
 */
export function tally(seatIds: string[], votes: CastVote[], rules: BoardRulesDto): TallyDto {
  const seats = new Set(seatIds).size;
  const counting = countedVotes(seatIds, votes);
  const count = (choice: VoteChoice) => counting.filter((v) => v.choice === choice).length;
  const [forVotes, against, abstain] = [count('for'), count('against'), count('abstain')];
  const voted = counting.length;
  const quorumMet = seats > 0 && voted >= quorumSeats(seats, rules.quorum);
  const decided = forVotes + against;
  const majorityMet =
    forVotes > 0 &&
    (rules.majority === 'simple'
      ? forVotes > against
      : rules.majority === 'two_thirds'
        ? forVotes * 3 >= decided * 2
        : against === 0);
  return standing({ seats, voted, for: forVotes, against, abstain, quorumMet, majorityMet }, rules);
}

/**
 * The count with what it decides, the one place that says it: undecided until quorum is met, then passed when the
 * majority holds, else rejected. Also reads a frozen count, whose quorum and majority stay as they were at the close.
 */
export function standing(count: TallyCount, rules: BoardRulesDto): TallyDto {
  const status = !count.quorumMet ? 'undecided' : count.majorityMet ? 'passed' : 'rejected';
  return { ...count, quorumSeats: quorumSeats(count.seats, rules.quorum), status };
}

/** The outcome once voting ends. */
export function outcome(t: TallyDto): 'passed' | 'rejected' | 'no_quorum' {
  return t.status === 'undecided' ? 'no_quorum' : t.status;
}
