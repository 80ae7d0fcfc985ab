import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSTITUENCIES,
  MAJORITY_RULES,
  RESOLUTION_STATUSES,
  SEAT_KINDS,
  VOTE_CHOICES,
  type Constituency,
  type MajorityRule,
  type ResolutionStatus,
  type SeatKind,
  type VoteChoice,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';
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

  @ApiProperty({ minimum: 1, description: 'The version this edit is based on' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class VersionQuery {
  @ApiProperty({ type: 'integer', minimum: 1 })
  @Type(() => Number)
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

export class BoardCompositionDto implements api.BoardCompositionDto {
  @ApiProperty({ type: [BoardSeatDto] }) seats!: BoardSeatDto[];
  @ApiProperty({ type: BoardRulesDto }) rules!: BoardRulesDto;
  @ApiProperty(COUNTS) byConstituency!: Record<Constituency, number>;
  @ApiProperty(COUNTS) bySector!: Record<string, number>;
}

export class TallyDto implements api.TallyDto {
  @ApiProperty() seats!: number;
  @ApiProperty() voted!: number;
  @ApiProperty() for!: number;
  @ApiProperty() against!: number;
  @ApiProperty() abstain!: number;
  @ApiProperty() quorumMet!: boolean;
  @ApiProperty() majorityMet!: boolean;
}

export class SeatVoteDto implements api.SeatVoteDto {
  @ApiProperty({ format: 'uuid' }) seatId!: string;
  @ApiProperty({ enum: VOTE_CHOICES }) choice!: VoteChoice;
  @ApiProperty({ enum: ['holder', 'alternate'] }) castBy!: 'holder' | 'alternate';
  @ApiProperty({ format: 'date-time' }) castAt!: string;
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
  @ApiProperty({ type: TallyDto }) tally!: TallyDto;
  @ApiProperty({ type: [SeatVoteDto] }) votes!: SeatVoteDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ResolutionsPageDto {
  @ApiProperty({ type: [ResolutionDto] }) items!: ResolutionDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
