import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AuthProvider } from '../lib/auth';
import { LiveProvider } from '../lib/live/LiveProvider';
import { queryClient } from '../lib/queryClient';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <LiveProvider>
            <RouterProvider router={router} />
          </LiveProvider>
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
