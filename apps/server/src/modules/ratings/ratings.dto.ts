import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import * as api from '@hubspoke/contracts';
import { RATING_COMPONENTS, type RatingComponentName } from '@hubspoke/contracts';

export class RatingScopeQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 17,
    description: 'Ratings on one SDG; omitted: over all goals',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export const EXPORT_DATASETS = ['ratings', 'measurements'] as const;

export class RatingsExportQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format!: (typeof EXPORT_FORMATS)[number];

  @ApiProperty({ enum: EXPORT_DATASETS, description: "Public hubs' ratings, or their goals' verified measurements" })
  @IsIn(EXPORT_DATASETS)
  dataset!: (typeof EXPORT_DATASETS)[number];
}

export class RatingComponentDto implements api.RatingComponentDto {
  @ApiProperty({ enum: RATING_COMPONENTS }) name!: RatingComponentName;
  @ApiProperty({ description: '0..100' }) score!: number;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: 'weight × score; the components add up to the rating' }) contribution!: number;
  @ApiProperty({ description: 'Which inputs gave the score' }) explanation!: string;
}

export class RatedHubDto implements api.RatedHubDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [Number] }) sdgs!: number[];
}

export class HubRatingDto implements api.HubRatingDto {
  @ApiProperty({ nullable: true, type: Number, description: 'null: over all goals' }) sdg!: number | null;
  @ApiProperty({ description: '0..100' }) score!: number;
  @ApiProperty({ description: 'Goals rated (leaf goals in the scope)' }) goals!: number;
  @ApiProperty({ type: [RatingComponentDto] }) components!: RatingComponentDto[];
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
}

export class LeagueEntryDto extends HubRatingDto implements api.LeagueEntryDto {
  @ApiProperty() rank!: number;
  @ApiProperty({ type: RatedHubDto }) hub!: RatedHubDto;
}

export class LeagueTableDto implements api.LeagueTableDto {
  @ApiProperty({ nullable: true, type: Number }) sdg!: number | null;
  @ApiProperty({ type: [LeagueEntryDto] }) entries!: LeagueEntryDto[];
}

export class HubRatingsDto implements api.HubRatingsDto {
  @ApiProperty({ type: RatedHubDto }) hub!: RatedHubDto;
  @ApiProperty({ type: [HubRatingDto], description: 'Over all goals first, then per SDG' }) ratings!: HubRatingDto[];
}

export class IndicatorGoalDto implements api.IndicatorGoalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Latest verified value' }) value!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) observedAt!: string | null;
  @ApiProperty({ description: 'Share of the way from baseline to target, verified measurements only, 0..100' })
  progress!: number;
}

export class IndicatorLeagueEntryDto implements api.IndicatorLeagueEntryDto {
  @ApiProperty() rank!: number;
  @ApiProperty({ type: RatedHubDto }) hub!: RatedHubDto;
  @ApiProperty({ type: IndicatorGoalDto }) goal!: IndicatorGoalDto;
}

export class IndicatorLeagueDto implements api.IndicatorLeagueDto {
  @ApiProperty({ example: '3.b.1', description: "The indicator code, or a custom metric's id" }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [IndicatorLeagueEntryDto] }) entries!: IndicatorLeagueEntryDto[];
}
