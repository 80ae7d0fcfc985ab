import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSTITUENCIES,
  GOAL_HEALTHS,
  MAJORITY_RULES,
  PACK_CHANGE_GROUPS,
  RESOLUTION_STATUSES,
  SEAT_KINDS,
  TALLY_STATUSES,
  VOTE_CHOICES,
  type Constituency,
  type MajorityRule,
  type PackChangeGroup,
  type ResolutionStatus,
  type SeatKind,
  type TallyStatus,
  type VoteChoice,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';
import { GoalRollUpDto } from '../goals/roll-up.dto';
import { OrganizationRefDto } from '../organizations/organizations.dto';

export class CreateSeatDto {
  @ApiProperty({ example: 'Donor governments', minLength: 1, maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ enum: SEAT_KINDS })
  @IsIn(SEAT_KINDS)
  kind!: SeatKind;

  @ApiProperty({ enum: CONSTITUENCIES })
  @IsIn(CONSTITUENCIES)
  constituency!: Constituency;

  @ApiProperty({ format: 'uuid', description: 'An active board member of the hub' })
  @IsUUID()
  holderMemberId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Another active board member' })
  @IsOptional()
  @IsUUID()
  alternateMemberId?: string | null;
}

export class UpdateSeatDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ enum: SEAT_KINDS })
  @OptionalNotNull()
  @IsIn(SEAT_KINDS)
  kind?: SeatKind;

  @ApiPropertyOptional({ enum: CONSTITUENCIES })
  @OptionalNotNull()
  @IsIn(CONSTITUENCIES)
  constituency?: Constituency;

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID()
  holderMemberId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  alternateMemberId?: string | null;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version this edit is based on' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class BoardRulesInputDto implements api.BoardRulesDto {
  @ApiProperty({ minimum: 0.01, maximum: 1, example: 0.5, description: 'Share of the seats that must vote' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1)
  quorum!: number;

  @ApiProperty({ enum: MAJORITY_RULES })
  @IsIn(MAJORITY_RULES)
  majority!: MajorityRule;
}

export class ProposeResolutionDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ minLength: 1, maxLength: 20000, description: 'The motion put to the vote' })
  @IsString()
  @Length(1, 20000)
  motion!: string;

  @ApiProperty({ format: 'date-time', description: 'When voting ends; within a year' })
  @IsDateString({ strict: true })
  deadline!: string;
}

export class ScheduleReviewDto {
  @ApiProperty({ example: 'Q3 board review', minLength: 1, maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ format: 'date-time', description: 'When the board meets' })
  @IsDateString({ strict: true })
  scheduledFor!: string;
}

export class CastVoteDto {
  @ApiProperty({ enum: VOTE_CHOICES })
  @IsIn(VOTE_CHOICES)
  choice!: VoteChoice;

  @ApiPropertyOptional({ format: 'uuid', description: 'The seat voted for; needed only by someone on several seats' })
  @IsOptional()
  @IsUUID()
  seatId?: string;
}

export class ResolutionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RESOLUTION_STATUSES })
  @IsOptional()
  @IsIn(RESOLUTION_STATUSES)
  status?: ResolutionStatus;
}

export class SeatPersonDto implements api.SeatPersonDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
}

export class BoardSeatDto implements api.BoardSeatDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SEAT_KINDS }) kind!: SeatKind;
  @ApiProperty({ enum: CONSTITUENCIES }) constituency!: Constituency;
  @ApiProperty({ type: SeatPersonDto }) holder!: SeatPersonDto;
  @ApiProperty({ type: SeatPersonDto, nullable: true }) alternate!: SeatPersonDto | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class BoardRulesDto implements api.BoardRulesDto {
  @ApiProperty() quorum!: number;
  @ApiProperty({ enum: MAJORITY_RULES }) majority!: MajorityRule;
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;
/** How many seats each constituency holds. */
export class ConstituencyCountsDto implements Record<Constituency, number> {
  @ApiProperty() public!: number;
  @ApiProperty() private!: number;
  @ApiProperty() civic!: number;
  @ApiProperty() hub!: number;
}

export class BoardCompositionDto implements api.BoardCompositionDto {
  @ApiProperty({ type: [BoardSeatDto] }) seats!: BoardSeatDto[];
  @ApiProperty({ type: BoardRulesDto }) rules!: BoardRulesDto;
  @ApiProperty({ type: ConstituencyCountsDto }) byConstituency!: ConstituencyCountsDto;
  @ApiProperty(COUNTS) bySector!: Record<string, number>;
}

export class TallyDto implements api.TallyDto {
  @ApiProperty() seats!: number;
  @ApiProperty() voted!: number;
  @ApiProperty() for!: number;
  @ApiProperty() against!: number;
  @ApiProperty() abstain!: number;
  @ApiProperty({ description: 'The quorum as a number of seats' }) quorumSeats!: number;
  @ApiProperty() quorumMet!: boolean;
  @ApiProperty({ description: 'Among the votes for or against; decides nothing until quorum is met' })
  majorityMet!: boolean;
  @ApiProperty({ enum: TALLY_STATUSES, description: 'Undecided until quorum is met; then passed or rejected' })
  status!: TallyStatus;
}

export class SeatSnapshotDto implements api.SeatSnapshotDto {
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SEAT_KINDS }) kind!: SeatKind;
  @ApiProperty({ enum: CONSTITUENCIES }) constituency!: Constituency;
}

