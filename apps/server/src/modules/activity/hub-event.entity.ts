import { HUB_EVENT_TYPES, type HubEventType } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../../infra/database/transformers';
import { Hub } from '../hubs/hub.entity';

/**
 * One change in a hub: the activity feed, the audit trail and the replay log. An event commits with its change and
 * without a seq; the hub's sequencer numbers it right after (see number_hub_events), so readers only see numbered
 * events, in seq order.
 */
@Entity()
@Index(['hubId', 'seq'], { unique: true })
@Index(['hubId', 'createdAt'])
@Index(['hubId', 'entityId', 'seq'])
@Index('IDX_hub_event_unnumbered', ['hubId'], { where: 'seq IS NULL' })
export class HubEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  /** The hub's sequence number; null from the commit until the sequencer numbers it. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintToNumber })
  seq!: number | null;

  @Column({ type: 'enum', enum: HUB_EVENT_TYPES, enumName: 'hub_event_type' })
  type!: HubEventType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  /** Set for an event about a group-only item: only this working group's readers see it; others a placeholder. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  /** The event took its hub-visible item out of the hub's sight (made it group-only). */
  @Column({ type: 'boolean', default: false })
  withdrawn!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
