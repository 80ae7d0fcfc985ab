import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HUB_ROLES,
  HUB_VISIBILITIES,
  SECTORS,
  type HubRole,
  type HubVisibility,
  type Sector,
} from '@hubspoke/contracts';
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
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsSdgList, OptionalNotNull, Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';
import { OrganizationRefDto } from '../organizations/organizations.dto';
import { SDG_TARGET_CODES } from '../sdg/sdg-framework';
import { SLUG_PATTERN } from './slug';

const IsSdgTargetList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(SDG_TARGET_CODES.length),
    ArrayUnique(),
    IsIn(SDG_TARGET_CODES, { each: true, message: 'each value in $property must be an SDG target code such as 3.b' }),
  );

export class CreateHubDto {
  @ApiProperty({ example: 'Clean Air Nairobi', minLength: 1, maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({
    example: 'clean-air-nairobi',
    minLength: 3,
    maxLength: 80,
    pattern: SLUG_PATTERN.source,
    description: 'Derived from the name when absent',
  })
  @IsOptional()
  @IsString()
  @Length(3, 80)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters and digits in words joined by -' })
  slug?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  mission?: string;

  @ApiPropertyOptional({ type: [Number], example: [3], maxItems: 17 })
  @IsOptional()
  @IsSdgList()
  sdgs?: number[];

  @ApiPropertyOptional({ type: [String], example: ['3.b'], description: 'SDG target codes' })
  @IsOptional()
  @IsSdgTargetList()
  sdgTargets?: string[];

  @ApiPropertyOptional({ enum: HUB_VISIBILITIES, default: 'private' })
  @IsOptional()
  @IsIn(HUB_VISIBILITIES)
  visibility?: HubVisibility;

  @ApiProperty({ format: 'uuid', description: 'The organization the creator represents in the hub' })
  @IsUUID()
  organizationId!: string;
}

export class UpdateHubDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  mission?: string;

  @ApiPropertyOptional({ type: [Number], maxItems: 17 })
  @OptionalNotNull()
  @IsSdgList()
  sdgs?: number[];

  @ApiPropertyOptional({ type: [String], example: ['3.b'] })
  @OptionalNotNull()
  @IsSdgTargetList()
  sdgTargets?: string[];

  @ApiPropertyOptional({ enum: HUB_VISIBILITIES })
  @OptionalNotNull()
  @IsIn(HUB_VISIBILITIES)
  visibility?: HubVisibility;
}

export class HubDirectoryQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or mission, any case', maxLength: 100 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 17, description: 'Hubs working on this SDG' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;
}

export class HubDto implements api.HubDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mission!: string;
  @ApiProperty({ type: [Number] }) sdgs!: number[];
  @ApiProperty({ type: [String], example: ['3.b'] }) sdgTargets!: string[];
  @ApiProperty({ enum: HUB_VISIBILITIES }) visibility!: HubVisibility;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class HubDetailDto extends HubDto implements api.HubDetailDto {
  @ApiProperty({ enum: HUB_ROLES }) myRole!: HubRole;
  @ApiProperty({ format: 'uuid' }) myOrganizationId!: string;
  @ApiProperty({ description: 'Catch up from this seq: the latest event this state includes, or an earlier one' })
  lastSeq!: number;
}

export class MyHubDto extends HubDetailDto implements api.MyHubDto {
  @ApiProperty({ type: OrganizationRefDto }) myOrganization!: OrganizationRefDto;
}

export class MyHubsPageDto {
  @ApiProperty({ type: [MyHubDto] }) items!: MyHubDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class HubSpokeDto implements api.HubSpokeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
}

export class HubPublicSummaryDto implements api.HubPublicSummaryDto {
  @ApiProperty({ enum: [true], description: 'Marks the public summary (as opposed to the full hub)' }) public!: true;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mission!: string;
  @ApiProperty({ type: [Number] }) sdgs!: number[];
  @ApiProperty({ type: [String] }) sdgTargets!: string[];
  @ApiProperty() spokeCount!: number;
  @ApiProperty({ type: [HubSpokeDto] }) spokes!: HubSpokeDto[];
  @ApiProperty() goalCount!: number;
}

export class HubDirectoryPageDto {
  @ApiProperty({ type: [HubPublicSummaryDto] }) items!: HubPublicSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
