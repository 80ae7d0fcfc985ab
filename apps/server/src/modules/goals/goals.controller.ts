import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { CreateGoalDto, GoalDto, GoalListQuery, GoalPageDto, UpdateGoalDto } from './goal.dto';
import { GoalsService } from './goals.service';

@ApiTags('goals')
@ApiBearerAuth()
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Post()
  @ApiCreatedResponse({ type: GoalDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: CreateGoalDto,
  ): Promise<GoalDto> {
    return this.goals.create(user, hubId, dto);
  }

  @Get()
  @ApiOkResponse({ type: GoalPageDto })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: GoalListQuery,
  ): Promise<GoalPageDto> {
    return this.goals.list(user, hubId, query);
  }

  @Get(':goalId')
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiOkResponse({ type: GoalDto })
  @ApiErrors(400, 401, 404)
  get(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
  ): Promise<GoalDto> {
    return this.goals.get(user, hubId, goalId);
  }

  @Patch(':goalId')
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiOkResponse({ type: GoalDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
    @Body() dto: UpdateGoalDto,
  ): Promise<GoalDto> {
    return this.goals.update(user, hubId, goalId, dto);
  }

  @Delete(':goalId')
  @HttpCode(204)
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Deleted with its measurements; its tasks and child goals are detached' })
  @ApiErrors(400, 401, 403, 404, 409)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
  ): Promise<void> {
    return this.goals.remove(user, hubId, goalId);
  }
}
