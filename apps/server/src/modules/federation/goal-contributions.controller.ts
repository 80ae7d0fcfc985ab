import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { GoalContributionDto, HubContributionsDto, MapGoalDto } from './federation.dto';
import { GoalContributionsService } from './goal-contributions.service';

@ApiTags('federation')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId')
export class GoalContributionsController {
  constructor(private readonly contributions: GoalContributionsService) {}

  @Get('contributions')
  @ApiOperation({ summary: "List the parent goals this hub's goals may roll up into, and its mappings" })
  @ApiOkResponse({ type: HubContributionsDto })
  @ApiErrors(400, 401, 404)
  list(@CurrentUser() user: AuthUser, @Param('hubId', ParseUUIDPipe) hubId: string): Promise<HubContributionsDto> {
    return this.contributions.list(user, hubId);
  }

  @Put('goals/:goalId/contribution')
  @ApiOperation({ summary: "Map one of this hub's goals to a parent hub's goal, with a weight (secretariat)" })
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiOkResponse({ type: GoalContributionDto, description: 'The goal now rolls up into the parent goal' })
  @ApiErrors(400, 401, 403, 404, 409)
  map(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
    @Body() dto: MapGoalDto,
  ): Promise<GoalContributionDto> {
    return this.contributions.map(user, hubId, goalId, dto);
  }

  @Delete('goals/:goalId/contribution')
  @ApiOperation({ summary: "Stop a goal rolling up into its parent hub's goal (secretariat)" })
  @HttpCode(204)
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The goal no longer rolls up into a parent goal' })
  @ApiErrors(400, 401, 403, 404, 409)
  unmap(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
  ): Promise<void> {
    return this.contributions.unmap(user, hubId, goalId);
  }
}
