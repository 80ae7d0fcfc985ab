import type { ChallengeDto, ProposalDto, RankedProposalDto } from '@hubspoke/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { CHALLENGE } from '../testing';
import { ManagerPanel } from './ManagerPanel';

const LEAD = { id: 'org-a', name: 'Coalition A', shortName: null, sector: 'ngo' as const, country: null };
const PROPOSAL: ProposalDto = {
  id: 'p1',
  challengeId: CHALLENGE.id,
  title: 'Solar fridges',
  problem: 'Vaccines spoil.',
  approach: 'Solar fridges.',
  budget: 100000,
  hubId: null,
  lead: LEAD,
  team: [],
  goals: [],
  status: 'shortlisted',
  submittedById: 'u-submitter',
  awardedHubId: null,
  createdAt: '2025-12-15T00:00:00Z',
};
const RANKED: RankedProposalDto = {
  rank: 1,
  proposal: { id: 'p1', title: 'Solar fridges', status: 'shortlisted', lead: LEAD },
  normalizedScore: 0.5,
  rawScore: 4,
  reviews: 2,
};

/** The fixture challenge with every stage before `stage` over. */
const inStage = (stage: 'peer_review' | 'award'): ChallengeDto => ({
  ...CHALLENGE,
  stages: CHALLENGE.stages.map((s, i) =>
    i < CHALLENGE.stages.findIndex((t) => t.kind === stage) ? { ...s, deadline: `2026-0${i + 1}-01T00:00:00Z` } : s,
  ),
  currentStage: stage,
});

const render = (challenge: ChallengeDto) => {
  const calls = stubFetch({
    'GET /challenges/c1/proposals': () => ({ body: [PROPOSAL] }),
    'GET /challenges/c1/ranking': () => ({ body: [RANKED] }),
    'POST /proposals/p1/award': () => ({
      body: { proposal: { ...PROPOSAL, status: 'awarded' }, hubId: 'h-new', createdHub: true, invitations: [] },
    }),
  });
  renderInHub(<ManagerPanel challenge={challenge} />);
  return calls;
};

describe('ManagerPanel', () => {
  it('in peer review, offers assignment but not eligibility, shortlist or award, and says when they open', async () => {
    render(inStage('peer_review'));
    expect(await screen.findByRole('switch', { name: 'Solar fridges is eligible' })).toBeDisabled();
    expect(
      screen.getByText(
        'Deciding eligibility closed when the administrative review ended on 1 February 2026; ' +
          'the challenge is in peer review now.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign reviewers' })).toBeEnabled();
    expect(await screen.findByRole('checkbox', { name: 'Shortlist Solar fridges' })).toBeDisabled();
    expect(
      screen.getByText(
        'Shortlisting opens when peer review ends on 1 March 2099; the challenge is in peer review now.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Award Solar fridges' })).toBeDisabled();
  });

  it('in the award stage, awards a shortlisted proposal and offers nothing of the earlier stages', async () => {
    const calls = render(inStage('award'));
    const award = await screen.findByRole('button', { name: 'Award Solar fridges' });
    expect(screen.getByRole('checkbox', { name: 'Shortlist Solar fridges' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Assign reviewers' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Solar fridges is eligible' })).toBeDisabled();
    await userEvent.click(award);
    expect(await screen.findByText(/A new hub was created/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/proposals/p1/award')).toBe(true);
  });
});
