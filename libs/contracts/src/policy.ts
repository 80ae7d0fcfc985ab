import type { HubRole, HubVisibility, ItemVisibility } from './enums';
import type { OrganizationMemberStatus, OrganizationRole } from './organization-members';

/**
 * The decision table of DESIGN.md ("Permissions", "Trust"): its pure part, shared by the api (PolicyService, which
 * loads the standings and turns a refusal into 404/403) and the web (which shows only the buttons the api allows).
 */

/** Everything a person can try to do in a hub. */
export type HubAction =
  | 'hub.read'
  | 'hub.edit'
  /** Ask to join a parent hub or invite a child, accept or decline, leave; map a goal to a parent goal. */
  | 'federation.manage'
  | 'members.manage'
  | 'goal.edit'
  /** Verify or reject a reported measurement. */
  | 'measurement.verify'
  /** Take back one's own verification or rejection, within REVIEW_UNDO_SECONDS. */
  | 'measurement.undo_review'
  | 'measurement.report'
  | 'task.create'
  | 'task.edit'
  | 'comment.create'
  | 'review.create'
  | 'review.vote'
  /** Create, edit and archive working groups. */
  | 'group.manage'
  /** Add and remove a working group's members. */
  | 'group.members.manage'
  /** Read a group-only task or goal of a working group (resource.groupRole: the caller's place in it). */
  | 'group.item.read';

/** The caller's place in a working group: its lead, a member, or neither. */
export type GroupRole = 'lead' | 'member' | null;

/** An active hub member: the role, and the organization they represent there. */
export interface HubStanding {
  role: HubRole;
  organizationId: string;
}

/** The organizations a hub resource belongs to, for the rules that depend on them. */
export interface ResourceOwnership {
  /** For measurement.report: the goal's owner organization. */
  ownerOrganizationId?: string | null;
  /** For task.edit: the task's assignee organization and the organization that created it. */
  assigneeOrganizationId?: string | null;
  createdByOrganizationId?: string | null;
  /** For group.members.manage: whether the caller leads the group. */
  leadsGroup?: boolean;
  /**
   * For group.item.read, task.create, task.edit and goal.edit of an item in a working group: the caller's place in
   * that group, and the item's visibility.
   */
  groupRole?: GroupRole;
  visibility?: ItemVisibility;
  /** For measurement.undo_review: whether the caller reviewed the measurement. */
  reviewedByCaller?: boolean;
}

const GROUP_ITEM_ACTIONS: ReadonlySet<HubAction> = new Set(['task.create', 'task.edit', 'goal.edit']);

/**
 * What a working group's place grants beyond the role (DESIGN.md, "Working groups"): its lead manages the group's
 * tasks and goals, its members create and edit the group-only ones; never an observer.
 */
function groupGrants(role: HubRole, action: HubAction, resource: ResourceOwnership): boolean {
  if (!GROUP_ITEM_ACTIONS.has(action) || role === 'observer') return false;
  return resource.groupRole === 'lead' || (resource.groupRole === 'member' && resource.visibility === 'group');
}

const SECRETARIAT_ONLY: ReadonlySet<HubAction> = new Set([
  'hub.edit',
  'federation.manage',
  'members.manage',
  'goal.edit',
  'measurement.verify',
  'review.create',
  'group.manage',
]);

/** The hub permission table for an active member. Non-members are decided by the caller (404). */
export function hubAllows(member: HubStanding, action: HubAction, resource: ResourceOwnership = {}): boolean {
  const { role, organizationId } = member;
  if (action === 'hub.read') return true;
  if (action === 'measurement.undo_review') return role === 'secretariat' && resource.reviewedByCaller === true;
  if (role === 'secretariat') return action !== 'review.vote';
  if (action === 'group.item.read') return resource.groupRole === 'lead' || resource.groupRole === 'member';
  if (groupGrants(role, action, resource)) return true;
  if (SECRETARIAT_ONLY.has(action)) return false;
  switch (action) {
    case 'measurement.report':
      return role === 'member' && resource.ownerOrganizationId === organizationId;
    case 'task.create':
      return role === 'member';
    case 'task.edit':
      return (
        role === 'member' &&
        (resource.assigneeOrganizationId === organizationId || resource.createdByOrganizationId === organizationId)
      );
    case 'comment.create':
      return role === 'member' || role === 'board';
    case 'review.vote':
      return role === 'board';
    case 'group.members.manage':
      return resource.leadsGroup === true;
    default:
      return false;
  }
}

