import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANIZATION_MEMBER_STATUSES,
  ORGANIZATION_ROLES,
  SECTORS,
  type OrganizationMemberStatus,
  type OrganizationRole,
  type Sector,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsSdgList, OptionalNotNull, Trimmed, UpperCased } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

export class CreateOrganizationDto {
  @ApiProperty({ example: 'World Health Organization', minLength: 1, maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'WHO', minLength: 1, maxLength: 60 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 60)
  shortName?: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiPropertyOptional({ example: 'CH', description: 'ISO 3166-1 alpha-2; upper-cased' })
  @IsOptional()
  @UpperCased()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ type: [Number], example: [3, 17], maxItems: 17, description: 'SDG numbers 1..17' })
  @OptionalNotNull()
  @IsSdgList()
  sdgs?: number[];

  @ApiPropertyOptional({ example: 'https://www.who.int', maxLength: 300 })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(300)
  website?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

/** Every field optional; null clears the optional ones. */
export class UpdateOrganizationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 60, nullable: true, type: String })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 60)
  shortName?: string | null;

  @ApiPropertyOptional({ enum: SECTORS })
  @OptionalNotNull()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'CH', nullable: true, type: String })
  @IsOptional()
  @UpperCased()
  @IsISO31661Alpha2()
  country?: string | null;

  @ApiPropertyOptional({ type: [Number], maxItems: 17 })
  @OptionalNotNull()
  @IsSdgList()
  sdgs?: number[];

  @ApiPropertyOptional({ maxLength: 300, nullable: true, type: String })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

export class OrganizationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or short name, any case', maxLength: 100 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ minimum: 1, maximum: 17, description: 'Organizations working on this SDG' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;

  @ApiPropertyOptional({ example: 'KE' })
  @IsOptional()
  @UpperCased()
  @IsISO31661Alpha2()
  country?: string;
}

export class OrganizationDto implements api.OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) shortName!: string | null;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ nullable: true, type: String, example: 'KE' }) country!: string | null;
  @ApiProperty({ type: [Number] }) sdgs!: number[];
  @ApiProperty({ nullable: true, type: String }) website!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdById!: string | null;
  @ApiProperty({ description: 'It has an approved admin' }) claimed!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When a platform admin verified it' })
  verifiedAt!: string | null;
  @ApiProperty({ type: [String], description: 'Verified email domains: people with an address there join it' })
  emailDomains!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class MyMembershipDto {
  @ApiProperty({ format: 'uuid', description: 'To withdraw a request or leave: DELETE …/members/{id}' }) id!: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role!: OrganizationRole;
  @ApiProperty({ enum: ORGANIZATION_MEMBER_STATUSES }) status!: OrganizationMemberStatus;
}

export class OrganizationDetailDto extends OrganizationDto implements api.OrganizationDetailDto {
  @ApiProperty({ type: MyMembershipDto, nullable: true, description: "The caller's membership or request" })
  myMembership!: MyMembershipDto | null;
}

export class OrganizationRefDto implements api.OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) shortName!: string | null;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
}

export class OrganizationsPageDto {
  @ApiProperty({ type: [OrganizationDto] }) items!: OrganizationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
