import { ApiProperty } from '@nestjs/swagger';
import {
  TASK_PRIORITIES,
  TASK_STATUSES,
  type MyWorkDto as MyWorkContract,
  type MyWorkMeasurementDto as MyWorkMeasurementContract,
  type MyWorkProposalDto as MyWorkProposalContract,
  type MyWorkTaskDto as MyWorkTaskContract,
  type MyWorkVoteDto as MyWorkVoteContract,
  type TaskPriority,
  type TaskStatus,
} from '@hubspoke/contracts';

export class MyWorkTaskDto implements MyWorkTaskContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: TASK_PRIORITIES }) priority!: TaskPriority;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'Assigned to me by name (else to my organization)' }) assignedToMe!: boolean;
}

export class MyWorkMeasurementDto implements MyWorkMeasurementContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty() goalTitle!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty() value!: number;
  @ApiProperty() unit!: string;
  @ApiProperty({ format: 'date-time' }) observedAt!: string;
}

export class MyWorkVoteDto implements MyWorkVoteContract {
  @ApiProperty({ format: 'uuid' }) resolutionId!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
}

export class MyWorkProposalDto implements MyWorkProposalContract {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() challengeTitle!: string;
}

export class MyWorkDto implements MyWorkContract {
  @ApiProperty({
    type: [MyWorkTaskDto],
    description: 'Open tasks assigned to me or my organization, soonest due first',
  })
  tasks!: MyWorkTaskDto[];
  @ApiProperty({ type: [MyWorkMeasurementDto], description: 'In the hubs whose secretariat I am in, oldest first' })
  measurementsToVerify!: MyWorkMeasurementDto[];
  @ApiProperty({
    type: [MyWorkVoteDto],
    description: 'Open resolutions my seat has not voted on, nearest deadline first',
  })
  votesToCast!: MyWorkVoteDto[];
  @ApiProperty({ type: [MyWorkProposalDto], description: 'Proposals assigned to me in peer review, not yet scored' })
  proposalsToScore!: MyWorkProposalDto[];
}
