import { describe, expect, it } from 'vitest';
import { parseNetworkFilters, writeNetworkFilters } from './useNetworkFilters';

const parse = (query: string) => parseNetworkFilters(new URLSearchParams(query));

describe('network filters in the URL', () => {
  it('reads the scope, filters, sizing and selection', () => {
    expect(parse('sdg=3&sector=ngo&country=ke&size=degree&org=o1')).toEqual({
      sdg: 3,
      sector: 'ngo',
      country: 'KE',
      size: 'degree',
      org: 'o1',
    });
  });

  it('ignores what the api would refuse, and defaults the sizing to PageRank', () => {
    expect(parse('sdg=18&sector=bank&country=Kenya&size=fame&org=')).toEqual({
      sdg: null,
      sector: null,
      country: null,
      size: 'pagerank',
      org: null,
    });
    expect(parse('sdg=2.5').sdg).toBeNull();
  });

  it('writes a patch, leaving out empty values and the default sizing, keeping other params', () => {
    const prev = new URLSearchParams('sdg=3&size=degree&utm=x');
    expect(writeNetworkFilters(prev, { sector: 'faith', size: 'pagerank' }).toString()).toBe(
      'sdg=3&utm=x&sector=faith',
    );
    expect(writeNetworkFilters(prev, { sdg: null, org: 'o2' }).toString()).toBe('size=degree&utm=x&org=o2');
  });
});
