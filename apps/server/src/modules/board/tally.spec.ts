import type { BoardRulesDto } from '@hubspoke/contracts';
import { countedVotes, outcome, standing, tally, type CastVote } from './tally';

const seats = ['s1', 's2', 's3', 's4'];
const simple: BoardRulesDto = { quorum: 0.5, majority: 'simple' };
let cast = 0;
/** A vote cast after every vote made before it. */
const vote = (seatId: string | null, choice: CastVote['choice'], castBy: CastVote['castBy'] = 'holder'): CastVote => {
  cast += 1;
  return { id: `v${cast}`, seatId, choice, castBy, castAt: new Date(Date.UTC(2026, 0, 1, 0, 0, cast)) };
};

describe('tally', () => {
  it('meets quorum exactly at the threshold, abstentions included', () => {
    const t = tally(seats, [vote('s1', 'for'), vote('s2', 'abstain')], simple);
    expect(t).toMatchObject({ voted: 2, for: 1, abstain: 1, quorumMet: true, majorityMet: true });
    expect(outcome(t)).toBe('passed');
  });

  it('misses quorum one vote short', () => {
    const t = tally(seats, [vote('s1', 'for')], simple);
    expect(t.quorumMet).toBe(false);
    expect(outcome(t)).toBe('no_quorum');
  });

  it('rejects a tie under a simple majority', () => {
    expect(outcome(tally(seats, [vote('s1', 'for'), vote('s2', 'against')], simple))).toBe('rejected');
  });

  it('needs two thirds of the votes for or against, abstentions left out', () => {
    const rules: BoardRulesDto = { quorum: 0.5, majority: 'two_thirds' };
    const twoOfThree = [vote('s1', 'for'), vote('s2', 'for'), vote('s3', 'against'), vote('s4', 'abstain')];
    expect(outcome(tally(seats, twoOfThree, rules))).toBe('passed');
    const oneOfTwo = [vote('s1', 'for'), vote('s2', 'against'), vote('s3', 'abstain')];
    expect(outcome(tally(seats, oneOfTwo, rules))).toBe('rejected');
  });

  it('lets one vote against break unanimity, and abstentions alone pass nothing', () => {
    const rules: BoardRulesDto = { quorum: 0.5, majority: 'unanimous' };
    expect(outcome(tally(seats, [vote('s1', 'for'), vote('s2', 'for'), vote('s3', 'against')], rules))).toBe(
      'rejected',
    );
    expect(outcome(tally(seats, [vote('s1', 'abstain'), vote('s2', 'abstain')], rules))).toBe('rejected');
    expect(outcome(tally(seats, [vote('s1', 'for'), vote('s2', 'abstain')], rules))).toBe('passed');
  });

  it("counts the alternate only when the holder did not vote, and the holder's vote over the alternate's", () => {
    const t = tally(
      seats,
      [vote('s1', 'against', 'alternate'), vote('s1', 'for', 'holder'), vote('s2', 'for', 'alternate')],
      simple,
    );
    expect(t).toMatchObject({ voted: 2, for: 2, against: 0 });
  });

  it('ignores votes of seats that no longer exist and needs quorum of a third of 3 seats at 1/3', () => {
    const t = tally(['a', 'b', 'c'], [vote('a', 'for'), vote('gone', 'against')], {
      quorum: 1 / 3,
      majority: 'simple',
    });
    expect(t).toMatchObject({ seats: 3, voted: 1, against: 0, quorumMet: true });
  });

  it("counts the later holder's vote for a seat that changed hands, and keeps the former holder's out", () => {
    const former = vote('s1', 'against');
    const current = vote('s1', 'for');
    for (const votes of [
      [former, current],
      [current, former],
    ]) {
      expect(countedVotes(seats, votes)).toEqual([current]);
      expect(tally(seats, votes, simple)).toMatchObject({ voted: 1, for: 1, against: 0 });
    }
  });

  it("counts a former holder's vote while nobody has voted since for the seat, over its alternate's", () => {
    const former = vote('s1', 'for');
    const alternate = vote('s1', 'against', 'alternate');
    expect(countedVotes(seats, [former, alternate])).toEqual([former]);
  });

  it('counts no vote of a removed seat (its seat id gone), in the votes or the seats', () => {
    const t = tally(['s1', 's2'], [vote('s1', 'for'), vote(null, 'against'), vote(null, 'against')], simple);
    expect(t).toMatchObject({ seats: 2, voted: 1, for: 1, against: 0, quorumMet: true, majorityMet: true });
  });

  it('has no quorum without seats', () => {
    expect(tally([], [], simple).quorumMet).toBe(false);
  });

  it('decides nothing while quorum is short, whatever the votes cast so far say', () => {
    const rules: BoardRulesDto = { quorum: 2 / 3, majority: 'two_thirds' };
    const t = tally(['a', 'b', 'c'], [vote('a', 'for')], rules);
    expect(t).toMatchObject({ seats: 3, voted: 1, quorumSeats: 2, quorumMet: false, status: 'undecided' });
    expect(outcome(t)).toBe('no_quorum');
  });

  it('passes once quorum and majority both hold, and rejects when quorum holds without the majority', () => {
    const rules: BoardRulesDto = { quorum: 2 / 3, majority: 'two_thirds' };
    const passed = tally(['a', 'b', 'c'], [vote('a', 'for'), vote('b', 'for')], rules);
    expect(passed).toMatchObject({ voted: 2, quorumSeats: 2, status: 'passed' });
    const rejected = tally(['a', 'b', 'c'], [vote('a', 'for'), vote('b', 'against')], rules);
    expect(rejected).toMatchObject({ voted: 2, quorumMet: true, majorityMet: false, status: 'rejected' });
    expect([outcome(passed), outcome(rejected)]).toEqual(['passed', 'rejected']);
  });

  it('asks for the quorum in whole seats, without float error asking one more', () => {
    const quorumOf = (seatCount: number, quorum: number) =>
      tally(
        Array.from({ length: seatCount }, (_, i) => `s${i}`),
        [],
        { quorum, majority: 'simple' },
      ).quorumSeats;
    expect([quorumOf(3, 2 / 3), quorumOf(10, 0.7), quorumOf(4, 0.5), quorumOf(5, 0.5), quorumOf(3, 1 / 3)]).toEqual([
      2, 7, 2, 3, 1,
    ]);
  });

  it('reads a frozen count as it was decided, adding its status and quorum in seats', () => {
    const frozen = { seats: 3, voted: 1, for: 1, against: 0, abstain: 0, quorumMet: false, majorityMet: true };
    expect(standing(frozen, { quorum: 0.5, majority: 'simple' })).toEqual({
      ...frozen,
      quorumSeats: 2,
      status: 'undecided',
    });
  });
});
