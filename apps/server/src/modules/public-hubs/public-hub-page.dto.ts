import { ApiProperty } from '@nestjs/swagger';
import {
  CONSTITUENCIES,
  SECTORS,
  SEAT_KINDS,
  type Constituency,
  type PublicResolutionDto as PublicResolutionContract,
  type SeatKind,
  type Sector,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { ConstituencyCountsDto } from '../board/board.dto';
import { PublicGoalDto, PublicMeasurementDto, PublicOrganizationDto } from '../goals/public-goal.dto';
import { SdgTargetRefDto } from '../overview/overview.dto';
import { HubRatingDto } from '../ratings/ratings.dto';

export class PublicHubInfoDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mission!: string;
  @ApiProperty({ type: [Number], example: [3] }) sdgs!: number[];
  @ApiProperty({ type: [SdgTargetRefDto] }) sdgTargets!: SdgTargetRefDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PublicSectorOrganizationDto extends PublicOrganizationDto {
  @ApiProperty({ nullable: true, type: String }) shortName!: string | null;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
}

export class PublicSectorDto implements api.PublicSectorDto {
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ type: [PublicSectorOrganizationDto] }) organizations!: PublicSectorOrganizationDto[];
}

export class PublicSeatOrganizationDto extends PublicOrganizationDto {
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
}

export class PublicSeatDto implements api.PublicSeatDto {
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SEAT_KINDS }) kind!: SeatKind;
  @ApiProperty({ enum: CONSTITUENCIES }) constituency!: Constituency;
  @ApiProperty({ type: PublicSeatOrganizationDto, description: "The holder's organization" })
  organization!: PublicSeatOrganizationDto;
}

export class PublicBoardDto implements api.PublicBoardDto {
  @ApiProperty({ type: [PublicSeatDto] }) seats!: PublicSeatDto[];
  @ApiProperty({ type: ConstituencyCountsDto }) byConstituency!: ConstituencyCountsDto;
}

export class PublicTallyDto {
  @ApiProperty() seats!: number;
  @ApiProperty() voted!: number;
  @ApiProperty() for!: number;
  @ApiProperty() against!: number;
  @ApiProperty() abstain!: number;
}

export class PublicResolutionDto implements PublicResolutionContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() motion!: string;
  @ApiProperty({ enum: ['passed', 'rejected'] }) status!: PublicResolutionContract['status'];
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
  @ApiProperty({ type: PublicTallyDto, description: 'Frozen at the close' }) tally!: PublicTallyDto;
}

export class PublicHubMeasurementDto extends PublicMeasurementDto implements api.PublicHubMeasurementDto {
  @ApiProperty() goalTitle!: string;
  @ApiProperty() unit!: string;
}

export class PublicHubPageDto implements api.PublicHubPageDto {
  @ApiProperty({ type: PublicHubInfoDto }) hub!: PublicHubInfoDto;
  @ApiProperty({ type: [PublicGoalDto] }) goals!: PublicGoalDto[];
  @ApiProperty({ type: [PublicSectorDto], description: 'The organizations among its active members, by sector' })
  members!: PublicSectorDto[];
  @ApiProperty({ type: PublicBoardDto }) board!: PublicBoardDto;
  @ApiProperty({ type: [HubRatingDto], description: 'Over all goals first, then per SDG, each explained' })
  ratings!: HubRatingDto[];
  @ApiProperty({ type: [PublicResolutionDto], description: 'Passed and rejected resolutions, latest first' })
  resolutions!: PublicResolutionDto[];
  @ApiProperty({ type: [PublicHubMeasurementDto], description: 'The latest 10 verified measurements, newest first' })
  recentMeasurements!: PublicHubMeasurementDto[];
}
