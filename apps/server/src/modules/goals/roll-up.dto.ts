import { ApiProperty } from '@nestjs/swagger';
import {
  ROLL_UP_METHODS,
  type ChildContributionDto as ChildContributionContract,
  type GoalRollUpDto as GoalRollUpContract,
  type HubRefDto as HubRefContract,
  type RollUpMethod,
} from '@hubspoke/contracts';

export class HubRefDto implements HubRefContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ChildContributionDto implements ChildContributionContract {
  @ApiProperty({ type: HubRefDto }) childHub!: HubRefDto;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: "The mapped goal's latest verified value (its rolled-up value if it rolls up further), or null",
  })
  value!: number | null;
  @ApiProperty() weight!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reportedAt!: string | null;
}

export class GoalRollUpDto implements GoalRollUpContract {
  @ApiProperty({ enum: ROLL_UP_METHODS }) method!: RollUpMethod;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The method over the children that reported a verified value; null until one does',
  })
  value!: number | null;
  @ApiProperty() childCount!: number;
  @ApiProperty() reportedCount!: number;
  @ApiProperty({
    type: [ChildContributionDto],
    description:
      'The 20 children that move the value most (highest value × weight; for a minimum, the lowest values), ' +
      'unreported ones last; childCount says how many there are',
  })
  contributions!: ChildContributionDto[];
}
