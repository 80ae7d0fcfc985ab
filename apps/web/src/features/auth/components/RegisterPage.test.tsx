import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../lib/session';
import { renderRoutes, spyToasts, stubFetch } from '../../../test/render';
import { RegisterPage } from './RegisterPage';

const MESSAGE = 'We sent an email to ana@example.org: open its link to confirm your address.';

describe('RegisterPage', () => {
  it('asks to check the email it names, with no session, and resends the link', async () => {
    const calls = stubFetch({
      'POST /auth/register': () => ({ status: 202, body: { email: 'ana@example.org', message: MESSAGE } }),
      'POST /auth/verify-email/resend': () => ({ status: 202, body: undefined }),
    });
    const toasts = spyToasts();
    renderRoutes([{ path: '/register', element: <RegisterPage /> }], '/register');
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Ana Souza');
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), 'ana@example.org');
    await userEvent.type(screen.getByLabelText(/Password/), 'long-enough');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText(MESSAGE)).toBeInTheDocument();
    expect(getSession()).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Resend the link' }));
    await waitFor(() => expect(toasts()).toContainEqual(expect.stringMatching(/^Link sent: If ana@example.org/)));
    expect(calls.find((c) => c.path === '/auth/verify-email/resend')?.body).toEqual({ email: 'ana@example.org' });
  });
});
