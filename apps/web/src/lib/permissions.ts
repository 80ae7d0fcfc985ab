import type { HubRole } from '@hubspoke/contracts';

/** The web's mirror of the permission table (DESIGN.md) — only to hide controls; the api decides. */
export interface Me {
  role: HubRole;
  organizationId: string;
}

export const can = {
  manageHub: (me: Me) => me.role === 'secretariat',
  editGoals: (me: Me) => me.role === 'secretariat',
  verify: (me: Me) => me.role === 'secretariat',
  report: (me: Me, ownerOrganizationId: string) =>
    me.role === 'secretariat' || (me.role === 'member' && ownerOrganizationId === me.organizationId),
  createTask: (me: Me) => me.role === 'secretariat' || me.role === 'member',
  editTask: (me: Me, task: { assigneeOrganizationId: string | null; createdByOrganizationId: string | null }) =>
    me.role === 'secretariat' ||
    (me.role === 'member' &&
      (task.assigneeOrganizationId === me.organizationId || task.createdByOrganizationId === me.organizationId)),
  comment: (me: Me) => me.role !== 'observer',
};
