import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HUB_LINK_STATUSES, ROLL_UP_METHODS, type HubLinkStatus, type RollUpMethod } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { HubRefDto } from '../goals/roll-up.dto';

/** Exactly one of the two: this hub asks to join a parent, or invites a child. */
export class RequestHubLinkDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Ask to join this hub as its member spoke' })
  @IsOptional()
  @IsUUID()
  parentHubId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Invite this hub to join as a member spoke' })
  @IsOptional()
  @IsUUID()
  childHubId?: string;
}

export class HubLinkDto implements api.HubLinkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: HubRefDto }) parentHub!: HubRefDto;
  @ApiProperty({ type: HubRefDto }) childHub!: HubRefDto;
  @ApiProperty({ enum: HUB_LINK_STATUSES }) status!: HubLinkStatus;
  @ApiProperty({ format: 'uuid', description: "The hub whose secretariat asked; the other side's decides" })
  requestedByHubId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endedAt!: string | null;
}

export class HubFederationDto implements api.HubFederationDto {
  @ApiProperty({ type: [HubLinkDto], description: 'The hubs this hub belongs to or asked to join (pending, active)' })
  parents!: HubLinkDto[];
  @ApiProperty({
    type: [HubLinkDto],
    description: 'The hubs that belong to this hub or were invited (pending, active)',
  })
  children!: HubLinkDto[];
}

export class MapGoalDto {
  @ApiProperty({ format: 'uuid', description: "A goal of an active parent hub's that rolls up; units must agree" })
  @IsUUID()
  parentGoalId!: string;

  @ApiPropertyOptional({ default: 1, minimum: 0.001, maximum: 1_000_000, description: 'For a weighted mean' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(1_000_000)
  weight?: number;
}

export class RollUpTargetDto implements api.RollUpTargetDto {
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ enum: ROLL_UP_METHODS }) method!: RollUpMethod;
  @ApiProperty({ type: HubRefDto }) hub!: HubRefDto;
}

export class GoalContributionDto implements api.GoalContributionDto {
  @ApiProperty({ format: 'uuid' }) childGoalId!: string;
  @ApiProperty({ format: 'uuid' }) parentGoalId!: string;
  @ApiProperty({ type: HubRefDto }) parentHub!: HubRefDto;
  @ApiProperty() weight!: number;
}

export class HubContributionsDto implements api.HubContributionsDto {
  @ApiProperty({ type: [RollUpTargetDto] }) targets!: RollUpTargetDto[];
  @ApiProperty({ type: [GoalContributionDto] }) contributions!: GoalContributionDto[];
}
