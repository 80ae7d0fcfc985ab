import { RELATIONSHIP_KINDS, type RelationshipKind } from '@hubspoke/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Organization } from '../organizations/organization.entity';

/** A declared tie between two organizations (`source` funds / is a member of / partners with / sits on `target`). */
@Entity()
@Unique(['sourceId', 'targetId', 'kind'])
@Check(`"source_id" <> "target_id"`)
@Check(`"weight" > 0`)
export class Relationship {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sourceId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  sourceOrganization?: Organization;

  @Index()
  @Column({ type: 'uuid' })
  targetId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  targetOrganization?: Organization;

  @Column({ type: 'enum', enum: RELATIONSHIP_KINDS, enumName: 'relationship_kind' })
  kind!: RelationshipKind;

  @Column({ type: 'double precision', default: 1 })
  weight!: number;

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  /** Where the tie is documented. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  source!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
