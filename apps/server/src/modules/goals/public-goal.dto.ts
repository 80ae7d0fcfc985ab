import { ApiProperty } from '@nestjs/swagger';
import { GOAL_DIRECTIONS, GOAL_HEALTHS, type GoalDirection, type GoalHealth } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { GoalTrendPointDto } from '../overview/overview.dto';

export class PublicOrganizationDto implements api.PublicOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PublicIndicatorRefDto {
  @ApiProperty({ example: '3.b.1' }) code!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The official name; null for a code the catalog lacks' })
  title!: string | null;
}

export class PublicMetricRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PublicGoalDto implements api.PublicGoalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: PublicIndicatorRefDto, nullable: true }) indicator!: PublicIndicatorRefDto | null;
  @ApiProperty({ type: PublicMetricRefDto, nullable: true, description: 'The custom metric, for a goal without one' })
  metric!: PublicMetricRefDto | null;
  @ApiProperty() unit!: string;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ enum: GOAL_DIRECTIONS }) direction!: GoalDirection;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ type: PublicOrganizationDto }) ownerOrganization!: PublicOrganizationDto;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'From verified measurements only, to hundredths' })
  progress!: number;
  @ApiProperty({ enum: GOAL_HEALTHS }) health!: GoalHealth;
  @ApiProperty({ nullable: true, type: Number }) latestValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) latestObservedAt!: string | null;
  @ApiProperty({ type: [GoalTrendPointDto], description: 'The last 12 verified values, oldest first' })
  trend!: GoalTrendPointDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) childIds!: string[];
}

export class PublicGoalPageDto {
  @ApiProperty({ type: [PublicGoalDto] }) items!: PublicGoalDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class PublicMeasurementDto implements api.PublicMeasurementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ format: 'date-time' }) observedAt!: string;
  @ApiProperty({ format: 'date-time' }) verifiedAt!: string;
  @ApiProperty({ nullable: true, type: String }) evidenceUrl!: string | null;
  @ApiProperty({ type: PublicOrganizationDto }) reportedByOrganization!: PublicOrganizationDto;
}

export class PublicMeasurementPageDto {
  @ApiProperty({ type: [PublicMeasurementDto], description: 'Verified measurements only, newest observation first' })
  items!: PublicMeasurementDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
