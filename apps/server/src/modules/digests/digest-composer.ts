import {
  NOTIFICATION_KINDS,
  type DigestContent,
  type DigestSection,
  type GoalHealth,
  type RollUpMethod,
} from '@hubspoke/contracts';
import type { GoalState, HubDigestData, OpenTask, Recipient, RolledUpGoalState } from './digest-data';

const DUE_SOON_DAYS = 7;
const HEALTH_LABEL: Record<GoalHealth, string> = {
  achieved: 'achieved',
  on_track: 'on track',
  at_risk: 'at risk',
  off_track: 'off track',
  no_data: 'no data yet',
};
const ACHIEVED_OR_AT_RISK: ReadonlySet<GoalHealth> = new Set(['achieved', 'at_risk', 'off_track']);
/** Sections that restate the current state: shown, but they alone do not make a digest worth sending. */
const STANDING = new Set(['goals', 'member_hubs']);
const METHOD_LABEL: Record<RollUpMethod, string> = { sum: 'sum', weighted_mean: 'weighted mean', minimum: 'lowest' };
/** How many member hubs a rolled-up goal names in a digest line: the ones that move it most. */
const NAMED_MEMBER_HUBS = 3;

const pct = (x: number) => `${Math.round(x)}%`;
const trend = (g: GoalState) => {
  const delta = Math.round(g.progress - g.progressAtStart);
  return delta > 0 ? `▲ ${delta} pts` : delta < 0 ? `▼ ${-delta} pts` : 'no change';
};
const section = (key: string, title: string, items: string[]): DigestSection => ({ key, title, items });
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A recipient's digest from the hub's period data, by role; null when nothing in it is news.
 * Pure: the loader reads, this decides what each role hears.
 */
export function composeDigest(data: HubDigestData, recipient: Recipient): DigestContent | null {
  const sections = [unread(data, recipient), ...byRole(data, recipient), memberHubs(data), shares(data)].filter(
    (s) => s.items.length > 0,
  );
  if (!sections.some((s) => !STANDING.has(s.key))) return null;
  return {
    hubName: data.hubName,
    periodStart: data.periodStart.toISOString(),
    periodEnd: data.periodEnd.toISOString(),
    sections,
  };
}

/** The recipient's notifications of the period they have not read, by kind: what waits for them. */
function unread(data: HubDigestData, recipient: Recipient): DigestSection {
  const counts = data.unreadNotifications.get(recipient.userId) ?? [];
  return section(
    'unread_notifications',
    'Waiting in your inbox',
    counts.map((c) => `${NOTIFICATION_KINDS[c.type].label} (${c.count} unread)`),
  );
}

function byRole(data: HubDigestData, recipient: Recipient): DigestSection[] {
  switch (recipient.role) {
    case 'secretariat':
      return secretariat(data);
    case 'member':
      return member(data, recipient.organizationId);
    case 'board':
      return board(data);
    default:
      return [];
  }
}

function orgName(data: HubDigestData, id: string | null): string {
  return (id && data.organizations.get(id)) ?? 'Unassigned';
}

const isOverdue = (t: OpenTask, today: string) => t.dueDate !== null && t.dueDate < today;

function secretariat(data: HubDigestData): DigestSection[] {
  const changed = data.goals
    .filter((g) => g.health !== g.healthAtStart)
    .map((g) => `${g.title}: ${HEALTH_LABEL[g.healthAtStart]} → ${HEALTH_LABEL[g.health]}`);
  const pending = data.goals
    .filter((g) => g.pendingVerification > 0)
    .map((g) => `${g.title}: ${g.pendingVerification} awaiting verification`);
  const stuck = new Map<string, string[]>();
  for (const t of data.openTasks) {
    const why = [t.status === 'blocked' && 'blocked', isOverdue(t, data.today) && `overdue since ${t.dueDate}`];
    const label = why.filter(Boolean).join(', ');
    if (!label) continue;
    const org = orgName(data, t.assigneeOrganizationId);
    stuck.set(org, [...(stuck.get(org) ?? []), `${t.title} (${label})`]);
  }
  const reported = new Set(
    data.events.flatMap((e) => (e.type === 'goal.measured' ? [e.payload.measurement.reportedByOrganizationId] : [])),
  );
  const owners = new Set(data.goals.map((g) => g.ownerOrganizationId));
  const silent = [...owners].filter((id) => !reported.has(id)).map((id) => orgName(data, id));
  return [
    section('health_changes', 'Goals whose health changed', changed),
    section('pending_verification', 'Measurements waiting for verification', pending),
    section(
      'blocked_overdue',
      'Blocked and overdue tasks',
      [...stuck].map(([org, tasks]) => `${org}: ${tasks.join('; ')}`),
    ),
    section('not_reported', 'Members that have not reported', silent),
    section(
      'new_members',
      'New members',
      data.newMembers.map((m) => `${m.name} (${m.organizationName}, ${m.role})`),
    ),
  ];
}

