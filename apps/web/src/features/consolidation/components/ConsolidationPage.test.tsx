import type { ConsolidationDto, ConsolidationTargetDto } from '@hubspoke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import ConsolidationPage from './ConsolidationPage';
import ConsolidationTargetsPage from './ConsolidationTargetsPage';

const org = (id: string, name: string) => ({ id, name, shortName: null, sector: 'government' as const, country: 'GB' });

const VIEW: ConsolidationDto = {
  target: { code: '13.2', title: 'Integrate climate change measures into national policies', goalCode: '13' },
  rule: 'Two hubs that share at least a fifth (20%) of their organizations and are not linked yet are candidates.',
  hubs: [
    { id: 'c', slug: 'city-climate', name: 'City Climate Action Hub', organizations: 9, rating: 61.25, sdgRating: 58 },
    {
      id: 'u',
      slug: 'urban-air',
      name: 'Urban Air & Climate Coalition',
      organizations: 8,
      rating: null,
      sdgRating: null,
    },
    { id: 'r', slug: 'regional', name: 'Regional Climate Hub', organizations: 3, rating: 40, sdgRating: null },
  ],
  pairs: [
    {
      hubIds: ['c', 'u'],
      shared: [org('o1', 'Greater London Authority'), org('o2', 'City of Paris')],
      union: 5,
      jaccard: 0.4,
      links: [],
      complements: [
        { hubId: 'c', sectors: ['philanthropy'], countries: ['SL'] },
        { hubId: 'u', sectors: [], countries: ['US'] },
      ],
      candidate: {
        kind: 'federate',
        reasons: [
          'They share 2 of the 5 organizations in either hub (40%).',
          'They are not linked yet: one could join the other as a member spoke.',
        ],
      },
    },
    {
      hubIds: ['c', 'r'],
      shared: [org('o1', 'Greater London Authority')],
      union: 11,
      jaccard: 0.0909,
      links: [{ parentHubId: 'c', childHubId: 'r', since: '2026-03-01T00:00:00.000Z' }],
      complements: [
        { hubId: 'c', sectors: [], countries: [] },
        { hubId: 'r', sectors: [], countries: [] },
      ],
      candidate: null,
    },
  ],
  pairsLeftOut: 0,
};

describe('ConsolidationPage', () => {
  it('shows the hubs with their ratings, the candidates with their evidence, then the other overlaps', async () => {
    stubFetch({ 'GET /sdg/targets/13.2/consolidation': () => ({ body: VIEW }) });
    renderInHub(<ConsolidationPage />, { path: '/consolidation/:code', route: '/consolidation/13.2' });

    const hubs = await screen.findByRole('table', { name: /Public hubs on this target/ });
    const rows = within(hubs).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('City Climate Action Hub961.358');
    expect(rows[2]).toHaveTextContent('Urban Air & Climate Coalition8Not rated yetNot rated yet');
    expect(within(hubs).getByRole('link', { name: 'Urban Air & Climate Coalition' })).toHaveAttribute(
      'href',
      '/h/urban-air',
    );

    const candidate = screen.getByRole('article', {
      name: 'City Climate Action Hub and Urban Air & Climate Coalition',
    });
    expect(candidate).toHaveTextContent('40% overlap: 2 of the 5 organizations in either hub belong to both.');
    expect(candidate).toHaveTextContent('In both: Greater London Authority, City of Paris.');
    expect(within(candidate).getByText('Could federate')).toBeInTheDocument();
    const reasons = within(candidate).getByRole('list', { name: /could federate/ });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(VIEW.pairs[0]!.candidate!.reasons);

    const linked = screen.getByRole('article', { name: 'City Climate Action Hub and Regional Climate Hub' });
    expect(linked).toHaveTextContent('9% overlap: 1 of the 11 organizations');
    expect(linked).toHaveTextContent(
      'Linked: Regional Climate Hub is a member spoke of City Climate Action Hub since 01/03/2026.',
    );
    expect(within(linked).queryByRole('list')).toBeNull();
    // candidates come first, under their own heading
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Candidates to federate or merge', 'Other overlaps and links']);
  });

  it('says so when no public hub works on the target, and shows an unknown target’s error', async () => {
    stubFetch({
      'GET /sdg/targets/14.a/consolidation': () => ({ body: { ...VIEW, hubs: [], pairs: [] } }),
      'GET /sdg/targets/14.z/consolidation': () => ({
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: 'SDG target not found' },
      }),
    });
    renderInHub(<ConsolidationPage />, { path: '/consolidation/:code', route: '/consolidation/14.a' });
    expect(await screen.findByText('No public hub works on this target yet.')).toBeInTheDocument();
    expect(screen.getByText('No pair of hubs here meets the rule.')).toBeInTheDocument();
    expect(screen.queryByText(/more pairs/)).toBeNull();

    renderInHub(<ConsolidationPage />, { path: '/consolidation/:code', route: '/consolidation/14.z' });
    expect(await screen.findByText(/SDG target not found/)).toBeInTheDocument();
  });
});

describe('ConsolidationTargetsPage', () => {
  it('lists the targets with two or more public hubs, each linking to its page', async () => {
    const targets: ConsolidationTargetDto[] = [
      {
        code: '11.6',
        title: 'Reduce the adverse per capita environmental impact of cities',
        goalCode: '11',
        hubs: 2,
        overlappingPairs: 1,
      },
    ];
    stubFetch({ 'GET /sdg/consolidation': () => ({ body: targets }) });
    renderInHub(<ConsolidationTargetsPage />, { path: '/consolidation', route: '/consolidation' });
    const link = await screen.findByRole('link', { name: 'Target 11.6' });
    expect(link).toHaveAttribute('href', '/consolidation/11.6');
    expect(screen.getByRole('table', { name: /two or more public hubs/ })).toHaveTextContent(/Target 11\.6.*21$/);
  });
});
