import { Injectable, Logger } from '@nestjs/common';
import type { HubEventType } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { HubSequencer } from '../../modules/activity/hub-sequencer';
import { IdempotencyStore } from '../idempotency/idempotency.store';
import { unansweredIdempotentRequest } from '../idempotency/idempotent-request';

export interface NewHubEvent {
  hubId: string;
  type: HubEventType;
  actorId: string | null;
  entityId: string;
  payload: unknown;
  /** When it happened; the transaction's time unless given (the seed dates its history). */
  at?: Date;
}

/** One transaction: the entity changes and their HubEvents commit together. */
export class Tx {
  readonly events: NewHubEvent[] = [];

  constructor(readonly manager: EntityManager) {}

  /** Appends the event in this transaction; it gets its seq once committed (HubSequencer). */
  async emit(event: NewHubEvent): Promise<void> {
    await this.manager.query(
      `INSERT INTO hub_event (hub_id, type, actor_id, entity_id, payload, created_at)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6, now()))`,
      [event.hubId, event.type, event.actorId, event.entityId, JSON.stringify(event.payload), event.at ?? null],
    );
    this.events.push(event);
  }
}

@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sequencer: HubSequencer,
    private readonly idempotency: IdempotencyStore,
  ) {}

  /**
   * Runs the work in a transaction, then has its events numbered and published before answering, so a caller reads
   * its own events in the feed. A numbering that fails leaves the events to the sweeper; the change stands.
   * In a POST sent with an Idempotency-Key, the result is kept as its answer in the same transaction.
   */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let tx!: Tx;
    const result = await this.dataSource.transaction(async (manager) => {
      tx = new Tx(manager);
      const done = await work(tx);
      const idempotent = unansweredIdempotentRequest();
      if (idempotent) await this.idempotency.answerIn(manager, idempotent, done);
      return done;
    });
    const hubIds = new Set(tx.events.map((e) => e.hubId));
    await Promise.all(
      [...hubIds].map((hubId) =>
        this.sequencer
          .sequence(hubId)
          .catch((error: Error) => this.logger.warn(`Events of hub ${hubId} left to the sweeper: ${error.message}`)),
      ),
    );
    return result;
  }
}
