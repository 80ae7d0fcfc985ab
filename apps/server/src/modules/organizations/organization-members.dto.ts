import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANIZATION_JOIN_ROUTES,
  ORGANIZATION_MEMBER_STATUSES,
  ORGANIZATION_ROLES,
  SECTORS,
  type OrganizationJoinRoute,
  type OrganizationMemberStatus,
  type OrganizationRole,
  type Sector,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsFQDN, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trimmed } from '../../infra/http/dto-helpers';

export class RequestMembershipDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'A word for the admins: who you are there' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500)
  message?: string;
}

export class DecideMembershipDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';
}

export class UpdateOrganizationMemberDto {
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  @IsIn(ORGANIZATION_ROLES)
  role!: OrganizationRole;
}

export class OrganizationMembersQuery {
  @ApiPropertyOptional({ enum: ORGANIZATION_MEMBER_STATUSES, default: 'approved' })
  @IsOptional()
  @IsIn(ORGANIZATION_MEMBER_STATUSES)
  status?: OrganizationMemberStatus;
}

const lowerList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value;

export class VerifyOrganizationDto {
  @ApiProperty({ description: 'Whether a platform admin checked that the organization is who it says it is' })
  @IsBoolean()
  verified!: boolean;

  @ApiProperty({ type: [String], example: ['who.int'], maxItems: 20, description: 'Its verified email domains' })
  @Transform(lowerList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsFQDN({}, { each: true })
  emailDomains!: string[];
}

class MemberUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class OrganizationMemberDto implements api.OrganizationMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ type: MemberUserDto }) user!: MemberUserDto;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role!: OrganizationRole;
  @ApiProperty({ enum: ORGANIZATION_MEMBER_STATUSES }) status!: OrganizationMemberStatus;
  @ApiProperty({ enum: ORGANIZATION_JOIN_ROUTES }) joinedVia!: OrganizationJoinRoute;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
}

class MyOrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) shortName!: string | null;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
  @ApiProperty() verified!: boolean;
}

export class MyOrganizationDto implements api.MyOrganizationDto {
  @ApiProperty({ type: MyOrganizationRefDto }) organization!: MyOrganizationRefDto;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role!: OrganizationRole;
  @ApiProperty({ enum: ORGANIZATION_MEMBER_STATUSES }) status!: OrganizationMemberStatus;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
}

class RevisionActorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class OrganizationRevisionDto implements api.OrganizationRevisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RevisionActorDto, nullable: true }) actor!: RevisionActorDto | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) before!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true }) after!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) revertOf!: string | null;
}