/**
 * What of a hub the caller may read: everything as an active member; a public hub's public fields (the public page,
 * verified numbers, organizations, no people) otherwise; nothing at all of a private hub (the api answers 404).
 */
export type HubReadView = 'member' | 'public';

export function hubReadView(member: HubStanding | null, visibility: HubVisibility): HubReadView | null {
  if (member) return 'member';
  return visibility === 'public' ? 'public' : null;
}

/** Who the caller is beyond any hub or organization. */
export interface AccountStanding {
  emailVerified: boolean;
  platformAdmin: boolean;
}

/** The caller's standing towards one organization. */
export interface OrganizationStanding extends AccountStanding {
  /** The caller's membership in any state, or null. */
  membership: { role: OrganizationRole; status: OrganizationMemberStatus } | null;
  /** Whether the organization has an approved admin. */
  claimed: boolean;
}

export type OrganizationAction =
  /** Create a hub as its secretariat, represent it in a hub, propose for it, issue and run its challenges. */
  | 'organization.act'
  /** Change its public record. */
  | 'organization.edit'
  /** Approve or reject join requests, change roles, remove members. */
  | 'organization.members.manage'
  /** See its members and pending requests. */
  | 'organization.members.read'
  /** Ask to join it. */
  | 'organization.join'
  /** Mark it verified and set its verified email domains. */
  | 'organization.verify'
  /** Undo an edit of its record. */
  | 'organization.revert';

const approved = (s: OrganizationStanding) => s.membership?.status === 'approved';
const approvedAdmin = (s: OrganizationStanding) => approved(s) && s.membership?.role === 'admin';

/** An unverified account may do none of these; a platform admin runs an unclaimed organization's record and members. */
const ORGANIZATION_RULES: Record<OrganizationAction, (s: OrganizationStanding) => boolean> = {
  'organization.act': approved,
  'organization.edit': (s) => approvedAdmin(s) || (s.platformAdmin && !s.claimed),
  'organization.members.manage': (s) => approvedAdmin(s) || (s.platformAdmin && !s.claimed),
  'organization.members.read': (s) => approved(s) || s.platformAdmin,
  'organization.join': (s) => !s.membership || s.membership.status === 'removed' || s.membership.status === 'rejected',
  'organization.verify': (s) => s.platformAdmin,
  'organization.revert': (s) => s.platformAdmin,
};

export function organizationAllows(standing: OrganizationStanding, action: OrganizationAction): boolean {
  return standing.emailVerified && ORGANIZATION_RULES[action](standing);
}

/** Platform-wide actions, for platform admins. */
export type PlatformAction = 'network.write' | 'network.import' | 'outbox.read_all' | 'queues.read';

export function platformAllows(account: AccountStanding, _action: PlatformAction): boolean {
  return account.emailVerified && account.platformAdmin;
}

/** The caller's standing towards a challenge. */
export interface ChallengeStanding extends AccountStanding {
  /** The caller issued it. */
  issuer: boolean;
  /** The caller is an approved member of its funder organization. */
  funderMember: boolean;
}

export type ChallengeAction =
  /** The administrative review, the reviewer pool, assignments, the ranking, the shortlist and the award. */
  'challenge.manage';

/** A challenge is run by its issuer while they act for its funder, or by a platform admin. */
export function challengeAllows(standing: ChallengeStanding, _action: ChallengeAction): boolean {
  return standing.emailVerified && ((standing.issuer && standing.funderMember) || standing.platformAdmin);
}
