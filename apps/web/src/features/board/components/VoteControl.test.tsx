import type { TallyDto } from '@hubspoke/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInHub } from '../../../test/render';
import { resolution, seat, voteRecord } from '../testing';
import { TallyView } from './TallyView';
import { VoteControl } from './VoteControl';

describe('TallyView', () => {
  /** A resolution of a board of 3 seats under a quorum and majority of two thirds, counted as given. */
  const twoThirdsOfThree = (tally: Partial<TallyDto>) =>
    resolution({
      tally: { ...resolution().tally, seats: 3, quorumSeats: 2, ...tally },
      rules: { quorum: 2 / 3, majority: 'two_thirds' },
    });

  it('shows the counts, the turnout, and the majority reached once quorum and majority both hold', () => {
    const r = resolution();
    renderInHub(<TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />);
    expect(screen.getByRole('group', { name: 'Live tally' })).toBeInTheDocument();
    expect(screen.getByText('3 of 4 seats voted')).toBeInTheDocument();
    expect(screen.getByText('Simple majority reached')).toBeInTheDocument();
  });

  it('says nothing is decided yet while quorum is short, even when every vote so far is for', () => {
    const r = twoThirdsOfThree({ voted: 1, for: 1, against: 0, quorumMet: false, status: 'undecided' });
    renderInHub(<TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />);
    expect(screen.getByText('Not decided yet: 1 of 3 seats voted, quorum 2')).toBeInTheDocument();
    expect(screen.queryByText(/majority reached/)).not.toBeInTheDocument();
  });

  it('says the majority is not reached when quorum holds without it', () => {
    const r = twoThirdsOfThree({ voted: 2, for: 1, against: 1, majorityMet: false, status: 'rejected' });
    renderInHub(<TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />);
    expect(screen.getByText('Two-thirds majority not reached')).toBeInTheDocument();
  });

  it('shows a closed resolution’s tally as final, with the seats it counted at the close', () => {
    const r = resolution({
      status: 'passed',
      closingSeats: [
        { id: 's1', title: 'Donor governments', kind: 'representative', constituency: 'public' },
        { id: 's2', title: 'Civil society', kind: 'representative', constituency: 'civic' },
      ],
    });
    renderInHub(<TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />);
    expect(screen.getByRole('group', { name: 'Final tally' })).toBeInTheDocument();
    expect(screen.getByText(/over the seats of that day: Donor governments, Civil society/)).toBeInTheDocument();
  });
});

describe('VoteControl', () => {
  it('lets a seat holder vote on an open resolution and shows the seat’s vote', async () => {
    const onVote = vi.fn();
    renderInHub(
      <VoteControl
        resolution={resolution({
          votes: [
            voteRecord({ id: 'by-alternate', castBy: 'alternate', choice: 'abstain', counts: false }),
            voteRecord({ choice: 'against' }),
          ],
        })}
        seats={[seat()]}
        userId="u-holder"
        onVote={onVote}
      />,
    );
    expect(screen.getByRole('button', { name: 'Against' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'For' }));
    expect(onVote).toHaveBeenCalledWith({ choice: 'for', seatId: 'seat-1' });
  });

  it('tells an alternate that the holder’s vote counts once cast', () => {
    renderInHub(
      <VoteControl
        resolution={resolution({
          votes: [voteRecord()],
        })}
        seats={[seat()]}
        userId="u-alt"
        onVote={() => {}}
      />,
    );
    expect(screen.getByText(/you are the alternate/)).toBeInTheDocument();
    expect(screen.getByText(/the holder’s vote counts/)).toBeInTheDocument();
  });

  it('offers no vote on a closed resolution', () => {
    renderInHub(
      <VoteControl
        resolution={resolution({ status: 'passed' })}
        seats={[seat()]}
        userId="u-holder"
        onVote={() => {}}
      />,
    );
    expect(screen.getByText('Voting is closed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'For' })).not.toBeInTheDocument();
  });

  it('offers no vote to someone without a seat', () => {
    renderInHub(<VoteControl resolution={resolution()} seats={[seat()]} userId="u-other" onVote={() => {}} />);
    expect(screen.getByText(/Only board members holding or alternating a seat vote/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'For' })).not.toBeInTheDocument();
  });
});
