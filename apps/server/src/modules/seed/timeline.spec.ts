import { hubAllows, type HubAction, type HubStanding, type ResourceOwnership } from '@hubspoke/contracts';
import { loadActors } from './actors';
import type { DemoHub } from './demo-data';
import { DEMO_HUBS } from './demo-hubs';
import { planHub, type BoardStep } from './timeline';

/** The demo data must be a history the api itself could have written: in order, and allowed by the policy. */
/** Board members join before they take a seat, seats exist before votes, and votes come while the vote is open. */
function boardOrder(step: BoardStep, seen: Set<string>, before: (key: string) => void): void {
  switch (step.kind) {
    case 'seat':
      for (const person of [step.seat.holder, ...(step.seat.alternate ? [step.seat.alternate] : [])]) {
        before(`member:${person}`);
      }
      seen.add(`seat:${step.seat.holder}`);
      if (step.seat.alternate) seen.add(`seat:${step.seat.alternate}`);
      break;
    case 'resolution':
      seen.add(`resolution:${step.resolution.title}`);
      break;
    case 'vote':
      before(`resolution:${step.resolution.title}`);
      before(`seat:${step.vote.by}`);
      expect(step.vote.day).toBeLessThan(step.resolution.deadline);
      break;
  }
}

describe.each(DEMO_HUBS.map((hub) => [hub.name, hub] as const))('the demo history of %s', (_name, hub: DemoHub) => {
  const plan = planHub(hub);
  const seat = (org: string): HubStanding => {
    const member = hub.members.find((m) => m.org === org);
    if (!member) throw new Error(`${org} has no seat in ${hub.name}`);
    return { role: member.role, organizationId: org };
  };
  const byEmail = (email: string): HubStanding => {
    const member = hub.members.find((m) => m.person.email === email);
    if (!member) throw new Error(`${email} has no seat in ${hub.name}`);
    return { role: member.role, organizationId: member.org };
  };
  const allowed = (who: HubStanding, action: HubAction, resource?: ResourceOwnership) =>
    expect({ who, action, allowed: hubAllows(who, action, resource) }).toEqual({ who, action, allowed: true });

  it('starts with the hub, made by its secretariat, and stays in the past in day order', () => {
    expect(plan[0]!.step.kind).toBe('hub');
    expect(hub.members[0]!.role).toBe('secretariat');
    expect(plan.every(({ day }) => day < 0)).toBe(true);
    expect(plan.map(({ day }) => day)).toEqual(plan.map(({ day }) => day).sort((a, b) => a - b));
  });

  it('names only organizations of the sample', () => {
    const ids = new Set(loadActors().map((a) => a.id));
    const orgs = [...hub.members, ...hub.invitations].map((m) => m.org);
    expect(orgs.filter((org) => !ids.has(org))).toEqual([]);
  });

  it('creates members, goals, tasks, seats and resolutions before anything refers to them', () => {
    const seen = new Set<string>();
    const before = (key: string) => expect({ key, seen: seen.has(key) }).toEqual({ key, seen: true });
    for (const { step } of plan) {
      switch (step.kind) {
        case 'hub':
          seen.add(`member:${hub.members[0]!.person.email}`);
          break;
        case 'member':
          seen.add(`member:${step.member.person.email}`);
          break;
        case 'goal':
          if (step.goal.parent) before(`goal:${step.goal.parent}`);
          seen.add(`goal:${step.goal.key}`);
          break;
        case 'measurement':
          before(`goal:${step.goal.key}`);
          seen.add(`measurement:${step.goal.key}:${step.measurement.day}`);
          break;
        case 'verification':
          before(`measurement:${step.goal.key}:${step.measurement.day}`);
          break;
        case 'task':
          if (step.task.goal) before(`goal:${step.task.goal}`);
          seen.add(`task:${step.task.title}`);
          break;
        case 'move':
          before(`task:${step.task.title}`);
          break;
        case 'comment':
          before('goal' in step.comment.on ? `goal:${step.comment.on.goal}` : `task:${step.comment.on.task}`);
          break;
        case 'board':
          boardOrder(step.board, seen, before);
          break;
      }
    }
  });

  it('has every change made by someone the policy allows', () => {
    const secretariat = seat(hub.members[0]!.org);
    for (const goal of hub.goals) {
      allowed(secretariat, 'goal.edit');
      allowed(seat(goal.owner), 'measurement.report', { ownerOrganizationId: goal.owner });
      if (goal.measurements.some((m) => m.verified)) allowed(secretariat, 'measurement.verify');
    }
    for (const task of hub.tasks) {
      const creator = task.createdByAssignee ? seat(task.assignee) : secretariat;
      allowed(creator, 'task.create');
      if (task.status !== 'todo') allowed(seat(task.assignee), 'task.edit', { assigneeOrganizationId: task.assignee });
    }
    for (const comment of hub.comments) allowed(byEmail(comment.author), 'comment.create');
    if (hub.invitations.length > 0) allowed(secretariat, 'members.manage');
    if (hub.board) {
      allowed(secretariat, 'review.create');
      for (const seat of hub.board.seats) {
        for (const person of [seat.holder, ...(seat.alternate ? [seat.alternate] : [])]) {
          expect({ person, role: byEmail(person).role }).toEqual({ person, role: 'board' });
        }
      }
      for (const vote of hub.board.resolutions.flatMap((r) => r.votes)) allowed(byEmail(vote.by), 'review.vote');
    }
  });

  it('ends with tasks in every status, some overdue', () => {
    expect(new Set(hub.tasks.map((t) => t.status))).toEqual(new Set(['todo', 'in_progress', 'blocked', 'done']));
    expect(hub.tasks.some((t) => t.status !== 'done' && t.due < 0)).toBe(true);
  });
});
