import type { InvitationDto, MemberDto } from '@hubspoke/contracts';
import { accessLostBy } from './access-loss';

const member: MemberDto = {
  id: 'm1',
  hubId: 'h1',
  userId: 'u1',
  userName: 'Ana',
  organizationId: 'o1',
  organizationName: 'Org',
  role: 'member',
  status: 'active',
  joinedAt: null,
};
const invitation: InvitationDto = {
  id: 'm1',
  hubId: 'h1',
  email: 'a@b.org',
  organization: { id: 'o1', name: 'Org', shortName: null, sector: 'ngo', country: null },
  role: 'member',
  status: 'removed',
  expiresAt: '2026-01-08T00:00:00.000Z',
  invitedById: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('accessLostBy', () => {
  it('takes a removed member out', () => {
    expect(accessLostBy({ type: 'member.removed', payload: { ...member, status: 'removed' } })).toEqual({
      userId: 'u1',
      reason: 'removed',
    });
  });

  it('ignores a revoked invitation, which has no user', () => {
    expect(accessLostBy({ type: 'member.removed', payload: invitation })).toBeNull();
  });

  it('keeps a member whose new role still reads the hub', () => {
    expect(accessLostBy({ type: 'member.role_changed', payload: { ...member, role: 'observer' } })).toBeNull();
  });

  it('takes out a member whose role change leaves them inactive', () => {
    expect(accessLostBy({ type: 'member.role_changed', payload: { ...member, status: 'removed' } })).toEqual({
      userId: 'u1',
      reason: 'access_lost',
    });
  });

  it('ignores every other event', () => {
    expect(accessLostBy({ type: 'task.deleted', payload: { id: 't1' } })).toBeNull();
    expect(accessLostBy({ type: 'member.joined', payload: member })).toBeNull();
  });
});
