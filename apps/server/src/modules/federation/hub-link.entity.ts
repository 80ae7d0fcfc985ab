import { HUB_LINK_STATUSES, type HubLinkStatus } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';

/** The child hub as a member spoke of the parent hub, once both secretariats consented. */
@Entity()
// one open (pending or active) link per pair of hubs
@Index(['parentHubId', 'childHubId'], { unique: true, where: `"status" IN ('pending', 'active')` })
@Index(['childHubId', 'status'])
export class HubLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  parentHubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  parentHub?: Hub;

  @Column({ type: 'uuid' })
  childHubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  childHub?: Hub;

  @Column({ type: 'enum', enum: HUB_LINK_STATUSES, enumName: 'hub_link_status' })
  status!: HubLinkStatus;

  /** The side whose secretariat asked: the parent or the child. */
  @Column({ type: 'uuid' })
  requestedByHubId!: string;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  requestedBy?: User;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  decidedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
