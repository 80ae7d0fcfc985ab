import type { ConsolidationOrganizationDto, Sector } from '@hubspoke/contracts';
import { complementOf, consolidate, type HubOnTarget } from './consolidate';

const org = (id: string, sector: Sector = 'ngo', country: string | null = 'KE'): ConsolidationOrganizationDto => ({
  id,
  name: `Org ${id}`,
  shortName: null,
  sector,
  country,
});
const hub = (id: string, name: string, orgs: ConsolidationOrganizationDto[], rating: number | null = null) => ({
  id,
  slug: id,
  name,
  rating,
  sdgRating: null,
  organizations: orgs,
});

describe('consolidate', () => {
  const [a, b, c, d, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => org(id));
  const gb = org('g', 'research', 'GB');
  const alpha: HubOnTarget = hub('h1', 'Alpha', [a!, b!, c!, d!], 70.04);
  const beta: HubOnTarget = hub('h2', 'Beta', [c!, d!, gb]);
  const gamma: HubOnTarget = hub('h3', 'Gamma', [e!, f!]);

  it('lists hubs by name with their sizes, and only the pairs that share or are linked, most overlap first', () => {
    const view = consolidate([gamma, beta, alpha], []);
    expect(view.hubs.map((h) => [h.name, h.organizations])).toEqual([
      ['Alpha', 4],
      ['Beta', 3],
      ['Gamma', 2],
    ]);
    expect(view.pairs).toHaveLength(1);
    const [pair] = view.pairs;
    expect(pair).toMatchObject({ hubIds: ['h1', 'h2'], union: 5, jaccard: 0.4, links: [] });
    expect(pair!.shared.map((o) => o.id)).toEqual(['c', 'd']);
  });

  it('makes a federate candidate of an unlinked pair over a fifth, with the evidence in words', () => {
    const [pair] = consolidate([alpha, beta], []).pairs;
    expect(pair!.candidate!.kind).toBe('federate');
    expect(pair!.candidate!.reasons).toEqual([
      'They share 2 of the 5 organizations in either hub (40%).',
      'They are not linked yet: one could join the other as a member spoke.',
      'Beta brings research organizations and members in GB that Alpha lacks.',
      'Alpha is rated 70/100; Beta is not rated yet.',
    ]);
  });

  it('keeps a linked pair with its link but no federate candidate; half or more shared suggests merging', () => {
    const link = { parentHubId: 'h1', childHubId: 'h2', since: '2026-01-01T00:00:00.000Z' };
    const [linked] = consolidate([alpha, beta], [link]).pairs;
    expect(linked!.links).toEqual([link]);
    expect(linked!.candidate).toBeNull();

    const twin = hub('h4', 'Twin', [a!, b!, c!]);
    const [merge] = consolidate([alpha, twin], [{ ...link, childHubId: 'h4' }]).pairs;
    expect(merge).toMatchObject({ union: 4, jaccard: 0.75 });
    expect(merge!.candidate!.kind).toBe('merge');
    expect(merge!.candidate!.reasons[1]).toBe(
      'Twin is already a member spoke of Alpha; with half or more of their organizations in common they could work as one hub.',
    );
  });

  it('lists a linked pair that shares nothing, and leaves out unlinked strangers', () => {
    const link = { parentHubId: 'h3', childHubId: 'h1', since: '2026-01-01T00:00:00.000Z' };
    const view = consolidate([alpha, gamma], [link]);
    expect(view.pairs).toMatchObject([{ hubIds: ['h1', 'h3'], union: 6, jaccard: 0, candidate: null }]);
    expect(consolidate([alpha, gamma], []).pairs).toEqual([]);
  });

  it('lists at most the pairs asked for, the most overlapping, and counts the ones left out', () => {
    const view = consolidate([alpha, beta, hub('h4', 'Twin', [a!, b!, c!])], [], 2);
    expect(view.pairs.map((p) => p.jaccard)).toEqual([0.75, 0.4]);
    expect(view.pairsLeftOut).toBe(1);
    expect(consolidate([alpha, beta], []).pairsLeftOut).toBe(0);
  });

  it('finds the sectors and countries one hub has that the other lacks, each once', () => {
    const city = hub('h5', 'City', [
      org('x', 'city_network', 'FR'),
      org('y', 'city_network', 'FR'),
      org('z', 'ngo', null),
    ]);
    expect(complementOf(city, beta)).toEqual({ hubId: 'h5', sectors: ['city_network'], countries: ['FR'] });
    expect(complementOf(beta, city)).toEqual({ hubId: 'h2', sectors: ['research'], countries: ['GB', 'KE'] });
  });
});
