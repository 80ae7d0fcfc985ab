import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  GOAL_DIRECTIONS,
  GOAL_LIMITS,
  GOAL_HEALTHS,
  ITEM_VISIBILITIES,
  ROLL_UP_METHODS,
  type ItemVisibility,
  type GoalDirection,
  type GoalDto as GoalContract,
  type GoalHealth,
  type RollUpMethod,
} from '@hubspoke/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';
import { SDG_INDICATOR_CODE } from '../sdg/sdg-codes';
import { VisibilityField } from '../working-groups/item-visibility';
import { GoalRollUpDto } from './roll-up.dto';
import { AMOUNT_LIMIT as AMOUNT, IsAmount, IsIsoDate } from './validators';

export class CreateGoalDto {
  @ApiProperty({ example: 'Raise DTP3 coverage in the region', minLength: 1, maxLength: GOAL_LIMITS.titleMax })
  @Trimmed()
  @IsString()
  @Length(1, GOAL_LIMITS.titleMax)
  title!: string;

  @ApiPropertyOptional({ maxLength: GOAL_LIMITS.descriptionMax, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(GOAL_LIMITS.descriptionMax)
  description?: string;

  @ApiPropertyOptional({
    example: '3.b.1',
    nullable: true,
    type: String,
    description: 'An indicator code from /api/sdg; null for a custom metric',
  })
  @IsOptional()
  @IsString()
  @Matches(SDG_INDICATOR_CODE, { message: 'indicatorCode must be an SDG indicator code such as 3.b.1' })
  indicatorCode?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "A custom metric of the catalog (this hub's or a public hub's); exclusive with indicatorCode",
  })
  @IsOptional()
  @IsUUID()
  customMetricId?: string | null;

  @ApiProperty({ example: '%', minLength: 1, maxLength: GOAL_LIMITS.unitMax })
  @Trimmed()
  @IsString()
  @Length(1, GOAL_LIMITS.unitMax)
  unit!: string;

  @ApiProperty({ example: 72, minimum: -AMOUNT, maximum: AMOUNT })
  @IsAmount()
  baseline!: number;

  @ApiProperty({ example: 90, minimum: -AMOUNT, maximum: AMOUNT, description: 'Must differ from baseline' })
  @IsAmount()
  target!: number;

  @ApiProperty({ enum: GOAL_DIRECTIONS, description: 'increase: target > baseline; decrease: target < baseline' })
  @IsIn(GOAL_DIRECTIONS)
  direction!: GoalDirection;

  @ApiProperty({ format: 'date', example: '2025-01-01' })
  @IsIsoDate()
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2027-12-31', description: 'After startDate' })
  @IsIsoDate()
  dueDate!: string;

  @ApiProperty({ format: 'uuid', description: "An organization among the hub's active members" })
  @IsUUID()
  ownerOrganizationId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A goal of the same hub' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({
    enum: ROLL_UP_METHODS,
    nullable: true,
    description: "Roll up the goals child hubs map to this one (their units must agree); null: this goal's own values",
  })
  @IsOptional()
  @IsIn(ROLL_UP_METHODS)
  rollUpMethod?: RollUpMethod | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An active working group of this hub; null takes it out of its group',
  })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @VisibilityField()
  visibility?: ItemVisibility;
}

/** Fields left out stay as they are; `indicatorCode`, `customMetricId` and `parentId` may be set to null. */
export class UpdateGoalDto extends PartialType(CreateGoalDto, { skipNullProperties: false }) {
  @ApiProperty({ minimum: 1, description: 'The version this edit is based on' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class GoalListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerOrganizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the children of this goal' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The goals of one working group' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;
}

export class GoalDto implements GoalContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String, example: '3.b.1' }) indicatorCode!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The SDG indicator's official name" })
  indicatorTitle!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) customMetricId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) workingGroupId!: string | null;
  @ApiProperty({ enum: ITEM_VISIBILITIES }) visibility!: ItemVisibility;
  @ApiProperty() unit!: string;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ enum: GOAL_DIRECTIONS }) direction!: GoalDirection;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ format: 'uuid' }) ownerOrganizationId!: string;
  @ApiProperty() ownerOrganizationName!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({
    minimum: 0,
    maximum: 100,
    description: "From verified measurements only, to hundredths; for a parent, the mean of its children's progress",
  })
  progress!: number;
  @ApiProperty({ enum: GOAL_HEALTHS, description: 'Against the straight line from baseline to target' })
  health!: GoalHealth;
  @ApiProperty({ nullable: true, type: Number, description: 'The latest verified value of this goal itself' })
  latestValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) latestObservedAt!: string | null;
  @ApiProperty() pendingVerificationCount!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) childIds!: string[];
  @ApiProperty({ enum: ROLL_UP_METHODS, nullable: true }) rollUpMethod!: RollUpMethod | null;
  @ApiProperty({ type: GoalRollUpDto, nullable: true }) rollUp!: GoalRollUpDto | null;
}

export class GoalPageDto {
  @ApiProperty({ type: [GoalDto] }) items!: GoalDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
