import { resolveAssignee } from './task-assignee';

const none = { organizationId: null, userId: null };
const current = { organizationId: 'org-a', userId: 'user-a' };

describe('resolveAssignee', () => {
  it('on creation, checks the organization and the person sent', () => {
    expect(resolveAssignee(none, { organizationId: 'org-a', userId: 'user-a' })).toEqual({
      assignee: current,
      check: { organizationId: 'org-a', userId: 'user-a' },
      userWithoutOrganization: false,
    });
  });

  it('refuses a person without an organization', () => {
    expect(resolveAssignee(none, { userId: 'user-a' }).userWithoutOrganization).toBe(true);
    expect(resolveAssignee(current, { organizationId: null, userId: 'user-a' }).userWithoutOrganization).toBe(true);
  });

  it('keeps everything when nothing about the assignee is sent', () => {
    expect(resolveAssignee(current, {})).toEqual({
      assignee: current,
      check: { organizationId: null, userId: null },
      userWithoutOrganization: false,
    });
  });

  it('drops the person when another organization is assigned without one', () => {
    const result = resolveAssignee(current, { organizationId: 'org-b' });
    expect(result.assignee).toEqual({ organizationId: 'org-b', userId: null });
    expect(result.check).toEqual({ organizationId: 'org-b', userId: null });
  });

  it('keeps the person when the same organization is sent again', () => {
    expect(resolveAssignee(current, { organizationId: 'org-a' }).assignee).toEqual(current);
  });

  it('clearing the organization clears the person', () => {
    expect(resolveAssignee(current, { organizationId: null })).toEqual({
      assignee: none,
      check: { organizationId: null, userId: null },
      userWithoutOrganization: false,
    });
  });

  it('a new person of the same organization is checked against it', () => {
    const result = resolveAssignee(current, { userId: 'user-b' });
    expect(result.assignee).toEqual({ organizationId: 'org-a', userId: 'user-b' });
    expect(result.check).toEqual({ organizationId: null, userId: 'user-b' });
  });
});
