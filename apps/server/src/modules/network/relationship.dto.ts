import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { IsIn, IsNumber, IsOptional, IsPositive, IsString, IsUUID, Max, MaxLength } from 'class-validator';
import { Trimmed } from '../../infra/http/dto-helpers';
import { PageQuery } from '../../infra/http/pagination';
import { IsIsoDate } from '../goals/validators';
import { LIMITS } from './network-import.validator';

export class CreateRelationshipDto implements api.CreateRelationshipDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The organization that funds / is a member of / partners with / sits on',
  })
  @IsUUID('all')
  sourceId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  targetId!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS })
  @IsIn(RELATIONSHIP_KINDS)
  kind!: RelationshipKind;

  @ApiPropertyOptional({ minimum: 0, exclusiveMinimum: true, maximum: LIMITS.weight, default: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(LIMITS.weight)
  weight?: number;

  @ApiPropertyOptional({ format: 'date', example: '2020-06-01', nullable: true, type: String })
  @IsOptional()
  @IsIsoDate()
  since?: string | null;

  @ApiPropertyOptional({
    maxLength: LIMITS.source,
    nullable: true,
    type: String,
    description: 'Where it is documented',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(LIMITS.source)
  source?: string | null;
}

export class RelationshipsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Ties of this organization, either way' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;

  @ApiPropertyOptional({ enum: RELATIONSHIP_KINDS })
  @IsOptional()
  @IsIn(RELATIONSHIP_KINDS)
  kind?: RelationshipKind;
}

export class RelationshipDto implements api.RelationshipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sourceId!: string;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) kind!: RelationshipKind;
  @ApiProperty() weight!: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) since!: string | null;
  @ApiProperty({ nullable: true, type: String }) source!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class RelationshipsPageDto implements api.Page<RelationshipDto> {
  @ApiProperty({ type: [RelationshipDto] }) items!: RelationshipDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
