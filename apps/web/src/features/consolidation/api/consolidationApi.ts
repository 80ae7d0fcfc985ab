import { api } from '../../../lib/api';

export const fetchConsolidationTargets = (signal?: AbortSignal) => api.get('/sdg/consolidation', { signal });

export const fetchConsolidation = (code: string, signal?: AbortSignal) =>
  api.get('/sdg/targets/{code}/consolidation', { path: { code }, signal });
