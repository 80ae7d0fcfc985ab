import { MAJORITY_RULES, type MajorityRule } from '@hubspoke/contracts';
import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';

/** How a hub's board decides; a hub without a row decides by the defaults (half the seats, simple majority). */
@Entity()
@Check(`"quorum" > 0 AND "quorum" <= 1`)
export class BoardRules {
  @PrimaryColumn({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'double precision' })
  quorum!: number;

  @Column({ type: 'enum', enum: MAJORITY_RULES, enumName: 'board_majority' })
  majority!: MajorityRule;
}

export const DEFAULT_BOARD_RULES = { quorum: 0.5, majority: 'simple' } as const;
