import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { assignment, CHALLENGE } from '../testing';
import { ScoringForm } from './ScoringForm';

describe('ScoringForm', () => {
  it('shows each band beside its score, asks for every criterion, and posts the scores', async () => {
    const calls = stubFetch({ 'POST /proposals/p1/scores': () => ({ status: 204 }) });
    renderInHub(<ScoringForm assignment={assignment()} rubric={CHALLENGE.rubric} />);
    expect(await screen.findByRole('radio', { name: '5: Millions of children' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1: Few children' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '3: Capable team' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: '5: Millions of children' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save scores' }));
    expect(await screen.findByText('Choose a score for Team')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByRole('radio', { name: '3: Capable team' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Comment on Impact' }), 'Strong reach');
    await userEvent.click(screen.getByRole('button', { name: 'Save scores' }));
    expect(await screen.findByText(/Scores saved/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      scores: [
        { criterionId: 'impact', score: 5, comment: 'Strong reach' },
        { criterionId: 'team', score: 3, comment: '' },
      ],
    });
  });

  it('fills in the reviewer’s saved scores and comments, and posts the revision', async () => {
    const calls = stubFetch({ 'POST /proposals/p1/scores': () => ({ status: 204 }) });
    const saved = assignment({
      myScores: [
        { criterionId: 'impact', score: 4, comment: 'Wide reach' },
        { criterionId: 'team', score: 2, comment: 'Small team' },
      ],
      scored: true,
    });
    renderInHub(<ScoringForm assignment={saved} rubric={CHALLENGE.rubric} />);
    const impact = await screen.findByRole('radiogroup', { name: 'Score for Impact' });
    expect(within(impact).getByRole('radio', { name: '4' })).toBeChecked();
    const team = screen.getByRole('radiogroup', { name: 'Score for Team' });
    expect(within(team).getByRole('radio', { name: '2' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Comment on Impact' })).toHaveValue('Wide reach');
    expect(screen.getByRole('textbox', { name: 'Comment on Team' })).toHaveValue('Small team');

    await userEvent.click(screen.getByRole('radio', { name: '3: Capable team' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save scores' }));
    expect(await screen.findByText(/Scores saved/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      scores: [
        { criterionId: 'impact', score: 4, comment: 'Wide reach' },
        { criterionId: 'team', score: 3, comment: 'Small team' },
      ],
    });
  });

  it('outside peer review, says why and does not save', async () => {
    const calls = stubFetch({});
    const refusal = 'Scoring closed when peer review ended on 1 March 2026; the challenge is in the judges’ stage now.';
    renderInHub(<ScoringForm assignment={assignment()} rubric={CHALLENGE.rubric} closedBecause={refusal} />);
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save scores' })).toBeDisabled();
    expect(calls).toHaveLength(0);
  });
});
