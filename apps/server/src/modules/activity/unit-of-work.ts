import { Injectable, Logger } from '@nestjs/common';
import type { HubEventContent, HubEventType } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { audienceOf, type EventAudience } from './event-audience';
import { HubSequencer } from './hub-sequencer';
import { IdempotencyStore } from '../../infra/idempotency/idempotency.store';
import { unansweredIdempotentRequest } from '../../infra/idempotency/idempotent-request';

interface NewHubEventBase {
  hubId: string;
  actorId: string | null;
  entityId: string;
  /** When it happened; the transaction's time unless given (the seed dates its history). */
  at?: Date;
  /** Who reads it in full: derived from a task or goal payload unless given (event-audience.ts). */
  audience?: Partial<EventAudience>;
}

/** An event of one of the types K with the payload of its type (HubEventPayloads). */
export type NewHubEvent<K extends HubEventType = HubEventType> = { [T in K]: NewHubEventBase & HubEventContent<T> }[K];

/** One transaction: the entity changes and their HubEvents commit together. */
export class Tx {
  /** The hubs this transaction appended events to, whose events are numbered after commit. */
  readonly hubIds = new Set<string>();

  constructor(readonly manager: EntityManager) {}

  /** Appends the event in this transaction; it gets its seq once committed (HubSequencer). */
  async emit<K extends HubEventType>(event: NewHubEvent<K>): Promise<void> {
    const audience = audienceOf(event, event.audience);
    await this.manager.query(
      `INSERT INTO hub_event (hub_id, type, actor_id, entity_id, payload, created_at, group_id, withdrawn)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6, now()), $7, $8)`,
      [
        event.hubId,
        event.type,
        event.actorId,
        event.entityId,
        JSON.stringify(event.payload),
        event.at ?? null,
        audience.groupId,
        audience.withdrawn,
      ],
    );
    this.hubIds.add(event.hubId);
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
    await Promise.all(
      [...tx.hubIds].map((hubId) =>
        this.sequencer
          .sequence(hubId)
          .catch((error: Error) => this.logger.warn(`Events of hub ${hubId} left to the sweeper: ${error.message}`)),
      ),
    );
    return result;
  }
}
