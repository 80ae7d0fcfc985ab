import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from '../organizations/organization.entity';
import { Challenge } from './challenge.entity';
import { Proposal } from './proposal.entity';

/** A person in a challenge's reviewer pool, with the organization they are from (for conflicts of interest). */
@Entity()
export class ChallengeReviewer {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => Challenge, { onDelete: 'CASCADE' })
  challenge?: Challenge;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;
}

/** A reviewer assigned to a proposal. */
@Entity()
@Index(['reviewerId'])
export class ReviewAssignment {
  @PrimaryColumn({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  proposal?: Proposal;

  @PrimaryColumn({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  reviewer?: User;
}

/** A reviewer's score of one criterion of a proposal, with a comment. */
@Entity()
@Check(`"score" BETWEEN 1 AND 5`)
export class ProposalScore {
  @PrimaryColumn({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  proposal?: Proposal;

  @PrimaryColumn({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  reviewer?: User;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  criterionId!: string;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
