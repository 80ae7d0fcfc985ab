import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { assignment, CHALLENGE } from '../testing';
import { ReviewerPanel } from './ReviewerPanel';

const item = (title: string) => screen.getByRole('button', { name: new RegExp(title) });

describe('ReviewerPanel', () => {
  it('marks each assignment scored or not, and scored once the reviewer saves', async () => {
    let saved = false;
    const scores = [
      { criterionId: 'impact', score: 5, comment: '' },
      { criterionId: 'team', score: 3, comment: '' },
    ];
    stubFetch({
      'GET /challenges/c1/assignments/mine': () => ({
        body: [
          assignment({ id: 'p1', title: 'Outreach', ...(saved ? { myScores: scores, scored: true } : {}) }),
          assignment({ id: 'p2', title: 'Cold chain', myScores: scores, scored: true }),
        ],
      }),
      'POST /proposals/p1/scores': () => {
        saved = true;
        return { status: 204 };
      },
    });
    renderInHub(<ReviewerPanel challenge={CHALLENGE} />);
    expect(await screen.findByRole('button', { name: /Outreach/ })).toHaveTextContent('Not scored');
    expect(item('Cold chain')).toHaveTextContent('Scored');

    await userEvent.click(item('Outreach'));
    const form = screen.getAllByRole('form', { name: 'Score the proposal' })[0]!;
    await userEvent.click(within(form).getByRole('radio', { name: '5: Millions of children' }));
    await userEvent.click(within(form).getByRole('radio', { name: '3: Capable team' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save scores' }));
    expect(await within(item('Outreach')).findByText('Scored')).toBeInTheDocument();
  });

  it('shows no scoring form for a proposal the reviewer turned out to be part of', async () => {
    stubFetch({
      'GET /challenges/c1/assignments/mine': () => ({ body: [assignment({ title: 'Outreach', conflicted: true })] }),
    });
    renderInHub(<ReviewerPanel challenge={CHALLENGE} />);
    expect(await screen.findByRole('button', { name: /Outreach/ })).toHaveTextContent('Conflict of interest');
    await userEvent.click(item('Outreach'));
    expect(await screen.findByText(/You cannot score this proposal/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Score the proposal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save scores' })).not.toBeInTheDocument();
  });
});
