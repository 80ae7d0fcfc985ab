import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { HubFederationDto, HubLinkDto, RequestHubLinkDto } from './federation.dto';
import { HubLinksService } from './hub-links.service';

@ApiTags('federation')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/links')
export class HubLinksController {
  constructor(private readonly links: HubLinksService) {}

  @Get()
  @ApiOperation({ summary: "List the hub's links: its member hubs, the hubs it belongs to, and pending requests" })
  @ApiOkResponse({ type: HubFederationDto })
  @ApiErrors(400, 401, 404)
  list(@CurrentUser() user: AuthUser, @Param('hubId', ParseUUIDPipe) hubId: string): Promise<HubFederationDto> {
    return this.links.list(user, hubId);
  }

  @Post()
  @ApiOperation({ summary: 'Ask to join a parent hub, or invite a child hub (secretariat)' })
  @ApiCreatedResponse({ type: HubLinkDto, description: "Pending until the other hub's secretariat accepts" })
  @ApiErrors(400, 401, 403, 404, 409)
  request(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: RequestHubLinkDto,
  ): Promise<HubLinkDto> {
    return this.links.request(user, hubId, dto);
  }

  @Post(':linkId/accept')
  @ApiOperation({ summary: 'Accept a link the other hub asked for (secretariat)' })
  @HttpCode(200)
  @ApiParam({ name: 'linkId', format: 'uuid' })
  @ApiOkResponse({ type: HubLinkDto })
  @ApiErrors(400, 401, 403, 404, 409)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
  ): Promise<HubLinkDto> {
    return this.links.accept(user, hubId, linkId);
  }

  @Post(':linkId/decline')
  @ApiOperation({ summary: 'Decline a link the other hub asked for (secretariat)' })
  @HttpCode(200)
  @ApiParam({ name: 'linkId', format: 'uuid' })
  @ApiOkResponse({ type: HubLinkDto })
  @ApiErrors(400, 401, 403, 404, 409)
  decline(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
  ): Promise<HubLinkDto> {
    return this.links.decline(user, hubId, linkId);
  }

  @Delete(':linkId')
  @ApiOperation({ summary: 'End a link or withdraw a request, from either side (secretariat)' })
  @ApiParam({ name: 'linkId', format: 'uuid' })
  @ApiOkResponse({ type: HubLinkDto, description: 'Ended (left, or a request withdrawn); its roll-ups stop' })
  @ApiErrors(400, 401, 403, 404, 409)
  end(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
  ): Promise<HubLinkDto> {
    return this.links.end(user, hubId, linkId);
  }
}
