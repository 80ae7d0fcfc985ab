import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Digest } from './digest.entity';
import { DELIVERY_STATUSES, DIGEST_CHANNELS, type DeliveryStatus, type DigestChannel } from '@hubspoke/contracts';

/** A digest sent on one channel: one row per digest and channel, marked delivered once. */
@Entity()
@Index(['digestId', 'channel'], { unique: true })
@Index(['status'], { where: `"status" <> 'delivered'` })
export class DigestDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  digestId!: string;

  @ManyToOne(() => Digest, { onDelete: 'CASCADE' })
  digest?: Digest;

  @Column({ type: 'enum', enum: DIGEST_CHANNELS, enumName: 'digest_channel' })
  channel!: DigestChannel;

  @Column({ type: 'enum', enum: DELIVERY_STATUSES, enumName: 'delivery_status', default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
