import type { OrganizationDto } from '@hubspoke/contracts';
import { describe, expect, it } from 'vitest';
import { recordChanges } from './recordChanges';

const ORG: OrganizationDto = {
  id: 'o1',
  name: 'Gavi',
  shortName: 'Gavi',
  sector: 'intergovernmental',
  country: 'CH',
  sdgs: [3],
  website: 'https://www.gavi.org',
  description: 'Vaccines.',
  createdById: null,
  claimed: true,
  verifiedAt: null,
  emailDomains: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const FORM = {
  name: 'Gavi',
  shortName: 'Gavi',
  sector: 'intergovernmental' as const,
  country: 'CH',
  sdgs: [3],
  website: 'https://www.gavi.org',
  description: 'Vaccines.',
};

describe('recordChanges', () => {
  it('sends only what changed, trimmed, and null for a field emptied', () => {
    expect(recordChanges(ORG, FORM)).toEqual({});
    expect(recordChanges(ORG, { ...FORM, name: ' Gavi, the Vaccine Alliance ', website: ' ', sdgs: [3, 17] })).toEqual({
      name: 'Gavi, the Vaccine Alliance',
      website: null,
      sdgs: [3, 17],
    });
  });
});
