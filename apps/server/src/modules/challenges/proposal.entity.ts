import { PROPOSAL_STATUSES, type ProposalGoalDto, type ProposalStatus } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';
import { Organization } from '../organizations/organization.entity';
import { Challenge } from './challenge.entity';

export interface StoredTeamMember {
  organizationId: string;
  email: string;
}

/** A hub's, or a coalition's, proposal to a challenge. */
@Entity()
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => Challenge, { onDelete: 'CASCADE' })
  challenge?: Challenge;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  problem!: string;

  @Column({ type: 'text' })
  approach!: string;

  @Column({ type: 'double precision' })
  budget!: number;

  @Column({ type: 'uuid', nullable: true })
  hubId!: string | null;

  @ManyToOne(() => Hub, { onDelete: 'SET NULL' })
  hub?: Hub;

  @Column({ type: 'uuid' })
  leadOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organization_id' })
  lead?: Organization;

  @Column({ type: 'jsonb' })
  team!: StoredTeamMember[];

  @Column({ type: 'jsonb' })
  goals!: ProposalGoalDto[];

  @Column({ type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', default: 'submitted' })
  status!: ProposalStatus;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  awardedHubId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
