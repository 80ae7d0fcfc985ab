import type { HubEventDto, MemberDto } from '@hubspoke/contracts';
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
const event = (type: HubEventDto['type'], payload: unknown): HubEventDto => ({
  hubId: 'h1',
  seq: 1,
  type,
  actorId: null,
  entityId: 'm1',
  payload,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('accessLostBy', () => {
  it('takes a removed member out', () => {
    expect(accessLostBy(event('member.removed', { ...member, status: 'removed' }))).toEqual({
      userId: 'u1',
      reason: 'removed',
    });
  });

  it('ignores a revoked invitation, which has no user', () => {
    expect(accessLostBy(event('member.removed', { id: 'm1', email: 'a@b.org', status: 'removed' }))).toBeNull();
  });

  it('keeps a member whose new role still reads the hub', () => {
    expect(accessLostBy(event('member.role_changed', { ...member, role: 'observer' }))).toBeNull();
  });

  it('takes out a member whose role change leaves them inactive', () => {
    expect(accessLostBy(event('member.role_changed', { ...member, status: 'removed' }))).toEqual({
      userId: 'u1',
      reason: 'access_lost',
    });
  });

  it('ignores every other event', () => {
    expect(accessLostBy(event('task.updated', { userId: 'u1' }))).toBeNull();
    expect(accessLostBy(event('member.joined', member))).toBeNull();
  });
});
