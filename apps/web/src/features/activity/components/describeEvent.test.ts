import type { HubEventDto, MemberDto } from '@hubspoke/contracts';
import { describe, expect, it } from 'vitest';
import { hubEvent, task } from '../../../test/fixtures';
import { resolution } from '../../board/testing';
import { describeEvent } from './describeEvent';

const member: MemberDto = {
  id: 'm1',
  hubId: 'h',
  userId: 'u1',
  userName: 'Lucia',
  organizationId: 'org-who',
  organizationName: 'WHO',
  role: 'member',
  status: 'removed',
  joinedAt: '2026-01-01T00:00:00Z',
};

describe('describeEvent', () => {
  it('reads each event from its own payload', () => {
    expect(describeEvent(hubEvent(1, 'task.moved', task({ title: 'Ship', status: 'in_progress' })))).toBe(
      'moved task “Ship” to In progress',
    );
    expect(describeEvent(hubEvent(2, 'resolution.closed', resolution({ status: 'no_quorum' })))).toBe(
      'closed the vote on “Approve the 2027 plan”: no quorum',
    );
  });

  it('names a removed member, or the email of a revoked invitation', () => {
    expect(describeEvent(hubEvent(1, 'member.removed', member))).toBe('removed Lucia');
    const invitation = {
      id: 'm2',
      hubId: 'h',
      email: 'ana@who.example.org',
      organization: { id: 'org-who', name: 'WHO', shortName: 'WHO', sector: 'intergovernmental', country: null },
      role: 'observer',
      status: 'removed',
      expiresAt: '2026-02-01T00:00:00Z',
      invitedById: null,
      createdAt: '2026-01-01T00:00:00Z',
    } as const;
    expect(describeEvent(hubEvent(2, 'member.removed', invitation))).toBe('removed ana@who.example.org');
  });

  it('still reads an event type this app does not know yet (a newer server’s)', () => {
    const unknown = { ...hubEvent(1, 'task.deleted', { id: 't' }), type: 'task.archived' } as unknown as HubEventDto;
    expect(describeEvent(unknown)).toBe('made a change');
  });
});
