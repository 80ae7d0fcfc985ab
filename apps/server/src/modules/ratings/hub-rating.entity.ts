import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';
import type { RatingComponentDto } from '@hubspoke/contracts';

/** A hub's latest rating in one scope: 0 for all its goals, 1..17 for the goals of one SDG. */
@Entity()
@Index(['sdg', 'score'])
export class HubRating {
  @PrimaryColumn({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @PrimaryColumn({ type: 'smallint' })
  sdg!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'int' })
  goals!: number;

  @Column({ type: 'jsonb' })
  components!: RatingComponentDto[];

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
