import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  CHALLENGE_STAGE_KINDS,
  PROPOSAL_STATUSES,
  type ChallengeStageKind,
  type ProposalStatus,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trimmed } from '../../infra/http/dto-helpers';
import { OrganizationRefDto } from '../organizations/organizations.dto';
import { SDG_INDICATOR_CODE } from '../sdg/sdg-codes';
import { SDG_TARGET_CODES } from '../sdg/sdg-framework';

const AMOUNT = 1e12;

export class PrizeDto {
  @ApiProperty({ minimum: 0, maximum: AMOUNT, example: 5_000_000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(AMOUNT)
  amount!: number;

  @ApiProperty({ example: 'USD' })
  @IsISO4217CurrencyCode()
  currency!: string;
}

export class ChallengeStageDto implements api.ChallengeStageDto {
  @ApiProperty({ enum: CHALLENGE_STAGE_KINDS }) @IsIn(CHALLENGE_STAGE_KINDS) kind!: ChallengeStageKind;
  @ApiProperty({ format: 'date-time' }) @IsDateString({ strict: true }) deadline!: string;
}

export class RubricBandDto implements api.RubricBandDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) score!: number;
  @ApiProperty({ maxLength: 1000 }) @IsString() @Length(1, 1000) description!: string;
}

export class RubricCriterionDto implements api.RubricCriterionDto {
  @ApiProperty({ example: 'impact', pattern: '^[a-z][a-z0-9_]{0,39}$' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'id must be a short lower-case key such as impact' })
  id!: string;

  @ApiProperty({ maxLength: 200 }) @Trimmed() @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) description!: string;
  @ApiProperty({ minimum: 0.01, maximum: 1 }) @IsNumber({ allowNaN: false }) @Min(0.01) @Max(1) weight!: number;

  @ApiProperty({ type: [RubricBandDto], minItems: 1, maxItems: 5 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RubricBandDto)
  bands!: RubricBandDto[];
}

export class CreateChallengeDto {
  @ApiProperty({ maxLength: 200 }) @Trimmed() @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ maxLength: 20000 }) @IsString() @Length(1, 20000) description!: string;
  @ApiProperty({ format: 'uuid', description: 'The funder organization' }) @IsUUID() funderOrganizationId!: string;

  @ApiProperty({ type: [String], example: ['3.b'], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(SDG_TARGET_CODES, { each: true })
  sdgTargets!: string[];

  @ApiProperty({ type: PrizeDto }) @ValidateNested() @Type(() => PrizeDto) prize!: PrizeDto;

  @ApiProperty({ type: [ChallengeStageDto], description: 'All five stages, in order, with rising deadlines' })
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ChallengeStageDto)
  stages!: ChallengeStageDto[];

  @ApiProperty({ type: [RubricCriterionDto], minItems: 1, maxItems: 12, description: 'Weights add up to 1' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric!: RubricCriterionDto[];
}

export class ProposalGoalInputDto implements api.ProposalGoalDto {
  @ApiProperty({ maxLength: 200 }) @Trimmed() @IsString() @Length(1, 200) title!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '3.b.1' })
  @IsOptional()
  @Matches(SDG_INDICATOR_CODE, { message: 'indicatorCode must be an SDG indicator code such as 3.b.1' })
  indicatorCode!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customMetricId!: string | null;

  @ApiProperty({ maxLength: 40 }) @Trimmed() @IsString() @Length(1, 40) unit!: string;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-AMOUNT) @Max(AMOUNT) baseline!: number;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-AMOUNT) @Max(AMOUNT) target!: number;
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) @Length(10, 10) dueDate!: string;
}

/** A proposal's goal as the api answers it: both references always there, null when unused. */
export class ProposalGoalDto
  extends OmitType(ProposalGoalInputDto, ['indicatorCode', 'customMetricId'] as const)
  implements api.ProposalGoalDto
{
  @ApiProperty({ nullable: true, type: String, example: '3.b.1' }) indicatorCode!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) customMetricId!: string | null;
}

export class ProposalMemberInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId!: string;
  @ApiProperty({ format: 'email' }) @IsEmail() @MaxLength(254) email!: string;
}

