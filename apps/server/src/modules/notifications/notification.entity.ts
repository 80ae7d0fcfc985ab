import { NOTIFICATION_TYPES, type NotificationType } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';
import { bigintToNumber } from '../../infra/database/transformers';

export const EMAIL_STATUSES = ['pending', 'sent', 'skipped'] as const;
/** `pending` until the user's next batch email; `skipped` when it was read, or no longer to be emailed, by then. */
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * An item of a user's inbox: made from one HubEvent (at most one per user and event), from a moment (a vote closing:
 * at most one per user and `onceKey`), or from a challenge's change.
 */
@Entity()
@Index(['userId', 'hubId', 'eventSeq'], { unique: true })
@Index(['userId', 'onceKey'], { unique: true })
@Index(['userId', 'createdAt', 'id'])
@Index(['userId', 'createdAt', 'id'], { where: `"read_at" IS NULL` })
@Index(['userId', 'createdAt'], { where: `"email_status" = 'pending'` })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  /** The hub it is about; null for a challenge's. */
  @Column({ type: 'uuid', nullable: true })
  hubId!: string | null;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'enum', enum: NOTIFICATION_TYPES, enumName: 'notification_type' })
  type!: NotificationType;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** The seq of the HubEvent it was made from, if it was. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintToNumber })
  eventSeq!: number | null;

  /** What makes it once per user when it is not made from an event, e.g. `vote_closing:<resolution id>`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  onceKey!: string | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** Null when the user hears of this kind in the app only. */
  @Column({ type: 'enum', enum: EMAIL_STATUSES, enumName: 'notification_email_status', nullable: true })
  emailStatus!: EmailStatus | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
