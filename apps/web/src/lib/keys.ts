import type { CommentTarget } from '@hubspoke/contracts';
/** Query keys, in one place so live events and mutations update the same cache entries. */
export const keys = {
  me: ['me'] as const,
  myHubs: ['hubs', 'mine'] as const,
  directory: (q: string, sdg: number | null) => ['hubs', 'directory', q, sdg] as const,
  hub: (hubId: string) => ['hub', hubId] as const,
  overview: (hubId: string) => ['hub', hubId, 'overview'] as const,
  tasks: (hubId: string) => ['hub', hubId, 'tasks'] as const,
  goals: (hubId: string) => ['hub', hubId, 'goals'] as const,
  goal: (hubId: string, goalId: string) => ['hub', hubId, 'goal', goalId] as const,
  measurements: (hubId: string, goalId: string) => ['hub', hubId, 'measurements', goalId] as const,
  comments: (hubId: string, type: CommentTarget, id: string) => ['hub', hubId, 'comments', type, id] as const,
  spokes: (hubId: string) => ['hub', hubId, 'spokes'] as const,
  invitations: (hubId: string) => ['hub', hubId, 'invitations'] as const,
  activity: (hubId: string) => ['hub', hubId, 'activity'] as const,
  presence: (hubId: string) => ['hub', hubId, 'presence'] as const,
  notifications: ['notifications'] as const,
  sdgGoals: ['sdg', 'goals'] as const,
  networkGraph: (sdg: number | null, sector: string | null, country: string | null) =>
    ['network', 'graph', sdg, sector, country] as const,
  networkInsights: (sdg: number | null) => ['network', 'insights', sdg] as const,
  organizationNetwork: (orgId: string) => ['network', 'organization', orgId] as const,
};
