import {
  ORGANIZATION_JOIN_ROUTES,
  ORGANIZATION_MEMBER_STATUSES,
  ORGANIZATION_ROLES,
  type OrganizationJoinRoute,
  type OrganizationMemberStatus,
  type OrganizationRole,
} from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from './organization.entity';

/** A person's membership of an organization, from request to approval (or rejection, or removal): one row per pair. */
@Entity()
@Unique(['organizationId', 'userId'])
@Index(['userId', 'status'])
@Index(['organizationId', 'status', 'role'])
export class OrganizationMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'enum', enum: ORGANIZATION_ROLES, enumName: 'organization_role', default: 'member' })
  role!: OrganizationRole;

  @Column({ type: 'enum', enum: ORGANIZATION_MEMBER_STATUSES, enumName: 'organization_member_status' })
  status!: OrganizationMemberStatus;

  @Column({ type: 'enum', enum: ORGANIZATION_JOIN_ROUTES, enumName: 'organization_join_route' })
  joinedVia!: OrganizationJoinRoute;

  @Column({ type: 'varchar', length: 500, nullable: true })
  message!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;
}
