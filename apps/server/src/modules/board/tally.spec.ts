import type { BoardRulesDto } from '@hubspoke/contracts';
import { outcome, tally, type CastVote } from './tally';

const seats = ['s1', 's2', 's3', 's4'];
const simple: BoardRulesDto = { quorum: 0.5, majority: 'simple' };
const vote = (seatId: string, choice: CastVote['choice'], castBy: CastVote['castBy'] = 'holder'): CastVote => ({
  seatId,
  choice,
  castBy,
});

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

  it('has no quorum without seats', () => {
    expect(tally([], [], simple).quorumMet).toBe(false);
  });
});
