import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const secret = 'a-secret-that-is-long-enough-0123456789';
const target = { userId: '2f1c7d4e-8a51-4c3b-9d0e-1a2b3c4d5e6f', hubId: '9e8d7c6b-5a49-4382-b716-a5b4c3d2e1f0' };

describe('unsubscribe tokens', () => {
  it('round-trips', () => {
    expect(verifyUnsubscribeToken(secret, unsubscribeToken(secret, target))).toEqual(target);
  });

  it('rejects forged, altered and malformed tokens', () => {
    const token = unsubscribeToken(secret, target);
    expect(verifyUnsubscribeToken('another-secret-another-secret-0123456', token)).toBeNull();
    const other = unsubscribeToken(secret, { ...target, hubId: '00000000-0000-4000-8000-000000000000' });
    expect(verifyUnsubscribeToken(secret, `${other.split('.')[0]}.${token.split('.')[1]}`)).toBeNull();
    for (const bad of ['', 'x', 'a.b', `${token}.x`, token.slice(0, -2)]) {
      expect(verifyUnsubscribeToken(secret, bad)).toBeNull();
    }
  });
});
