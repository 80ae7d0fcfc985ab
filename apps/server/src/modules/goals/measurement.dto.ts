import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  MeasurementChangeDto as MeasurementChangeContract,
  MeasurementDto as MeasurementContract,
} from '@hubspoke/contracts';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
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

  @ApiPropertyOptional({ example: 'https://example.org/report.pdf', maxLength: 2000 })
  @IsOptional()
  @Trimmed()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, max_allowed_length: 2000 })
  @MaxLength(2000)
  evidenceUrl?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
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
