import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { CHALLENGE } from '../testing';
import ChallengeDetailPage from './ChallengeDetailPage';

describe('ChallengeDetailPage', () => {
  it('shows the stages with the current one marked, the prize and the rubric, without login', async () => {
    stubFetch({ 'GET /challenges/c1': () => ({ body: CHALLENGE }) });
    renderInHub(<ChallengeDetailPage />, { path: '/challenges/:challengeId', route: '/challenges/c1' });
    expect(await screen.findByRole('heading', { name: 'Zero-dose children' })).toBeInTheDocument();
    const current = screen.getByText(/Peer review \(current stage\)/);
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText(/Submission \(done\)/)).toBeInTheDocument();
    expect(screen.getByText(/Administrative review \(done\)/)).toBeInTheDocument();
    expect(screen.getByText('Judges')).not.toHaveAttribute('aria-current');
    expect(screen.getByText(/US\$1,000,000/)).toBeInTheDocument();
    expect(screen.getByText('Impact · 60%')).toBeInTheDocument();
    expect(screen.getByText('Millions of children', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
