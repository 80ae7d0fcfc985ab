import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  RELATIONSHIP_KINDS,
  SECTORS,
  TIE_KINDS,
  type RelationshipKind,
  type Sector,
  type TieKind,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { UpperCased } from '../../infra/http/dto-helpers';
import { OrganizationRefDto } from '../organizations/organizations.dto';

export class SdgScopeQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 17,
    description: "One SDG's part of the network; omitted: the whole network",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;
}

export class NetworkGraphQuery extends SdgScopeQuery {
  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'KE', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @UpperCased()
  @IsISO31661Alpha2()
  country?: string;
}

export class WhatIfDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 17,
    description: "Within one SDG's part of the network",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 500,
    description: 'The hypothetical hub’s members',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds!: string[];
}

export class ExactMethodDto {
  @ApiProperty({ enum: ['exact'] }) method!: 'exact';
}

export class SampledMethodDto {
  @ApiProperty({ enum: ['sampled'] }) method!: 'sampled';
  @ApiProperty() pivots!: number;
  @ApiProperty() seed!: number;
}

const METHOD = { oneOf: [{ $ref: getSchemaPath(ExactMethodDto) }, { $ref: getSchemaPath(SampledMethodDto) }] };

export class MeasureMethodsDto {
  @ApiProperty(METHOD) betweenness!: api.MeasureMethodDto;
  @ApiProperty(METHOD) closeness!: api.MeasureMethodDto;
}

@ApiExtraModels(ExactMethodDto, SampledMethodDto)
export class NetworkScopeSummaryDto implements api.NetworkScopeSummaryDto {
  @ApiProperty() organizations!: number;
  @ApiProperty() edges!: number;
  @ApiProperty() communities!: number;
  @ApiProperty() modularity!: number;
  @ApiProperty() degreeCentralization!: number;
  @ApiProperty() betweennessCentralization!: number;
  @ApiProperty({ nullable: true, type: Number }) averagePathLength!: number | null;
  @ApiProperty() connectedPairShare!: number;
  @ApiProperty({ type: MeasureMethodsDto }) methods!: MeasureMethodsDto;
}

export class CentralityDto implements api.CentralityDto {
  @ApiProperty() degree!: number;
  @ApiProperty() weightedDegree!: number;
  @ApiProperty({ description: 'Normalised, 0..1' }) betweenness!: number;
  @ApiProperty({ description: 'Harmonic closeness, 0..1' }) closeness!: number;
  @ApiProperty() pagerank!: number;
  @ApiProperty({ description: 'Louvain community within the scope, 0 = largest' }) community!: number;
}

export class ScorePartDto implements api.ScorePartDto {
  @ApiProperty({ enum: ['pagerank', 'betweenness', 'degree'] }) metric!: api.ScorePartDto['metric'];
  @ApiProperty() value!: number;
  @ApiProperty() normalised!: number;
  @ApiProperty() weight!: number;
  @ApiProperty() contribution!: number;
}

export class HubCandidateDto implements api.HubCandidateDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty() score!: number;
  @ApiProperty({ type: [ScorePartDto] }) parts!: ScorePartDto[];
}

export class BrokerDto implements api.BrokerDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty() score!: number;
  @ApiProperty() betweenness!: number;
  @ApiProperty() degree!: number;
  @ApiProperty() communitiesLinked!: number;
}

export class NetworkInsightsDto implements api.NetworkInsightsDto {
  @ApiProperty({ nullable: true, type: Number }) sdg!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) analyzedAt!: string | null;
  @ApiProperty() stale!: boolean;
  @ApiProperty({ type: NetworkScopeSummaryDto, nullable: true }) summary!: NetworkScopeSummaryDto | null;
  @ApiProperty({ type: [HubCandidateDto] }) candidates!: HubCandidateDto[];
  @ApiProperty({ type: [BrokerDto] }) brokers!: BrokerDto[];
  @ApiProperty({ type: [OrganizationRefDto] }) isolates!: OrganizationRefDto[];
}

