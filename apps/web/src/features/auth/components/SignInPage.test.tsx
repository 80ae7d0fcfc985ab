import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthProvider } from '../../../lib/auth';
import { getSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { stubFetch, testQueryClient } from '../../../test/render';
import { SignInPage } from './SignInPage';

function renderSignIn() {
  const router = createMemoryRouter(
    [
      { path: '/signin', element: <SignInPage /> },
      { path: '/hubs', element: <p>my hubs</p> },
    ],
    { initialEntries: ['/signin'] },
  );
  render(
    <MantineProvider>
      <QueryClientProvider client={testQueryClient()}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('SignInPage', () => {
  it('shows the api field messages next to their fields', async () => {
    stubFetch({
      'POST /auth/login': () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid input',
          details: { email: ['email must be an email'] },
        },
      }),
    });
    renderSignIn();
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), 'nope');
    await userEvent.type(document.querySelector('input[type=password]')!, 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('email must be an email')).toBeInTheDocument();
  });

  it('keeps the session and goes to my hubs', async () => {
    stubFetch({ 'POST /auth/login': () => ({ body: { ...session(), accessToken: 'a' } }) });
    renderSignIn();
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), 'a@b.c');
    await userEvent.type(document.querySelector('input[type=password]')!, 'demo-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('my hubs')).toBeInTheDocument();
    expect(getSession()?.accessToken).toBe('a');
  });
});
