import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HubEventDto } from '@hubspoke/contracts';
import type { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { HubEventBus } from '../activity/hub-event.bus';
import { UnitOfWork } from '../activity/unit-of-work';
import { RolledUpGoalEmitter } from './rolled-up-goal.emitter';

/**
 * The goal whose value a committed event may have changed: a measurement's that was verified or whose review was
 * undone, or a parent's new roll-up.
 */
function changedGoalId(event: HubEventDto): string | null {
  switch (event.type) {
    case 'measurement.verified':
    case 'measurement.review_undone':
      return event.payload.goal.id;
    case 'goal.rolled_up':
    case 'goal.updated':
      return event.payload.id;
    default:
      return null;
  }
}

/**
 * Carries a child hub's new value up to the parent goal it is mapped to, as a `goal.rolled_up` event in the parent
 * hub's stream; that event reaches this listener in turn, so a parent that is itself a child carries it further up.
 */
@Injectable()
export class RollUpPropagator implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RollUpPropagator.name);
  private subscription?: Subscription;

  constructor(
    private readonly bus: HubEventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly rolledUp: RolledUpGoalEmitter,
  ) {}

  onModuleInit(): void {
    this.subscription = this.bus.events$.subscribe((event) => {
      const goalId = changedGoalId(event);
      if (!goalId) return;
      this.propagate(goalId, event.actorId).catch((error: Error) =>
        this.logger.error(`No roll-up from ${event.type} #${event.seq} of hub ${event.hubId}: ${error.message}`),
      );
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async propagate(childGoalId: string, actorId: string | null): Promise<void> {
    const parents: { hub_id: string; goal_id: string }[] = await this.dataSource.query(
      `SELECT s.parent_hub_id AS hub_id, s.parent_goal_id AS goal_id
         FROM goal_roll_up_source s JOIN goal g ON g.id = s.parent_goal_id
        WHERE s.child_goal_id = $1 AND g.roll_up_method IS NOT NULL`,
      [childGoalId],
    );
    if (parents.length === 0) return;
    await this.uow.run((tx) =>
      this.rolledUp.emit(
        tx,
        parents.map((p) => ({ hubId: p.hub_id, goalId: p.goal_id })),
        actorId,
      ),
    );
  }
}
