export interface Assignee {
  organizationId: string | null;
  userId: string | null;
}

export interface AssigneeChange {
  organizationId?: string | null;
  userId?: string | null;
}

/**
 * The assignee after a change. Assigning another organization drops the person of the previous one unless a
 * person is sent too. `check` lists what must be verified against the hub's members: a newly assigned
 * organization, and a sent person (who must represent the resulting organization).
 */
export function resolveAssignee(
  current: Assignee,
  change: AssigneeChange,
): { assignee: Assignee; check: Assignee; userWithoutOrganization: boolean } {
  const organizationId = change.organizationId !== undefined ? change.organizationId : current.organizationId;
  const organizationChanged = organizationId !== current.organizationId;
  const userId = change.userId !== undefined ? change.userId : organizationChanged ? null : current.userId;
  return {
    assignee: { organizationId, userId },
    check: {
      organizationId: organizationChanged ? organizationId : null,
      userId: change.userId ?? null,
    },
    userWithoutOrganization: userId !== null && organizationId === null,
  };
}
