import { HUB_EVENT_TYPES, type HubEventType } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintToNumber } from '../../infra/database/transformers';
import { Hub } from '../hubs/hub.entity';

/** One change in a hub: the activity feed, the audit trail and the replay log. Keyed by (hubId, seq). */
@Entity()
@Index(['hubId', 'createdAt'])
@Index(['hubId', 'entityId', 'seq'])
export class HubEvent {
  @PrimaryColumn({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @PrimaryColumn({ type: 'bigint', transformer: bigintToNumber })
  seq!: number;

  @Column({ type: 'enum', enum: HUB_EVENT_TYPES, enumName: 'hub_event_type' })
  type!: HubEventType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
