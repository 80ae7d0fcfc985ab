import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type * as api from '@hubspoke/contracts';
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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalNotNull, Trimmed } from '../../infra/http/dto-helpers';
import { IsIsoDate } from '../goals/validators';

const MAX_VERSION = 2_147_483_647;
/** A task force stays small: strong ties. */
export const MAX_GROUP_MEMBERS = 50;

export class CreateWorkingGroupDto {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Cold-chain task force' })
  @Trimmed()
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({ maxLength: 2000, default: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(2000)
  purpose?: string;

  @ApiProperty({ format: 'uuid', description: 'An active member of the hub (not an observer) who leads the group' })
  @IsUUID()
  leadMemberId!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_GROUP_MEMBERS,
    description: 'Active members of the hub; the lead is always a member',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds?: string[];

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, example: '2027-06-30' })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string | null;
}

export class UpdateWorkingGroupDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'The version this edit is based on; a stale one answers 409',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(2000)
  purpose?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A new lead; they join the group if not in it yet' })
  @OptionalNotNull()
  @IsUUID()
  leadMemberId?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string | null;
}

export class WorkingGroupsQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'Archived groups instead of active ones',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  archived?: 'true' | 'false';
}

export class WorkingGroupPersonDto implements api.WorkingGroupPersonDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
}

export class WorkingGroupDto implements api.WorkingGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ type: WorkingGroupPersonDto }) lead!: WorkingGroupPersonDto;
  @ApiProperty({ type: [WorkingGroupPersonDto] }) members!: WorkingGroupPersonDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt!: string | null;
}
