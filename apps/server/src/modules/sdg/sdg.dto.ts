import { ApiProperty } from '@nestjs/swagger';
import {
  GOAL_DIRECTIONS,
  type GoalDirection,
  type SdgGoal,
  type SdgGoalSummary,
  type SdgIndicator,
  type SdgTarget,
  type SdgTargetSummary,
} from '@hubspoke/contracts';
import { Matches } from 'class-validator';
import { SDG_GOAL_CODE, SDG_INDICATOR_CODE, SDG_TARGET_CODE } from './sdg-codes';

export class SdgGoalParams {
  @ApiProperty({ example: '3', pattern: SDG_GOAL_CODE.source })
  @Matches(SDG_GOAL_CODE, { message: 'code must be a goal number such as 3' })
  code!: string;
}

export class SdgTargetParams {
  @ApiProperty({ example: '3.b', pattern: SDG_TARGET_CODE.source })
  @Matches(SDG_TARGET_CODE, { message: 'code must be a target code such as 3.b' })
  code!: string;
}

export class SdgIndicatorParams {
  @ApiProperty({ example: '3.b.1', pattern: SDG_INDICATOR_CODE.source })
  @Matches(SDG_INDICATOR_CODE, { message: 'code must be an indicator code such as 3.b.1' })
  code!: string;
}

export class SdgTargetSummaryDto implements SdgTargetSummary {
  @ApiProperty({ example: '3.b' }) code!: string;
  @ApiProperty() title!: string;
}

export class SdgGoalSummaryDto implements SdgGoalSummary {
  @ApiProperty({ example: '3' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Good health and well-being' }) shortTitle!: string;
  @ApiProperty({ type: [SdgTargetSummaryDto] }) targets!: SdgTargetSummaryDto[];
}

export class SdgIndicatorDto implements SdgIndicator {
  @ApiProperty({ example: '3.b.1' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'C030201' }) unsdCode!: string;
  @ApiProperty({ type: [String], description: 'Other codes under which the same indicator is listed' })
  alsoListedAs!: string[];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ example: '3.b' }) targetCode!: string;
  @ApiProperty({ example: '3' }) goalCode!: string;
  @ApiProperty({ type: String, nullable: true, example: '%', description: "The UN metadata's unit, when it is clear" })
  unit!: string | null;
  @ApiProperty({ enum: GOAL_DIRECTIONS, nullable: true, description: 'Which way is better, when the unit is known' })
  direction!: GoalDirection | null;
}

export class SdgTargetDto implements SdgTarget {
  @ApiProperty({ example: '3.b' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ example: '3' }) goalCode!: string;
  @ApiProperty({ type: [SdgIndicatorDto] }) indicators!: SdgIndicatorDto[];
}

export class SdgGoalDto implements SdgGoal {
  @ApiProperty({ example: '3' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Good health and well-being' }) shortTitle!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: [SdgTargetDto] }) targets!: SdgTargetDto[];
}
