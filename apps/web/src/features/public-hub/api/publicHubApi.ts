import { api } from '../../../lib/api';

/** A public hub's page by its id or slug: the same answer for whoever asks. */
export const fetchPublicHub = (idOrSlug: string, signal?: AbortSignal) =>
  api.get('/public/hubs/{idOrSlug}', { path: { idOrSlug }, signal });
