import { Injectable } from '@nestjs/common';
import type { Tx } from '../activity/unit-of-work';
import { GoalReader } from '../goals/goal.reader';
import type { ParentGoalRef } from './roll-up-sources';

/** Tells a parent hub's room that a goal of its rolled up anew (a child's value or mapping changed). */
@Injectable()
export class RolledUpGoalEmitter {
  constructor(private readonly goals: GoalReader) {}

  async emit(tx: Tx, parentGoals: ParentGoalRef[], actorId: string | null): Promise<void> {
    for (const { hubId, goalId } of parentGoals) {
      const goal = await this.goals.one(hubId, goalId, tx.manager);
      await tx.emit({ hubId, type: 'goal.rolled_up', actorId, entityId: goalId, payload: goal });
    }
  }
}
