import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OptionalUser, Public } from '../auth/decorators';
import {
  NetworkGraphQuery,
  MemberNetworkRoleDto,
  NetworkInsightsDto,
  OrganizationNetworkDto,
  SdgScopeQuery,
  WhatIfDto,
  WhatIfResultDto,
} from './network-graph.dto';
import { NetworkGraphService } from './network-graph.service';
import { NetworkGraphDto } from './network-map.dto';
import { HubMemberRolesService } from './hub-member-roles.service';
import { NetworkHubLayerDto } from './network-hubs.dto';
import { NetworkHubsService } from './network-hubs.service';

@ApiTags('network')
@Controller('network')
export class NetworkGraphController {
  constructor(
    private readonly network: NetworkGraphService,
    private readonly memberRoles: HubMemberRolesService,
    private readonly hubs: NetworkHubsService,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'The network map: organizations with their centrality, and the ties among them (public hubs only)',
    description:
      'Compact: organizations and ties come as columns (arrays with one entry per organization or tie), and a tie ' +
      'names its ends by their index in the organization columns. facets lists the sectors and countries of the ' +
      'SDG, for filter lists.',
  })
  @ApiOkResponse({ type: NetworkGraphDto })
  @ApiErrors(400)
  graph(@Query() query: NetworkGraphQuery): Promise<NetworkGraphDto> {
    return this.network.graph(query);
  }

  @Public()
  @Get('insights')
  @ApiOperation({ summary: 'Hub candidates, brokers and isolates of the whole network or of one SDG' })
  @ApiOkResponse({ type: NetworkInsightsDto })
  @ApiErrors(400)
  insights(@Query() query: SdgScopeQuery): Promise<NetworkInsightsDto> {
    return this.network.insights(query.sdg);
  }

  @Public()
  @Get('hubs')
  @ApiOperation({
    summary: "The map's hub layer: public hubs with their member organizations, and the federation links among them",
  })
  @ApiOkResponse({ type: NetworkHubLayerDto })
  @ApiErrors(400)
  hubLayer(@Query() query: SdgScopeQuery): Promise<NetworkHubLayerDto> {
    return this.hubs.layer(query.sdg);
  }

  @Public()
  @Get('organizations/:orgId')
  @ApiOperation({
    summary: "An organization's ties, hubs and centrality",
    description: 'Its public hubs, and the private ones the caller is a member of too',
  })
  @ApiParam({ name: 'orgId', format: 'uuid' })
  @ApiOkResponse({ type: OrganizationNetworkDto })
  @ApiErrors(400, 404)
  organization(
    @OptionalUser() user: AuthUser | null,
    @Param('orgId', ParseUUIDPipe) orgId: string,
  ): Promise<OrganizationNetworkDto> {
    return this.network.organization(user, orgId);
  }

  @Post('what-if')
  @HttpCode(200)
  @ApiOperation({ summary: 'How reach and centralization would change with a new hub of the chosen members' })
  @ApiOkResponse({ type: WhatIfResultDto })
  @ApiErrors(400, 401)
  whatIf(@Body() dto: WhatIfDto): Promise<WhatIfResultDto> {
    return this.network.whatIf(dto);
  }

  @Get('hubs/:hubId/members')
  @ApiOperation({ summary: "A hub's member organizations: network centrality against their share of recent work" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: [MemberNetworkRoleDto] })
  @ApiErrors(400, 401, 404)
  hubMembers(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
  ): Promise<MemberNetworkRoleDto[]> {
    return this.memberRoles.roles(user, hubId);
  }
}
