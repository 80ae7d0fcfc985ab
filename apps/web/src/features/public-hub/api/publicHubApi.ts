import type { PublicHubPageDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

/** A public hub's page by its id or slug: the same answer for whoever asks. */
export const fetchPublicHub = (idOrSlug: string, signal?: AbortSignal) =>
  api<PublicHubPageDto>(`/public/hubs/${encodeURIComponent(idOrSlug)}`, { signal });
