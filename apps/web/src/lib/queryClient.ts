import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 2,
      },
      mutations: {
        // only when no answer came or the api was away: a create's retry carries its Idempotency-Key (lib/api.ts)
        retry: (count, error) => (!(error instanceof ApiRequestError) || error.status === 503) && count < 2,
      },
    },
  });
}

/** The app's one query client; the router's loaders prefetch into it. */
export const queryClient = createQueryClient();
