import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInHub } from '../../../test/render';
import { resolution, seat, voteRecord } from '../testing';
import { TallyView } from './TallyView';
import { VoteControl } from './VoteControl';

describe('TallyView', () => {
  it('shows the counts, the turnout and whether quorum and majority hold', () => {
    const r = resolution();
    renderInHub(<TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />);
    expect(screen.getByRole('group', { name: 'Live tally' })).toBeInTheDocument();
    expect(screen.getByText('3 of 4 seats voted')).toBeInTheDocument();
    expect(screen.getByText('Quorum (50%) met')).toBeInTheDocument();
    expect(screen.getByText('Simple majority reached')).toBeInTheDocument();
  });

  it('says when the quorum is not met', () => {
    const r = resolution({
      tally: { seats: 4, voted: 1, for: 1, against: 0, abstain: 0, quorumMet: false, majorityMet: false },
      rules: { quorum: 0.75, majority: 'two_thirds' },
    });
    renderInHub(<TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />);
    expect(screen.getByText('Quorum (75%) not met')).toBeInTheDocument();
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
