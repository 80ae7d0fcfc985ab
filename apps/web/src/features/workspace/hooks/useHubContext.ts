import type { HubDetailDto, HubStanding } from '@hubspoke/contracts';
import { useOutletContext } from 'react-router';

export interface HubContext {
  hub: HubDetailDto;
  me: HubStanding;
}

/** The hub the workspace shows, and the signed-in user's role and organization in it. */
export function useHubContext(): HubContext {
  return useOutletContext<HubContext>();
}
