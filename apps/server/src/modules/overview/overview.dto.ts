import { ApiProperty } from '@nestjs/swagger';
import {
  TASK_STATUSES,
  type GoalTrendPoint,
  type HubOverviewDto as HubOverviewContract,
  type OverviewGoalDto as OverviewGoalContract,
  type OverviewTaskDto as OverviewTaskContract,
  type TaskStatus,
} from '@hubspoke/contracts';
import { GoalDto } from '../goals/goal.dto';

export class SdgTargetRefDto {
  @ApiProperty({ example: '3.b' }) code!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The official title; null for a code the catalog lacks' })
  title!: string | null;
}

export class OverviewHubDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mission!: string;
  @ApiProperty({ type: [Number], example: [3] }) sdgs!: number[];
  @ApiProperty({ type: [SdgTargetRefDto] }) sdgTargets!: SdgTargetRefDto[];
  @ApiProperty({ description: 'The seq of the latest event these numbers include' }) lastSeq!: number;
}

export class GoalTrendPointDto implements GoalTrendPoint {
  @ApiProperty({ format: 'date-time' }) observedAt!: string;
  @ApiProperty() value!: number;
}

export class OverviewGoalDto extends GoalDto implements OverviewGoalContract {
  @ApiProperty({ type: [GoalTrendPointDto], description: 'The last 12 verified values, oldest first' })
  trend!: GoalTrendPointDto[];
}

export class TaskCountsDto implements Record<TaskStatus, number> {
  @ApiProperty() todo!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() blocked!: number;
  @ApiProperty() done!: number;
}

export class OverviewTaskDto implements OverviewTaskContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assigneeOrganizationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) assigneeOrganizationName!: string | null;
}

export class HubOverviewDto implements HubOverviewContract {
  @ApiProperty({ type: OverviewHubDto }) hub!: OverviewHubDto;
  @ApiProperty({ type: [OverviewGoalDto] }) goals!: OverviewGoalDto[];
  @ApiProperty({ type: TaskCountsDto }) taskCounts!: TaskCountsDto;
  @ApiProperty({ description: 'Open tasks whose due date has passed (UTC)' }) overdueCount!: number;
  @ApiProperty({ type: [OverviewTaskDto], description: 'The 20 most overdue open tasks, most overdue first' })
  overdueTasks!: OverviewTaskDto[];
}
