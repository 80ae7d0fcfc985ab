import type { EntityManager } from 'typeorm';
import type { Tx } from '../activity/unit-of-work';
import { GoalRollUpSource } from '../federation/goal-roll-up-source.entity';
import { HubLink } from '../federation/hub-link.entity';
import { readHubLink } from '../federation/hub-link.mapper';
import { Goal } from '../goals/goal.entity';
import { Hub } from '../hubs/hub.entity';
import type { DemoHub, DemoHubLink } from './demo-data';
import { dayAt, found, userOf, type SeedDirectory } from './seed-directory';

/** Links a seeded child hub to its parent as their secretariats would, then maps its goals; answers both hubs' ids. */
export async function seedHubLink(
  tx: Tx,
  dir: SeedDirectory,
  hubs: DemoHub[],
  link: DemoHubLink,
): Promise<[string, string]> {
  const m = tx.manager;
  const [child, parent] = [link.child, link.parent].map((slug) =>
    found(
      hubs.find((h) => h.slug === slug),
      slug,
    ),
  ) as [DemoHub, DemoHub];
  const [childHub, parentHub] = [await hubBySlug(m, child.slug), await hubBySlug(m, parent.slug)];
  const [childSecretariat, parentSecretariat] = [child, parent].map((h) => userOf(dir, h.members[0]!.person.email));
  const requestedAt = dayAt(dir, link.requested);
  const acceptedAt = dayAt(dir, link.accepted);
  const row = await m.save(
    m.create(HubLink, {
      parentHubId: parentHub.id,
      childHubId: childHub.id,
      status: 'active',
      requestedByHubId: childHub.id,
      requestedById: childSecretariat!.id,
      decidedById: parentSecretariat!.id,
      createdAt: requestedAt,
      decidedAt: acceptedAt,
    }),
  );
  const payload = (await readHubLink(m, row.id))!;
  for (const hubId of [parentHub.id, childHub.id]) {
    for (const [type, actor, at] of [
      ['hub_link.requested', childSecretariat!, requestedAt],
      ['hub_link.accepted', parentSecretariat!, acceptedAt],
    ] as const) {
      await tx.emit({
        hubId,
        type,
        actorId: actor.id,
        entityId: row.id,
        payload: type === 'hub_link.requested' ? { ...payload, status: 'pending', decidedAt: null } : payload,
        at,
      });
    }
  }
  for (const rollUp of link.rollUps) {
    const parentGoal = await goalByKey(m, parentHub.id, parent, rollUp.parentGoal);
    const childGoal = await goalByKey(m, childHub.id, child, rollUp.childGoal);
    await m.update(Goal, { id: parentGoal.id }, { rollUpMethod: rollUp.method });
    await m.insert(GoalRollUpSource, {
      parentGoalId: parentGoal.id,
      parentHubId: parentHub.id,
      childGoalId: childGoal.id,
      childHubId: childHub.id,
      weight: rollUp.weight,
    });
    const goal = await dir.goalReader.one(parentHub.id, parentGoal.id, m);
    await tx.emit({
      hubId: parentHub.id,
      type: 'goal.rolled_up',
      actorId: childSecretariat!.id,
      entityId: parentGoal.id,
      payload: goal,
      at: acceptedAt,
    });
  }
  return [parentHub.id, childHub.id];
}

async function hubBySlug(m: EntityManager, slug: string): Promise<Hub> {
  return found((await m.findOneBy(Hub, { slug })) ?? undefined, `hub "${slug}"`);
}

async function goalByKey(m: EntityManager, hubId: string, hub: DemoHub, key: string): Promise<Goal> {
  const { title } = found(
    hub.goals.find((g) => g.key === key),
    `goal "${key}"`,
  );
  return found((await m.findOneBy(Goal, { hubId, title })) ?? undefined, `goal "${key}" of ${hub.slug}`);
}
