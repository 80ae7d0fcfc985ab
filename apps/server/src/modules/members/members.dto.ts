import { ApiProperty } from '@nestjs/swagger';
import { HUB_ROLES, MEMBER_STATUSES, type HubRole, type MemberStatus } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OrganizationRefDto } from '../organizations/organizations.dto';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class InviteDto {
  @ApiProperty({ example: 'ana@example.org', maxLength: 254, description: 'Lower-cased' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'uuid', description: 'The organization the invited person will represent' })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ enum: HUB_ROLES })
  @IsIn(HUB_ROLES)
  role!: HubRole;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class UpdateMemberDto {
  @ApiProperty({ enum: HUB_ROLES })
  @IsIn(HUB_ROLES)
  role!: HubRole;
}

export class MemberDto implements api.MemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) userName!: string | null;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: HUB_ROLES }) role!: HubRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status!: MemberStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) joinedAt!: string | null;
}

export class InvitationDto implements api.InvitationDto {
  @ApiProperty({ format: 'uuid', description: 'The id of the invited (not yet active) member' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ enum: HUB_ROLES }) role!: HubRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status!: MemberStatus;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) invitedById!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class InvitationCreatedDto implements api.InvitationCreatedDto {
  @ApiProperty({ type: InvitationDto }) invitation!: InvitationDto;
  @ApiProperty({ description: 'Shown only here, once; whoever holds it can accept the invitation' })
  inviteToken!: string;
}

export class InvitationsPageDto {
  @ApiProperty({ type: [InvitationDto] }) items!: InvitationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class InvitationPreviewDto implements api.InvitationPreviewDto {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() hubName!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: HUB_ROLES }) role!: HubRole;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class SpokePersonDto implements api.SpokePersonDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: HUB_ROLES }) role!: HubRole;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class SpokeDto implements api.SpokeDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ type: [SpokePersonDto] }) people!: SpokePersonDto[];
}

export class SpokesPageDto {
  @ApiProperty({ type: [SpokeDto] }) items!: SpokeDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
