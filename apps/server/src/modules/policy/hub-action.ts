/** Everything a person can try to do in a hub; the policy decides each one (DESIGN.md, "Permissions"). */
export type HubAction =
  | 'hub.read'
  | 'hub.edit'
  | 'members.manage'
  | 'goal.edit'
  | 'measurement.verify'
  | 'measurement.report'
  | 'task.create'
  | 'task.edit'
  | 'comment.create'
  | 'review.create'
  | 'review.vote';

/** The organizations a resource belongs to, for the rules that depend on them. */
export interface ResourceOwnership {
  /** For measurement.report: the goal's owner organization. */
  ownerOrganizationId?: string | null;
  /** For task.edit: the task's assignee organization and the organization that created it. */
  assigneeOrganizationId?: string | null;
  createdByOrganizationId?: string | null;
}
