import type { HubRole } from '@hubspoke/contracts';
import { CLIMATE_HUB } from './climate-hub';
import type { DemoChallenge, DemoHub, DemoHubLink, DemoPerson } from './demo-data';
import { EAST_AFRICA_HUB, EAST_AFRICA_LINK } from './east-africa-hub';
import { PEOPLE, VISITOR } from './demo-people';
import { APPLICANT, PLATFORM_ADMIN } from './demo-trust';
import { GATES_CHALLENGE } from './gates-challenge';
import { URBAN_AIR_HUB } from './urban-air-hub';
import { VACCINE_HUB } from './vaccine-hub';

export const DEMO_HUBS: DemoHub[] = [VACCINE_HUB, CLIMATE_HUB, EAST_AFRICA_HUB, URBAN_AIR_HUB];

export const DEMO_HUB_LINKS: DemoHubLink[] = [EAST_AFRICA_LINK];

export const DEMO_CHALLENGES: DemoChallenge[] = [GATES_CHALLENGE];

export const DEMO_PEOPLE: DemoPerson[] = [...Object.values(PEOPLE), VISITOR, PLATFORM_ADMIN, APPLICANT];

export interface DemoLogin {
  email: string;
  name: string;
  /** Null for the challenge reviewers and the visitor, who are in no hub. */
  hub: string | null;
  /** A challenge's reviewer and the platform admin have no hub role; the applicant and the visitor none at all. */
  role: HubRole | 'reviewer' | 'platform admin' | null;
  organization: string | null;
}

/**
 * One line per seat (a person in two hubs has two), then the challenges' reviewers, the platform admin, the applicant
 * (whose request to join waits: see DEMO_TRUST) and the visitor. Organizations by actor id.
 */
export function demoLogins(): DemoLogin[] {
  return [
    ...DEMO_HUBS.flatMap((hub) =>
      hub.members.map(({ person, role, org }) => ({ ...person, hub: hub.name, role, organization: org })),
    ),
    ...DEMO_CHALLENGES.flatMap((challenge) =>
      challenge.reviewers.map(({ person, org }) => ({
        ...person,
        hub: null,
        role: 'reviewer' as const,
        organization: org,
      })),
    ),
    { ...PLATFORM_ADMIN, hub: null, role: 'platform admin', organization: null },
    { ...APPLICANT, hub: null, role: null, organization: null },
    { ...VISITOR, hub: null, role: null, organization: null },
  ];
}