export class ClosingSeatDto extends SeatSnapshotDto implements api.ClosingSeatDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class VoterOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class VoterDto implements api.VoterDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: VoterOrganizationDto, description: 'The organization the voter represented' })
  organization!: VoterOrganizationDto;
}

export class VoteRecordDto implements api.VoteRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null once the seat was removed' })
  seatId!: string | null;
  @ApiProperty({ type: SeatSnapshotDto, description: 'The seat as it was when the vote was cast' })
  seat!: SeatSnapshotDto;
  @ApiProperty({ type: VoterDto, description: 'The voter as they were when they cast it' }) voter!: VoterDto;
  @ApiProperty({ enum: ['holder', 'alternate'] }) castBy!: 'holder' | 'alternate';
  @ApiProperty({ enum: VOTE_CHOICES }) choice!: VoteChoice;
  @ApiProperty({ format: 'date-time' }) castAt!: string;
  @ApiProperty({ description: 'Whether it is the vote counted for its seat; frozen at the close' }) counts!: boolean;
}

export class ResolutionDto implements api.ResolutionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() motion!: string;
  @ApiProperty({ enum: RESOLUTION_STATUSES }) status!: ResolutionStatus;
  @ApiProperty({ type: BoardRulesDto }) rules!: BoardRulesDto;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) proposedById!: string | null;
  @ApiProperty({ type: TallyDto, description: 'Live while open; once closed, the tally frozen at the close' })
  tally!: TallyDto;
  @ApiProperty({
    type: [ClosingSeatDto],
    nullable: true,
    description: 'The seats counted at the close; null while open',
  })
  closingSeats!: ClosingSeatDto[] | null;
  @ApiProperty({ type: [VoteRecordDto], description: 'Every vote cast, oldest first' }) votes!: VoteRecordDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ResolutionsPageDto {
  @ApiProperty({ type: [ResolutionDto] }) items!: ResolutionDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class BoardPackGoalDto implements api.BoardPackGoalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() target!: number;
  @ApiProperty() progress!: number;
  @ApiProperty({ enum: GOAL_HEALTHS }) health!: api.BoardPackGoalDto['health'];
  @ApiProperty({ enum: GOAL_HEALTHS, nullable: true }) previousHealth!: api.BoardPackGoalDto['previousHealth'];
  @ApiProperty({ nullable: true, type: Number }) latestValue!: number | null;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: { observedAt: { type: 'string' }, value: { type: 'number' } },
      required: ['observedAt', 'value'],
    },
  })
  trend!: { observedAt: string; value: number }[];
  @ApiPropertyOptional({
    type: GoalRollUpDto,
    nullable: true,
    description: 'What member hubs contribute, for a goal that rolls them up; absent in packs frozen before roll-ups',
  })
  rollUp?: GoalRollUpDto | null;
}

export class BoardPackTaskDto implements api.BoardPackTaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() priority!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) assigneeOrganizationName!: string | null;
  @ApiProperty({ enum: ['blocked', 'overdue', 'urgent'] }) reason!: api.BoardPackTaskDto['reason'];
}

export class PackDigestDto {
  @ApiProperty() cadence!: string;
  @ApiProperty() periodKey!: string;
  @ApiProperty() subject!: string;
}

export class PackResolutionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
}

export class PackChangeGroupDto implements api.PackChangeGroupDto {
  @ApiProperty({ enum: Object.keys(PACK_CHANGE_GROUPS) }) group!: PackChangeGroup;
  @ApiProperty({ example: 'Tasks' }) title!: string;
  @ApiProperty({ example: '23 moved, 6 done, 4 created' }) summary!: string;
}

export class BoardPackDto implements api.BoardPackDto {
  @ApiProperty({ format: 'date-time' }) periodStart!: string;
  @ApiProperty({ format: 'date-time' }) periodEnd!: string;
  @ApiProperty({ type: [BoardPackGoalDto] }) goals!: BoardPackGoalDto[];
  @ApiProperty({ ...COUNTS, description: "The period's events by type" }) changes!: api.BoardPackDto['changes'];
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'Tasks marked done in the period; null in packs frozen before they were counted',
  })
  tasksDone!: number | null;
  @ApiProperty({ type: [PackChangeGroupDto], description: "The period's changes grouped by what they mean" })
  whatChanged!: PackChangeGroupDto[];
  @ApiProperty({ type: [BoardPackTaskDto] }) keyTasks!: BoardPackTaskDto[];
  @ApiProperty({ type: [PackDigestDto] }) digests!: PackDigestDto[];
  @ApiProperty({ type: [PackResolutionDto] }) resolutions!: PackResolutionDto[];
}

export class BoardReviewDto implements api.BoardReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) scheduledFor!: string;
  @ApiProperty({ type: BoardPackDto }) pack!: BoardPackDto;
  @ApiProperty() readByMe!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PackReaderDto implements api.PackReaderDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
}

export class QueuedPackDto {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty({ format: 'uuid' }) reviewId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) scheduledFor!: string;
}

export class QueuedVoteDto {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty({ format: 'uuid' }) resolutionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ format: 'uuid' }) seatId!: string;
}

export class BoardQueueDto implements api.BoardQueueDto {
  @ApiProperty({ type: [QueuedPackDto] }) packsToRead!: QueuedPackDto[];
  @ApiProperty({ type: [QueuedVoteDto] }) votesToCast!: QueuedVoteDto[];
}
