import { describe, expect, it } from 'vitest';
import { emailLinks } from './emailLinks';

describe('emailLinks', () => {
  it('reads the links of an account email as paths of this app', () => {
    const text = [
      'Hello Ana,',
      '',
      'Confirm my address',
      'Confirm: http://localhost:3000/verify-email?token=abc',
      '',
      'Forgot your password?',
      'Reset it: https://hubspoke.example.org/reset-password',
      '',
      '— Hubspoke',
    ].join('\n');
    expect(emailLinks(text)).toEqual([
      { label: 'Confirm', path: '/verify-email?token=abc' },
      { label: 'Reset it', path: '/reset-password' },
    ]);
  });
});
