import type { ChallengeStageDto, RubricCriterionDto } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';

/** A funder's challenge: a prize for measurable progress on SDG targets, in stages, judged by a weighted rubric. */
@Entity()
export class Challenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  funderOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'funder_organization_id' })
  funder?: Organization;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  sdgTargets!: string[];

  @Column({ type: 'double precision' })
  prizeAmount!: number;

  @Column({ type: 'char', length: 3 })
  prizeCurrency!: string;

  @Column({ type: 'jsonb' })
  stages!: ChallengeStageDto[];

  @Column({ type: 'jsonb' })
  rubric!: RubricCriterionDto[];

  /** Its manager: administers proposals, reviewers and the award. */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
