import { ApiProperty, PickType } from '@nestjs/swagger';
import type * as api from '@hubspoke/contracts';
import { GoalTrendPointDto } from '../overview/overview.dto';
import { GoalDto } from './goal.dto';

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

/** The public fields of a goal (see PublicGoalDto in the contracts). */
export class PublicGoalDto
  extends PickType(GoalDto, [
    'id',
    'hubId',
    'parentId',
    'title',
    'description',
    'unit',
    'baseline',
    'target',
    'direction',
    'startDate',
    'dueDate',
    'progress',
    'health',
    'latestValue',
    'latestObservedAt',
    'childIds',
  ] as const)
  implements api.PublicGoalDto
{
  @ApiProperty({ type: PublicIndicatorRefDto, nullable: true }) indicator!: PublicIndicatorRefDto | null;
  @ApiProperty({ type: PublicMetricRefDto, nullable: true, description: 'The custom metric, for a goal without one' })
  metric!: PublicMetricRefDto | null;
  @ApiProperty({ type: PublicOrganizationDto }) ownerOrganization!: PublicOrganizationDto;
  @ApiProperty({ type: [GoalTrendPointDto], description: 'The last 12 verified values, oldest first' })
  trend!: GoalTrendPointDto[];
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
