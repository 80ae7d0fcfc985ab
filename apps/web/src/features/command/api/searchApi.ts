import { api } from '../../../lib/api';

export const search = (q: string, signal?: AbortSignal) => api.get('/search', { query: { q }, signal });