function member(data: HubDigestData, orgId: string): DigestSection[] {
  const soon = addDays(data.today, DUE_SOON_DAYS);
  const mine = data.openTasks.filter((t) => t.assigneeOrganizationId === orgId);
  const assigned = newlyAssigned(data, orgId);
  const waiting = mine
    .filter((t) => t.createdByOrganizationId && t.createdByOrganizationId !== orgId)
    .map((t) => `${orgName(data, t.createdByOrganizationId)} waits on “${t.title}”`);
  const owned = data.goals
    .filter((g) => g.ownerOrganizationId === orgId)
    .map((g) => `${g.title}: ${pct(g.progress)}, ${HEALTH_LABEL[g.health]}; next: ${nextStep(g)}`);
  return [
    section('new_tasks', 'Newly assigned to your organization', assigned),
    section(
      'due_soon',
      `Due in the next ${DUE_SOON_DAYS} days`,
      mine
        .filter((t) => t.dueDate && t.dueDate >= data.today && t.dueDate <= soon)
        .map((t) => `${t.title} (${t.dueDate})`),
    ),
    section(
      'overdue',
      'Overdue',
      mine.filter((t) => isOverdue(t, data.today)).map((t) => `${t.title} (due ${t.dueDate})`),
    ),
    section('owned_goals', 'Goals you own', owned),
    section('waiting_on_you', 'Waiting on you', waiting),
  ];
}

function nextStep(g: GoalState): string {
  if (g.health === 'achieved') return 'keep it there';
  if (g.pendingVerification > 0) return 'your latest measurement is being verified';
  if (!g.lastVerifiedAt) return `report a first measurement (due ${g.dueDate})`;
  return `report progress (last verified ${g.lastVerifiedAt.toISOString().slice(0, 10)}, due ${g.dueDate})`;
}

/** Tasks assigned to the organization during the period (created for it, or moved to it from another). */
function newlyAssigned(data: HubDigestData, orgId: string): string[] {
  const last = new Map(data.assigneeBefore);
  const titles = new Map<string, string>();
  for (const e of data.events) {
    if (e.type !== 'task.created' && e.type !== 'task.updated' && e.type !== 'task.moved') continue;
    const org = e.payload.assigneeOrganizationId;
    if (org === orgId && last.get(e.entityId) !== orgId) titles.set(e.entityId, e.payload.title);
    if (org !== orgId) titles.delete(e.entityId);
    last.set(e.entityId, org);
  }
  return [...titles.values()];
}

function board(data: HubDigestData): DigestSection[] {
  return [
    section(
      'goals',
      'Every goal',
      data.goals.map((g) => `${g.title}: ${pct(g.progress)} (${trend(g)}), ${HEALTH_LABEL[g.health]}`),
    ),
    section(
      'achieved_at_risk',
      'Achieved or at risk',
      data.goals
        .filter((g) => ACHIEVED_OR_AT_RISK.has(g.health) && g.health !== g.healthAtStart)
        .map((g) => `${g.title}: ${HEALTH_LABEL[g.health]}`),
    ),
    section(
      'decisions_pending',
      'Decisions pending',
      data.goals
        .filter((g) => g.pendingVerification > 0)
        .map((g) => `${g.title}: ${g.pendingVerification} measurement(s) to verify`),
    ),
  ];
}

/** What the hub's member hubs contribute to the goals that roll them up: the same for every reader. */
function memberHubs(data: HubDigestData): DigestSection {
  return section('member_hubs', 'From member hubs', data.rolledUp.map(rolledUpLine));
}

function rolledUpLine({ title, unit, rollUp }: RolledUpGoalState): string {
  const amount = (value: number | null) => (value === null ? 'no value yet' : `${Number(value.toFixed(1))} ${unit}`);
  const named = rollUp.contributions
    .filter((c) => c.value !== null)
    .slice(0, NAMED_MEMBER_HUBS)
    .map((c) => `${c.childHub.name} ${amount(c.value)}`);
  const of = `${METHOD_LABEL[rollUp.method]} of ${rollUp.reportedCount} of ${rollUp.childCount} member hubs`;
  return `${title}: ${amount(rollUp.value)}, ${of}${named.length ? ` (${named.join('; ')})` : ''}`;
}

/** The shares section is the same in every digest of a hub and period: computed once per loaded data. */
const sharesOfData = new WeakMap<HubDigestData, DigestSection>();

function shares(data: HubDigestData): DigestSection {
  let computed = sharesOfData.get(data);
  if (!computed) sharesOfData.set(data, (computed = computeShares(data)));
  return computed;
}

/** Each organization's share of the period's progress: tasks completed, measurements reported and verified. */
function computeShares(data: HubDigestData): DigestSection {
  const counts = new Map<string, { done: Set<string>; reported: number; verified: number }>();
  const of = (org: string) => {
    let c = counts.get(org);
    if (!c) counts.set(org, (c = { done: new Set(), reported: 0, verified: 0 }));
    return c;
  };
  for (const e of data.events) {
    if ((e.type === 'task.updated' || e.type === 'task.moved') && e.payload.status === 'done') {
      const org = e.payload.assigneeOrganizationId;
      if (org) of(org).done.add(e.entityId);
    } else if (e.type === 'goal.measured' || e.type === 'measurement.verified') {
      of(e.payload.measurement.reportedByOrganizationId)[e.type === 'goal.measured' ? 'reported' : 'verified'] += 1;
    }
  }
  const items = [...counts]
    .map(([org, c]) => ({ name: orgName(data, org), ...c }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (c) =>
        `${c.name}: ${c.done.size} task(s) completed, ${c.reported} measurement(s) reported, ${c.verified} verified`,
    );
  return section('shares', "Each member's share of the period's progress", items);
}
