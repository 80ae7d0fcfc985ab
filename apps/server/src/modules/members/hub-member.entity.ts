import { HUB_ROLES, MEMBER_STATUSES, type HubRole, type MemberStatus } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';
import { Organization } from '../organizations/organization.entity';

/** A person in a hub, representing an organization there, with a role. An invitation is a member with status `invited`. */
@Entity()
@Index(['hubId', 'userId'], { unique: true, where: `"status" <> 'removed' AND "user_id" IS NOT NULL` })
@Index(['hubId', 'inviteEmail'], { unique: true, where: `"status" = 'invited'` })
@Index(['userId', 'status'])
// a hub's members and spokes (the directory, public pages, their cache validators)
@Index(['hubId', 'status'])
export class HubMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  organization?: Organization;

  @Column({ type: 'enum', enum: HUB_ROLES, enumName: 'hub_role' })
  role!: HubRole;

  @Column({ type: 'enum', enum: MEMBER_STATUSES, enumName: 'member_status' })
  status!: MemberStatus;

  @Column({ type: 'varchar', length: 254, nullable: true })
  inviteEmail!: string | null;

  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  inviteTokenHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  inviteExpiresAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
