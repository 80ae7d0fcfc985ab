import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { CastVoteDto, ProposeResolutionDto, ResolutionDto, ResolutionsPageDto, ResolutionsQuery } from './board.dto';
import { ResolutionsService } from './resolutions.service';

@ApiTags('board')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/resolutions')
export class ResolutionsController {
  constructor(private readonly resolutions: ResolutionsService) {}

  @Post()
  @ApiOperation({ summary: 'Put a motion to the board, to vote on until the deadline (secretariat)' })
  @ApiCreatedResponse({ type: ResolutionDto })
  @ApiErrors(400, 401, 403, 404, 409)
  propose(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: ProposeResolutionDto,
  ): Promise<ResolutionDto> {
    return this.resolutions.propose(user, hubId, dto);
  }

  @Get()
  @ApiOperation({ summary: "The board's resolutions" })
  @ApiOkResponse({ type: ResolutionsPageDto })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: ResolutionsQuery,
  ): Promise<ResolutionsPageDto> {
    return this.resolutions.list(user, hubId, query);
  }

  @Get(':resolutionId')
  @ApiOperation({ summary: 'One resolution with its votes' })
  @ApiParam({ name: 'resolutionId', format: 'uuid' })
  @ApiOkResponse({ type: ResolutionDto })
  @ApiErrors(400, 401, 404)
  get(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('resolutionId', ParseUUIDPipe) resolutionId: string,
  ): Promise<ResolutionDto> {
    return this.resolutions.get(user, hubId, resolutionId);
  }

  @Post(':resolutionId/votes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Vote for a seat you hold or are the alternate of; changeable until it closes' })
  @ApiParam({ name: 'resolutionId', format: 'uuid' })
  @ApiOkResponse({ type: ResolutionDto })
  @ApiErrors(400, 401, 403, 404, 409)
  vote(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('resolutionId', ParseUUIDPipe) resolutionId: string,
    @Body() dto: CastVoteDto,
  ): Promise<ResolutionDto> {
    return this.resolutions.vote(user, hubId, resolutionId, dto);
  }

  @Post(':resolutionId/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide it now by the votes cast (secretariat)' })
  @ApiParam({ name: 'resolutionId', format: 'uuid' })
  @ApiOkResponse({ type: ResolutionDto })
  @ApiErrors(400, 401, 403, 404, 409)
  close(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('resolutionId', ParseUUIDPipe) resolutionId: string,
  ): Promise<ResolutionDto> {
    return this.resolutions.close(user, hubId, resolutionId, false);
  }

  @Post(':resolutionId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw it undecided (secretariat)' })
  @ApiParam({ name: 'resolutionId', format: 'uuid' })
  @ApiOkResponse({ type: ResolutionDto })
  @ApiErrors(400, 401, 403, 404, 409)
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('resolutionId', ParseUUIDPipe) resolutionId: string,
  ): Promise<ResolutionDto> {
    return this.resolutions.close(user, hubId, resolutionId, true);
  }
}
