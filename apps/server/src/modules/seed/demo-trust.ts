import type { DemoPerson } from './demo-data';
import { PEOPLE } from './demo-people';

/** Runs the platform: verifies organizations and decides requests to join unclaimed ones. */
export const PLATFORM_ADMIN: DemoPerson = { email: 'admin@hubspoke.example.org', name: 'Noor Haddad' };

/** Asked to join the Gates Foundation; its admin (Eleanor) has yet to decide. */
export const APPLICANT: DemoPerson = { email: 'tomas@example.org', name: 'Tomás Rivera' };

/**
 * Who may be believed, in the demo: the organizations a platform admin verified (with their email domains, whose people
 * join them on their own), the admins who claimed theirs, one pending request, and one edit in a record's history.
 * Every other seeded organization is unclaimed; demo people are approved members of their own.
 */
export const DEMO_TRUST = {
  verified: {
    gavi: ['gavi.example.org'],
    who: ['who.example.org'],
    unicef: ['unicef.example.org'],
    'gates-foundation': ['gates.example.org'],
    c40: ['c40.example.org'],
  } as Record<string, string[]>,
  admins: [
    { person: PEOPLE.amara, org: 'gavi' },
    { person: PEOPLE.sofia, org: 'c40' },
    { person: PEOPLE.eleanor, org: 'gates-foundation' },
  ],
  pending: {
    person: APPLICANT,
    org: 'gates-foundation',
    message: 'I run cold-chain grants for the foundation from Nairobi; my foundation address is not set up yet.',
  },
  edit: {
    person: PEOPLE.amara,
    org: 'gavi',
    day: -20,
    description:
      'Gavi, the Vaccine Alliance, helps vaccinate more than half the world’s children against deadly and debilitating ' +
      'infectious diseases.',
  },
};
