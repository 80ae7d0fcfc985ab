import { CreateDateColumn, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';
import { DIGEST_CADENCES, type ActiveCadence, type DigestContent } from '@hubspoke/contracts';

/** One user's digest of one hub for one period: at most one, whatever retries or duplicate schedules do. */
@Entity()
@Index(['hubId', 'userId', 'cadence', 'periodKey'], { unique: true })
@Index(['userId', 'createdAt', 'id'])
export class Digest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'enum', enum: DIGEST_CADENCES, enumName: 'digest_cadence' })
  cadence!: ActiveCadence;

  /** Names the period, e.g. its end `20261128T0700Z`, or `now-…` for one sent on demand. */
  @Column({ type: 'varchar', length: 40 })
  periodKey!: string;

  @Column({ type: 'timestamptz' })
  periodStart!: Date;

  @Column({ type: 'timestamptz' })
  periodEnd!: Date;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'jsonb' })
  content!: DigestContent;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
