import { ApiProperty } from '@nestjs/swagger';
import type * as api from '@hubspoke/contracts';

export class MapHubDto implements api.MapHubDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'The organizations among its active members' })
  organizationIds!: string[];
}

export class MapHubLinkDto {
  @ApiProperty({ format: 'uuid' }) parentHubId!: string;
  @ApiProperty({ format: 'uuid' }) childHubId!: string;
}

export class NetworkHubLayerDto implements api.NetworkHubLayerDto {
  @ApiProperty({ type: [MapHubDto], description: 'Public hubs (of the SDG, when one is given)' }) hubs!: MapHubDto[];
  @ApiProperty({ type: [MapHubLinkDto], description: 'Active links between two of those hubs, parent → child' })
  links!: MapHubLinkDto[];
}
