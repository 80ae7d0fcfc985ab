import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NETWORK_CSV_TABLES,
  NETWORK_FILE_FORMATS,
  RELATIONSHIP_KINDS,
  SECTORS,
  type NetworkCsvTable,
  type NetworkFileFormat,
  type RelationshipKind,
  type Sector,
} from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';
import { IsIn, ValidateIf } from 'class-validator';
import { ApiException } from '../../infra/http/api-exception';

/** `?format=json|csv&table=organizations|relationships` of imports and exports. */
export class NetworkFileQuery {
  @ApiProperty({ enum: NETWORK_FILE_FORMATS })
  @IsIn(NETWORK_FILE_FORMATS)
  format!: NetworkFileFormat;

  @ApiPropertyOptional({
    enum: NETWORK_CSV_TABLES,
    description: 'The table a CSV file holds; required with format=csv, not allowed with json (which holds both)',
  })
  @ValidateIf((query: NetworkFileQuery) => query.format === 'csv' || query.table !== undefined)
  @IsIn(NETWORK_CSV_TABLES, { message: 'table must be organizations or relationships (required for csv)' })
  table?: NetworkCsvTable;
}

/** The table of a CSV query; null for JSON, which holds both tables and takes no `table`. */
export function csvTableOf(query: NetworkFileQuery): NetworkCsvTable | null {
  if (query.format === 'csv') return query.table!;
  if (query.table !== undefined) {
    throw ApiException.badRequest('Some fields are invalid', {
      table: ['is for csv only: a JSON file holds both tables'],
    });
  }
  return null;
}

export class NetworkFileOrganizationDto implements api.NetworkFileOrganizationDto {
  @ApiPropertyOptional({
    example: 'who',
    maxLength: 200,
    description: 'Names the organization within the file, for relationships’ from/to',
  })
  id?: string;

  @ApiProperty({ example: 'World Health Organization', maxLength: 200, description: 'Matched ignoring case' })
  name!: string;

  @ApiPropertyOptional({ example: 'WHO', maxLength: 60, nullable: true, type: String, description: 'Or shortName' })
  short_name?: string | null;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiPropertyOptional({ example: 'CH', nullable: true, type: String, description: 'ISO 3166-1 alpha-2' })
  country?: string | null;

  @ApiPropertyOptional({ type: [Number], example: [3, 17], description: 'SDG numbers 1..17' })
  sdgs?: number[];
}

export class NetworkFileRelationshipDto implements api.NetworkFileRelationshipDto {
  @ApiProperty({
    example: 'World Health Organization',
    description: 'An organization’s id in the file, its name in the file, or the name of one in the database',
  })
  from!: string;

  @ApiProperty({ example: 'Gavi, the Vaccine Alliance' })
  to!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS })
  kind!: RelationshipKind;

  @ApiPropertyOptional({ minimum: 0, exclusiveMinimum: true, maximum: 1e6, default: 1 })
  weight?: number;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  since?: string | null;

  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String, description: 'Where the tie is documented' })
  source?: string | null;
}

export class NetworkFileDto implements api.NetworkFileDto {
  @ApiProperty({ type: [NetworkFileOrganizationDto], description: 'Imports also take them as "actors"' })
  organizations!: NetworkFileOrganizationDto[];

  @ApiProperty({ type: [NetworkFileRelationshipDto] })
  relationships!: NetworkFileRelationshipDto[];
}
