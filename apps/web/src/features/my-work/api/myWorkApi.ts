import { api } from '../../../lib/api';

export const fetchMyWork = (signal?: AbortSignal) => api.get('/me/work', { signal });
