import type { HubDetailDto } from '@hubspoke/contracts';
import { useOutletContext } from 'react-router';
import type { Me } from '../../../lib/permissions';

export interface HubContext {
  hub: HubDetailDto;
  me: Me;
}

/** The hub the workspace shows, and the signed-in user's role and organization in it. */
export function useHubContext(): HubContext {
  return useOutletContext<HubContext>();
}
