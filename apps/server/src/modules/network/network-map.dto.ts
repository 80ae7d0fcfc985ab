import { ApiProperty, type SchemaObject } from '@nestjs/swagger';
import { SECTORS, TIE_KINDS, type Sector, type TieKind } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { NetworkScopeSummaryDto } from './network-graph.dto';

/** An array property whose entries are one per organization or per tie. */
const column = (items: SchemaObject, description?: string) =>
  ApiProperty({ type: 'array', items, ...(description && { description }) });
const numbers = (description: string) => column({ type: 'number', nullable: true }, description);

export class CentralityColumnsDto implements api.CentralityColumnsDto {
  @numbers('Degree') degree!: (number | null)[];
  @numbers('Weighted degree') weightedDegree!: (number | null)[];
  @numbers('Normalised betweenness, 0..1') betweenness!: (number | null)[];
  @numbers('Harmonic closeness, 0..1') closeness!: (number | null)[];
  @numbers('PageRank') pagerank!: (number | null)[];
  @numbers('Louvain community within the scope, 0 = largest') community!: (number | null)[];
}

export class NetworkNodeColumnsDto implements api.NetworkNodeColumnsDto {
  @column({ type: 'string', format: 'uuid' }) id!: string[];
  @column({ type: 'string' }) name!: string[];
  @column({ type: 'string', nullable: true }) shortName!: (string | null)[];
  @column({ type: 'string', enum: [...SECTORS] }) sector!: Sector[];
  @column({ type: 'string', nullable: true }, 'ISO 3166-1 alpha-2') country!: (string | null)[];
  @column({ type: 'array', items: { type: 'integer', minimum: 1, maximum: 17 } }) sdgs!: number[][];
  @ApiProperty({
    type: CentralityColumnsDto,
    description: 'One column per centrality; null entries: not analysed yet (the organization appeared since)',
  })
  metrics!: CentralityColumnsDto;
}

export class NetworkEdgeColumnsDto implements api.NetworkEdgeColumnsDto {
  @column({ type: 'integer', minimum: 0 }, 'Index of one end in the node columns') source!: number[];
  @column({ type: 'integer', minimum: 0 }, 'Index of the other end in the node columns') target!: number[];
  @column({ type: 'integer', minimum: 0 }, 'Index into kindSets: the kinds of the tie') kinds!: number[];
  @column({ type: 'number' }, 'Declared weights plus shared public hubs') weight!: number[];
  @column(
    { type: 'array', items: { type: 'string', enum: [...TIE_KINDS] } },
    'The distinct combinations of kinds among the ties, each sorted',
  )
  kindSets!: TieKind[][];
}

export class NetworkFacetsDto implements api.NetworkFacetsDto {
  @column({ type: 'string', enum: [...SECTORS] }) sectors!: Sector[];
  @column({ type: 'string' }, 'ISO 3166-1 alpha-2, sorted') countries!: string[];
}

export class NetworkGraphDto implements api.NetworkGraphDto {
  @ApiProperty({ nullable: true, type: Number }) sdg!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) analyzedAt!: string | null;
  @ApiProperty() stale!: boolean;
  @ApiProperty({ type: NetworkScopeSummaryDto, nullable: true }) summary!: NetworkScopeSummaryDto | null;
  @ApiProperty({ type: NetworkNodeColumnsDto, description: 'Entry i of every column is organization i' })
  nodes!: NetworkNodeColumnsDto;
  @ApiProperty({ type: NetworkEdgeColumnsDto, description: 'Entry i of every column is tie i' })
  edges!: NetworkEdgeColumnsDto;
  @ApiProperty({
    type: NetworkFacetsDto,
    description: "The sectors and countries of the SDG's organizations (sector and country filters not applied)",
  })
  facets!: NetworkFacetsDto;
}
