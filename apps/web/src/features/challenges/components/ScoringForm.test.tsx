import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { CHALLENGE } from '../testing';
import { ScoringForm } from './ScoringForm';

describe('ScoringForm', () => {
  it('shows each band beside its score, asks for every criterion, and posts the scores', async () => {
    const calls = stubFetch({ 'POST /proposals/p1/scores': () => ({ status: 201, body: {} }) });
    renderInHub(<ScoringForm proposalId="p1" rubric={CHALLENGE.rubric} />);
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

  it('outside peer review, says why and does not save', async () => {
    const calls = stubFetch({});
    const refusal = 'Scoring closed when peer review ended on 1 March 2026; the challenge is in the judges’ stage now.';
    renderInHub(<ScoringForm proposalId="p1" rubric={CHALLENGE.rubric} closedBecause={refusal} />);
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save scores' })).toBeDisabled();
    expect(calls).toHaveLength(0);
  });
});