export class DeclaredTieDto {
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) kind!: RelationshipKind;
  @ApiProperty({ enum: ['out', 'in'] }) direction!: 'out' | 'in';
  @ApiProperty() weight!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) since!: string | null;
  @ApiProperty({ nullable: true, type: String }) source!: string | null;
}

export class OrganizationTieDto implements api.OrganizationTieDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ enum: TIE_KINDS, isArray: true }) kinds!: TieKind[];
  @ApiProperty() weight!: number;
  @ApiProperty({ type: [DeclaredTieDto] }) declared!: DeclaredTieDto[];
  @ApiProperty() sharedHubs!: number;
}

export class NetworkOrganizationDto extends OrganizationRefDto {
  @ApiProperty({ type: [Number] }) sdgs!: number[];
}

export class ScopedCentralityDto {
  @ApiProperty({ nullable: true, type: Number }) sdg!: number | null;
  @ApiProperty({ type: CentralityDto }) metrics!: CentralityDto;
}

export class OrganizationHubDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['public', 'private'] }) visibility!: 'public' | 'private';
}

export class OrganizationNetworkDto implements api.OrganizationNetworkDto {
  @ApiProperty({ type: NetworkOrganizationDto }) organization!: NetworkOrganizationDto;
  @ApiProperty({ type: [ScopedCentralityDto] }) metrics!: ScopedCentralityDto[];
  @ApiProperty({ type: [OrganizationTieDto] }) ties!: OrganizationTieDto[];
  @ApiProperty({ type: [OrganizationHubDto] }) hubs!: OrganizationHubDto[];
}

export class ReachCountDto {
  @ApiProperty() count!: number;
  @ApiProperty() share!: number;
}

export class WhatIfReachDto {
  @ApiProperty({ type: ReachCountDto }) within1!: ReachCountDto;
  @ApiProperty({ type: ReachCountDto }) within2!: ReachCountDto;
}

export class MemberReachDto {
  @ApiProperty() before!: number;
  @ApiProperty() after!: number;
}

export class WhatIfSnapshotDto implements api.WhatIfSnapshotDto {
  @ApiProperty() degreeCentralization!: number;
  @ApiProperty() betweennessCentralization!: number;
  @ApiProperty({ nullable: true, type: Number }) averagePathLength!: number | null;
  @ApiProperty() connectedPairShare!: number;
}

export class WhatIfResultDto implements api.WhatIfResultDto {
  @ApiProperty({ nullable: true, type: Number }) sdg!: number | null;
  @ApiProperty() organizations!: number;
  @ApiProperty({ type: [OrganizationRefDto] }) members!: OrganizationRefDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) ignoredMemberIds!: string[];
  @ApiProperty({ type: WhatIfReachDto }) reach!: WhatIfReachDto;
  @ApiProperty({ type: MemberReachDto }) memberReach!: MemberReachDto;
  @ApiProperty({ type: WhatIfSnapshotDto }) before!: WhatIfSnapshotDto;
  @ApiProperty({ type: WhatIfSnapshotDto }) after!: WhatIfSnapshotDto;
}

export class MemberContributionDto {
  @ApiProperty() tasksCompleted!: number;
  @ApiProperty() measurementsReported!: number;
  @ApiProperty() measurementsVerified!: number;
  @ApiProperty({ description: "Share of the hub's recent work, 0..1" }) share!: number;
}

export class MemberNetworkRoleDto implements api.MemberNetworkRoleDto {
  @ApiProperty({ type: OrganizationRefDto }) organization!: OrganizationRefDto;
  @ApiProperty({ nullable: true, type: Number }) pagerank!: number | null;
  @ApiProperty({ nullable: true, type: Number }) betweenness!: number | null;
  @ApiProperty({ nullable: true, type: Number }) degree!: number | null;
  @ApiProperty({ type: MemberContributionDto }) contribution!: MemberContributionDto;
  @ApiProperty() stuckTasks!: number;
  @ApiProperty({ enum: ['well_connected_idle', 'bottleneck'], isArray: true })
  flags!: api.MemberNetworkRoleDto['flags'];
}
