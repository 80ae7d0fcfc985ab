import type { OrganizationRefDto } from './organizations';

export const ORGANIZATION_ROLES = ['admin', 'member'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ORGANIZATION_MEMBER_STATUSES = ['pending', 'approved', 'rejected', 'removed'] as const;
export type OrganizationMemberStatus = (typeof ORGANIZATION_MEMBER_STATUSES)[number];

/** How a person came to belong to an organization. */
export const ORGANIZATION_JOIN_ROUTES = ['created', 'domain', 'request', 'existing'] as const;
export type OrganizationJoinRoute = (typeof ORGANIZATION_JOIN_ROUTES)[number];

/** A person's membership of an organization, or their request for one. */
export interface OrganizationMemberDto {
  id: string;
  organizationId: string;
  user: { id: string; name: string; email: string };
  role: OrganizationRole;
  status: OrganizationMemberStatus;
  joinedVia: OrganizationJoinRoute;
  /** What the person wrote with their request. */
  message: string | null;
  requestedAt: string;
  decidedAt: string | null;
}

/** One of the caller's own memberships, with its organization. */
export interface MyOrganizationDto {
  organization: OrganizationRefDto & { verified: boolean };
  role: OrganizationRole;
  status: OrganizationMemberStatus;
  requestedAt: string;
}

/** An edit of an organization's record: who, when, and the fields before and after. */
export interface OrganizationRevisionDto {
  id: string;
  actor: { id: string; name: string } | null;
  at: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** When this edit undid an earlier one: that edit's id. */
  revertOf: string | null;
}
