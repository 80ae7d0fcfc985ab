import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';
import { DIGEST_CADENCES, type DigestCadence, type DigestChannel } from '@hubspoke/contracts';

/** A user's digest settings for one hub. Without a row, the role's defaults apply (digest-defaults.ts). */
@Entity()
@Index(['userId', 'hubId'], { unique: true })
export class DigestPreference {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Index()
  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'enum', enum: DIGEST_CADENCES, enumName: 'digest_cadence' })
  cadence!: DigestCadence;

  /** IANA zone, e.g. `Europe/Paris`. */
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  /** Local `HH:MM`. */
  @Column({ type: 'char', length: 5 })
  deliveryTime!: string;

  @Column({ type: 'text', array: true })
  channels!: DigestChannel[];

  /**
   * Set by the unsubscribe link of an email: the hub's digests are off and it sends no notification emails either,
   * until the user saves this hub's digest settings again.
   */
  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
