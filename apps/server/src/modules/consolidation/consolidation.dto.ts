import { ApiProperty } from '@nestjs/swagger';
import { CONSOLIDATION_KINDS, SECTORS, type ConsolidationKind, type Sector } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';

export class ConsolidationOrganizationDto implements api.ConsolidationOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) shortName!: string | null;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ type: String, nullable: true, example: 'KE' }) country!: string | null;
}

export class ConsolidationHubDto implements api.ConsolidationHubDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Distinct organizations among its active members' }) organizations!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Its public rating over all goals, 0..100' })
  rating!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "Its public rating on the target's SDG, 0..100" })
  sdgRating!: number | null;
}

export class ComplementDto implements api.ComplementDto {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ enum: SECTORS, isArray: true, description: 'Sectors the other hub lacks' })
  sectors!: Sector[];
  @ApiProperty({ type: [String], description: 'Countries the other hub lacks' }) countries!: string[];
}

export class ConsolidationLinkDto implements api.ConsolidationLinkDto {
  @ApiProperty({ format: 'uuid' }) parentHubId!: string;
  @ApiProperty({ format: 'uuid' }) childHubId!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
}

export class ConsolidationCandidateDto implements api.ConsolidationCandidateDto {
  @ApiProperty({ enum: CONSOLIDATION_KINDS, description: 'federate: one could join the other; merge: work as one' })
  kind!: ConsolidationKind;
  @ApiProperty({ type: [String], description: 'The evidence in plain words' }) reasons!: string[];
}

export class HubPairDto implements api.HubPairDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, description: 'The two hubs, the first by name' })
  hubIds!: string[];
  @ApiProperty({ type: [ConsolidationOrganizationDto] }) shared!: ConsolidationOrganizationDto[];
  @ApiProperty({ description: 'Organizations in either hub' }) union!: number;
  @ApiProperty({ description: 'shared / union (Jaccard index), rounded to 4 decimals', example: 0.4444 })
  jaccard!: number;
  @ApiProperty({ type: [ConsolidationLinkDto], description: 'Active federation links between the two' })
  links!: ConsolidationLinkDto[];
  @ApiProperty({ type: [ComplementDto], minItems: 2, maxItems: 2, description: 'What each has that the other lacks' })
  complements!: ComplementDto[];
  @ApiProperty({ type: ConsolidationCandidateDto, nullable: true }) candidate!: ConsolidationCandidateDto | null;
}

export class ConsolidationTargetRefDto {
  @ApiProperty({ example: '13.2' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '13' }) goalCode!: string;
}

export class ConsolidationDto implements api.ConsolidationDto {
  @ApiProperty({ type: ConsolidationTargetRefDto }) target!: ConsolidationTargetRefDto;
  @ApiProperty({ description: 'How candidates are chosen, in plain words' }) rule!: string;
  @ApiProperty({ type: [ConsolidationHubDto], description: 'Public hubs working on the target, by name' })
  hubs!: ConsolidationHubDto[];
  @ApiProperty({
    type: [HubPairDto],
    description: 'Pairs of those hubs that share an organization or are linked, most overlap first (the first 500)',
  })
  pairs!: HubPairDto[];
  @ApiProperty({ description: 'Such pairs past the first 500, left out to keep the answer small' })
  pairsLeftOut!: number;
}

export class ConsolidationTargetDto extends ConsolidationTargetRefDto implements api.ConsolidationTargetDto {
  @ApiProperty({ description: 'Public hubs working on it (2 or more)' }) hubs!: number;
  @ApiProperty({ description: 'Pairs of those hubs sharing at least one organization' }) overlappingPairs!: number;
}
