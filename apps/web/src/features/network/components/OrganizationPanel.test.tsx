import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { stubFetch } from '../../../test/render';
import { ORGANIZATION, recordUrls, renderAt } from '../testing';
import { OrganizationPanel } from './OrganizationPanel';
import { groupTies } from './TieList';

const stubApi = () =>
  stubFetch({
    'GET /network/organizations/org-who': () => ({ body: ORGANIZATION }),
    'GET /hubs/mine': () => ({
      body: { items: [{ id: 'hub-climate', name: 'City Climate Action Hub' }], nextCursor: null },
    }),
  });

const renderPanel = (sdg: number | null, onSelect = vi.fn()) =>
  renderAt(<OrganizationPanel orgId="org-who" sdg={sdg} onSelect={onSelect} onClose={() => {}} />);

function panel(sdg: number | null, onSelect = vi.fn()) {
  stubApi();
  renderPanel(sdg, onSelect);
  return onSelect;
}

describe('OrganizationPanel', () => {
  it('shows the metrics in the scope beside the overall ones', async () => {
    panel(3);
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Measure', 'SDG 3', 'Whole network']);
    const pagerank = within(table).getByRole('row', { name: /PageRank/ });
    expect(
      within(pagerank)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.34', '0.21']);
    const degree = within(table).getByRole('row', { name: /Ties \(degree\)/ });
    expect(
      within(degree)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['9', '14']);
  });

  it('shows only the overall metrics for the whole network', async () => {
    panel(null);
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Measure', 'Whole network']);
  });

  it('groups the ties by kind, with the declared ones read from this organization, their since and source', async () => {
    const onSelect = panel(null);
    const funds = await screen.findByRole('list', { name: 'Funds (1)' });
    expect(funds).toHaveTextContent('is funded by Gavi, the Vaccine Alliance · since 1 Jan 2001 · weight 2');
    expect(within(funds).getByRole('link', { name: 'www.gavi.org/our-alliance' })).toHaveAttribute(
      'href',
      'https://www.gavi.org/our-alliance',
    );
    const partners = screen.getByRole('list', { name: 'Partners with (1)' });
    expect(partners).toHaveTextContent('partners with UNICEF');
    expect(partners).toHaveTextContent('Source: Annual report 2024');
    expect(screen.getByRole('list', { name: 'Members of the same public hub (1)' })).toHaveTextContent(
      'Gavi, the Vaccine Alliance 1 shared public hub',
    );
    await userEvent.click(within(partners).getByRole('button', { name: 'UNICEF' }));
    expect(onSelect).toHaveBeenCalledWith('org-unicef');
  });

  it('links its hubs: the caller’s own to their workspace, the others to their public page', async () => {
    setSession(session());
    try {
      panel(null);
      const own = await screen.findByRole('link', { name: 'City Climate Action Hub' });
      await waitFor(() => expect(own).toHaveAttribute('href', '/hubs/hub-climate'));
      expect(await screen.findByText('your hub')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Vaccine Delivery Hub' })).toHaveAttribute('href', '/h/hub-vaccines');
    } finally {
      setSession(null);
    }
  });

  it('links every hub to its public page for an anonymous visitor, without asking for theirs', async () => {
    stubApi();
    const urls = recordUrls();
    renderPanel(null);
    expect(await screen.findByRole('link', { name: 'Vaccine Delivery Hub' })).toHaveAttribute(
      'href',
      '/h/hub-vaccines',
    );
    expect(urls.some((url) => url.includes('/hubs/mine'))).toBe(false);
  });
});

describe('groupTies', () => {
  it('lists a tie of several kinds under each, declared kinds first', () => {
    expect(groupTies(ORGANIZATION.ties).map((g) => [g.kind, g.ties.map((t) => t.organization.id)])).toEqual([
      ['funds', ['org-gavi']],
      ['partners_with', ['org-unicef']],
      ['co_member', ['org-gavi']],
    ]);
  });
});
