import type { HubRole } from '@hubspoke/contracts';
import { CLIMATE_HUB } from './climate-hub';
import type { DemoHub, DemoPerson } from './demo-data';
import { PEOPLE, VISITOR } from './demo-people';
import { VACCINE_HUB } from './vaccine-hub';

export const DEMO_HUBS: DemoHub[] = [VACCINE_HUB, CLIMATE_HUB];

export const DEMO_PEOPLE: DemoPerson[] = [...Object.values(PEOPLE), VISITOR];

export interface DemoLogin {
  email: string;
  name: string;
  /** Null for the visitor, who is in no hub. */
  hub: string | null;
  role: HubRole | null;
  organization: string | null;
}

/** One line per seat (a person in two hubs has two), then the visitor. Organizations by actor id. */
export function demoLogins(): DemoLogin[] {
  return [
    ...DEMO_HUBS.flatMap((hub) =>
      hub.members.map(({ person, role, org }) => ({ ...person, hub: hub.name, role, organization: org })),
    ),
    { ...VISITOR, hub: null, role: null, organization: null },
  ];
}
