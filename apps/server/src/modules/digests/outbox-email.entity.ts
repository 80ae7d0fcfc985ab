import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { DigestDelivery } from './digest-delivery.entity';

/**
 * An email kept locally because no SMTP_URL is set: a digest's (written in the transaction that marks its delivery
 * done) or an account email's (verification, password reset, membership news).
 */
@Entity()
@Index(['userId', 'createdAt', 'id'])
@Index(['createdAt', 'id'])
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The digest delivery it belongs to; null for account emails. */
  @Column({ type: 'uuid', unique: true, nullable: true })
  deliveryId!: string | null;

  @ManyToOne(() => DigestDelivery, { onDelete: 'CASCADE' })
  delivery?: DigestDelivery;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
