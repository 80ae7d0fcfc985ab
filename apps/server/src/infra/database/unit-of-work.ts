import { Injectable } from '@nestjs/common';
import type { HubEventDto, HubEventType } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { HubEventBus } from '../../modules/activity/hub-event.bus';

export interface NewHubEvent {
  hubId: string;
  type: HubEventType;
  actorId: string | null;
  entityId: string;
  payload: unknown;
}

/** One transaction: the entity changes and their HubEvents commit together; events are published only after commit. */
export class Tx {
  readonly events: HubEventDto[] = [];

  constructor(readonly manager: EntityManager) {}

  /** Takes the hub's next seq and appends the event, in this transaction. */
  async emit(event: NewHubEvent): Promise<HubEventDto> {
    const rows: { seq: string; created_at: Date }[] = await this.manager.query(
      `WITH next AS (UPDATE hub SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq)
       INSERT INTO hub_event (hub_id, seq, type, actor_id, entity_id, payload)
       SELECT $1, last_seq, $2, $3, $4, $5 FROM next
       RETURNING seq, created_at`,
      [event.hubId, event.type, event.actorId, event.entityId, JSON.stringify(event.payload)],
    );
    const row = rows[0];
    if (!row) throw new Error(`hub ${event.hubId} vanished inside its own transaction`);
    const dto: HubEventDto = { ...event, seq: Number(row.seq), createdAt: row.created_at.toISOString() };
    this.events.push(dto);
    return dto;
  }
}

@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: HubEventBus,
  ) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let tx!: Tx;
    const result = await this.dataSource.transaction(async (manager) => {
      tx = new Tx(manager);
      return work(tx);
    });
    this.bus.publish(tx.events);
    return result;
  }
}
