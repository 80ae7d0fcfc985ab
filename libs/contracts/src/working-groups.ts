/** A person of a working group: an active member of the hub, with the organization they represent there. */
export interface WorkingGroupPersonDto {
  memberId: string;
  userId: string;
  name: string;
  organizationId: string;
  organizationName: string;
}

/**
 * A small task force inside a hub (strong ties) whose work stays visible to the whole hub (weak ties); the payload of
 * `group.created`, `group.updated` and `group.archived`.
 */
export interface WorkingGroupDto {
  id: string;
  hubId: string;
  name: string;
  purpose: string;
  /** `YYYY-MM-DD`, or null for a standing group. */
  endsOn: string | null;
  lead: WorkingGroupPersonDto;
  /** Everyone in the group, the lead included, by name. */
  members: WorkingGroupPersonDto[];
  version: number;
  createdAt: string;
  archivedAt: string | null;
}
