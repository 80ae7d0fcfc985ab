import { HUB_ROLES, hubAllows, type HubAction, type HubRole } from '@hubspoke/contracts';

const ORG = 'org-a';
const OTHER = 'org-b';
const as = (role: HubRole) => ({ role, organizationId: ORG });

/** DESIGN.md's table, row by row: which roles may do each action on a resource of their own organization. */
const TABLE: Record<HubAction, HubRole[]> = {
  'hub.read': ['secretariat', 'member', 'board', 'observer'],
  'hub.edit': ['secretariat'],
  'federation.manage': ['secretariat'],
  'members.manage': ['secretariat'],
  'goal.edit': ['secretariat'],
  'measurement.verify': ['secretariat'],
  // their own review only (below)
  'measurement.undo_review': ['secretariat'],
  'measurement.report': ['secretariat', 'member'],
  'task.create': ['secretariat', 'member'],
  'task.edit': ['secretariat', 'member'],
  'comment.create': ['secretariat', 'member', 'board'],
  'review.create': ['secretariat'],
  'review.vote': ['board'],
  'group.manage': ['secretariat'],
  // the group's lead as well (below)
  'group.members.manage': ['secretariat'],
  // and the group's lead and members (below)
  'group.item.read': ['secretariat'],
};

const own = {
  ownerOrganizationId: ORG,
  assigneeOrganizationId: ORG,
  createdByOrganizationId: null,
  reviewedByCaller: true,
};

describe('hubAllows', () => {
  for (const [action, allowed] of Object.entries(TABLE) as [HubAction, HubRole[]][]) {
    for (const role of HUB_ROLES) {
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} ${action}`, () => {
        expect(hubAllows(as(role), action, own)).toBe(allowed.includes(role));
      });
    }
  }

  it('a member reports only on goals its organization owns', () => {
    expect(hubAllows(as('member'), 'measurement.report', { ownerOrganizationId: OTHER })).toBe(false);
    expect(hubAllows(as('secretariat'), 'measurement.report', { ownerOrganizationId: OTHER })).toBe(true);
  });

  it('a member edits tasks assigned to or created by its organization, and no others', () => {
    const m = as('member');
    expect(hubAllows(m, 'task.edit', { assigneeOrganizationId: OTHER, createdByOrganizationId: ORG })).toBe(true);
    expect(hubAllows(m, 'task.edit', { assigneeOrganizationId: ORG, createdByOrganizationId: OTHER })).toBe(true);
    expect(hubAllows(m, 'task.edit', { assigneeOrganizationId: OTHER, createdByOrganizationId: OTHER })).toBe(false);
    expect(hubAllows(m, 'task.edit', { assigneeOrganizationId: null, createdByOrganizationId: null })).toBe(false);
  });

  it('only the reviewer undoes a review, and only while in the secretariat', () => {
    expect(hubAllows(as('secretariat'), 'measurement.undo_review', { reviewedByCaller: false })).toBe(false);
    expect(hubAllows(as('member'), 'measurement.undo_review', { reviewedByCaller: true })).toBe(false);
  });

  it("a working group's lead manages its members, whatever their hub role, and nobody else but the secretariat", () => {
    for (const role of ['member', 'board', 'observer'] as const) {
      expect(hubAllows(as(role), 'group.members.manage', { leadsGroup: true })).toBe(true);
      expect(hubAllows(as(role), 'group.members.manage', { leadsGroup: false })).toBe(false);
    }
    expect(hubAllows(as('member'), 'group.manage', { leadsGroup: true })).toBe(false);
  });

  it("a working group's lead and members read its group-only items; nobody outside it but the secretariat", () => {
    for (const role of ['member', 'board', 'observer'] as const) {
      expect(hubAllows(as(role), 'group.item.read', { groupRole: 'lead' })).toBe(true);
      expect(hubAllows(as(role), 'group.item.read', { groupRole: 'member' })).toBe(true);
      expect(hubAllows(as(role), 'group.item.read', { groupRole: null })).toBe(false);
    }
  });

  it("a group's lead manages its tasks and goals; its members the group-only ones; never an observer", () => {
    const theirs = { assigneeOrganizationId: OTHER, createdByOrganizationId: OTHER };
    for (const action of ['task.create', 'task.edit', 'goal.edit'] as const) {
      for (const visibility of ['hub', 'group'] as const) {
        expect(hubAllows(as('board'), action, { ...theirs, groupRole: 'lead', visibility })).toBe(true);
        expect(hubAllows(as('observer'), action, { ...theirs, groupRole: 'lead', visibility })).toBe(false);
        expect(hubAllows(as('board'), action, { ...theirs, groupRole: null, visibility })).toBe(false);
      }
      expect(hubAllows(as('board'), action, { ...theirs, groupRole: 'member', visibility: 'group' })).toBe(true);
    }
    expect(hubAllows(as('member'), 'goal.edit', { groupRole: 'member', visibility: 'hub' })).toBe(false);
    expect(hubAllows(as('member'), 'task.edit', { ...theirs, groupRole: 'member', visibility: 'hub' })).toBe(false);
  });
});
