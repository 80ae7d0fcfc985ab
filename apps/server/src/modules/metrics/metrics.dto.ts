import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { METRIC_KINDS, type MetricKind } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsSdgList, OptionalNotNull, Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';
import { SDG_TARGET_CODES } from '../sdg/sdg-framework';

export class CreateMetricDto {
  @ApiProperty({ example: 'Children reached with a third dose of DTP', minLength: 1, maxLength: 500 })
  @Trimmed()
  @IsString()
  @Length(1, 500)
  name!: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'What is measured' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  definition?: string;

  @ApiPropertyOptional({ example: 'children', maxLength: 40, nullable: true, type: String })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 40)
  unit?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'How it is calculated, from which sources' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  calculation?: string;

  @ApiPropertyOptional({ type: [Number], example: [3], maxItems: 17, description: 'The SDGs it is aligned with' })
  @OptionalNotNull()
  @IsSdgList()
  sdgs?: number[];

  @ApiPropertyOptional({
    type: [String],
    example: ['3.b'],
    maxItems: 50,
    description: 'SDG targets it is aligned with',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsIn(SDG_TARGET_CODES, { each: true })
  sdgTargets?: string[];
}

/** Fields left out stay as they are; only `unit` may be set to null. */
export class UpdateMetricDto extends PartialType(CreateMetricDto, { skipNullProperties: false }) {
  @ApiProperty({ minimum: 1, description: 'The version this edit is based on' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class MetricsQuery extends PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 17 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;

  @ApiPropertyOptional({ enum: METRIC_KINDS })
  @IsOptional()
  @IsIn(METRIC_KINDS)
  kind?: MetricKind;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words of the name or the code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class MetricDto implements api.MetricDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: METRIC_KINDS }) kind!: MetricKind;
  @ApiProperty({ nullable: true, type: String, example: '3.b.1' }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() definition!: string;
  @ApiProperty({ nullable: true, type: String }) unit!: string | null;
  @ApiProperty() calculation!: string;
  @ApiProperty({ type: [Number] }) sdgs!: number[];
  @ApiProperty({ type: [String] }) sdgTargets!: string[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) hubId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MetricsPageDto {
  @ApiProperty({ type: [MetricDto] }) items!: MetricDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
