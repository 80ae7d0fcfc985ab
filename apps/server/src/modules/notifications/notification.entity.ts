import { NOTIFICATION_TYPES, type NotificationType } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';
import { bigintToNumber } from '../../infra/database/transformers';

/** An item of a user's inbox, made from one HubEvent (at most one per user and event). */
@Entity()
@Index(['userId', 'hubId', 'eventSeq'], { unique: true })
@Index(['userId', 'createdAt', 'id'])
@Index(['userId', 'createdAt', 'id'], { where: `"read_at" IS NULL` })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'enum', enum: NOTIFICATION_TYPES, enumName: 'notification_type' })
  type!: NotificationType;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** The seq of the HubEvent it was made from. */
  @Column({ type: 'bigint', transformer: bigintToNumber })
  eventSeq!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