export class SubmitProposalDto {
  @ApiProperty({ maxLength: 200 }) @Trimmed() @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ maxLength: 20000 }) @IsString() @Length(1, 20000) problem!: string;
  @ApiProperty({ maxLength: 20000 }) @IsString() @Length(1, 20000) approach!: string;

  @ApiProperty({ minimum: 0, maximum: AMOUNT })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(AMOUNT)
  budget!: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The proposing hub (you are its secretariat); omit for a coalition',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID() leadOrganizationId!: string;

  @ApiProperty({ type: [ProposalMemberInputDto], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProposalMemberInputDto)
  team!: ProposalMemberInputDto[];

  @ApiProperty({ type: [ProposalGoalInputDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProposalGoalInputDto)
  goals!: ProposalGoalInputDto[];
}

export class EligibilityDto {
  @ApiProperty({ description: 'The administrative review: eligible or not' }) @IsBoolean() eligible!: boolean;
}

export class AddReviewerDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId!: string;
  @ApiProperty({ format: 'uuid', description: 'The organization the reviewer is from' })
  @IsUUID()
  organizationId!: string;
}

export class AssignReviewersDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  perProposal?: number;
}

export class CriterionScoreDto implements api.CriterionScoreDto {
  @ApiProperty() @IsString() @MaxLength(40) criterionId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) score!: number;
  @ApiProperty({ maxLength: 5000 }) @IsString() @MaxLength(5000) comment!: string;
}

export class ScoreProposalDto {
  @ApiProperty({ type: [CriterionScoreDto], minItems: 1, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];
}

export class ShortlistDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  proposalIds!: string[];
}

export class PrizeOutDto {
  @ApiProperty() amount!: number;
  @ApiProperty() currency!: string;
}

export class ChallengeDto implements api.ChallengeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: OrganizationRefDto }) funder!: OrganizationRefDto;
  @ApiProperty({ type: [String] }) sdgTargets!: string[];
  @ApiProperty({ type: PrizeOutDto }) prize!: PrizeOutDto;
  @ApiProperty({ type: [ChallengeStageDto] }) stages!: ChallengeStageDto[];
  @ApiProperty({ enum: CHALLENGE_STAGE_KINDS, nullable: true }) currentStage!: ChallengeStageKind | null;
  @ApiProperty({ type: [RubricCriterionDto] }) rubric!: RubricCriterionDto[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdById!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProposalMemberDto implements api.ProposalMemberDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty() email!: string;
}

export class ProposalDto implements api.ProposalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() problem!: string;
  @ApiProperty() approach!: string;
  @ApiProperty() budget!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) hubId!: string | null;
  @ApiProperty({ type: OrganizationRefDto }) lead!: OrganizationRefDto;
  @ApiProperty({ type: [ProposalMemberDto] }) team!: ProposalMemberDto[];
  @ApiProperty({ type: [ProposalGoalDto] }) goals!: ProposalGoalDto[];
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) submittedById!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) awardedHubId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReviewAssignmentDto extends ProposalDto implements api.ReviewAssignmentDto {
  @ApiProperty({
    type: [CriterionScoreDto],
    description: 'Your own score and comment of each criterion you scored, in the rubric’s order',
  })
  myScores!: CriterionScoreDto[];
  @ApiProperty({ description: 'Whether you have scored every criterion of the rubric' }) scored!: boolean;
  @ApiProperty({ description: 'Whether you turned out to be part of the proposal since the assignment: no scoring' })
  conflicted!: boolean;
}

export class RankedProposalRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiProperty({ type: OrganizationRefDto }) lead!: OrganizationRefDto;
}

export class RankedProposalDto implements api.RankedProposalDto {
  @ApiProperty() rank!: number;
  @ApiProperty({ type: RankedProposalRefDto }) proposal!: RankedProposalRefDto;
  @ApiProperty() normalizedScore!: number;
  @ApiProperty() rawScore!: number;
  @ApiProperty() reviews!: number;
}

export class AwardInvitationDto {
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ description: 'Shown once: send it to the invitee' }) inviteToken!: string;
}

export class AwardDto {
  @ApiProperty({ type: ProposalDto }) proposal!: ProposalDto;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ description: 'Whether the award created the hub (else it strengthened the proposing one)' })
  createdHub!: boolean;
  @ApiProperty({ type: [AwardInvitationDto] }) invitations!: AwardInvitationDto[];
}

export class ReviewerDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ description: 'Proposals of this challenge assigned to them' }) assigned!: number;
}
