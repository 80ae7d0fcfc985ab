import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GOAL_LIMITS,
  MEASUREMENT_STATUSES,
  REVIEW_NOTE_MAX_LENGTH,
  type MeasurementChangeDto as MeasurementChangeContract,
  type MeasurementDto as MeasurementContract,
  type MeasurementStatus,
} from '@hubspoke/contracts';
import { IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Trimmed } from '../../infra/http/dto-helpers';
import { GoalDto } from './goal.dto';
import { AMOUNT_LIMIT as AMOUNT, IsAmount, IsIsoDateTime } from './validators';

export class CreateMeasurementDto {
  @ApiProperty({ example: 81.5, minimum: -AMOUNT, maximum: AMOUNT })
  @IsAmount()
  value!: number;

  @ApiProperty({
    format: 'date-time',
    example: '2025-06-30T00:00:00Z',
    description: 'With a time zone; at most one day in the future',
  })
  @IsIsoDateTime()
  observedAt!: string;

  @ApiPropertyOptional({ example: 'https://example.org/report.pdf', maxLength: GOAL_LIMITS.evidenceUrlMax })
  @IsOptional()
  @Trimmed()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, max_allowed_length: GOAL_LIMITS.evidenceUrlMax })
  @MaxLength(GOAL_LIMITS.evidenceUrlMax)
  evidenceUrl?: string;

  @ApiPropertyOptional({ maxLength: GOAL_LIMITS.measurementNoteMax })
  @IsOptional()
  @IsString()
  @MaxLength(GOAL_LIMITS.measurementNoteMax)
  note?: string;
}

export class VerifyMeasurementDto {
  @ApiPropertyOptional({ maxLength: REVIEW_NOTE_MAX_LENGTH, description: 'Shown to the reporting organization' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(REVIEW_NOTE_MAX_LENGTH)
  note?: string;
}

export class RejectMeasurementDto {
  @ApiProperty({ maxLength: REVIEW_NOTE_MAX_LENGTH, description: 'Why: shown to the reporting organization' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REVIEW_NOTE_MAX_LENGTH)
  note!: string;
}

export class MeasurementDto implements MeasurementContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ format: 'date-time' }) observedAt!: string;
  @ApiProperty({ nullable: true, type: String }) evidenceUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reportedById!: string | null;
  @ApiProperty({ format: 'uuid' }) reportedByOrganizationId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) verifiedById!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) verifiedAt!: string | null;
  @ApiProperty({ enum: MEASUREMENT_STATUSES, description: 'Only verified measurements count' })
  status!: MeasurementStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Who verified or rejected it' })
  reviewedById!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The reviewer's note; always set on a rejection" })
  reviewNote!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MeasurementPageDto {
  @ApiProperty({ type: [MeasurementDto] }) items!: MeasurementDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class MeasurementChangeDto implements MeasurementChangeContract {
  @ApiProperty({ type: MeasurementDto }) measurement!: MeasurementDto;
  @ApiProperty({ type: GoalDto, description: 'The measured goal as it is now' }) goal!: GoalDto;
  @ApiProperty({ type: [GoalDto], description: 'Its ancestors, nearest first, whose roll-up may have changed' })
  ancestors!: GoalDto[];
}
