import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  refs,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OptionalUser, Public } from '../auth/decorators';
import { PublicCache } from '../public-cache/public-cache.decorator';
import { CreateGoalDto, GoalDto, GoalListQuery, GoalPageDto, UpdateGoalDto } from './goal.dto';
import { GoalsService } from './goals.service';
import { PublicGoalDto, PublicGoalPageDto } from './public-goal.dto';

@ApiTags('goals')
@ApiExtraModels(GoalPageDto, PublicGoalDto, PublicGoalPageDto)
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a goal (secretariat)' })
  @ApiCreatedResponse({ type: GoalDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: CreateGoalDto,
  ): Promise<GoalDto> {
    return this.goals.create(user, hubId, dto);
  }

  @Public()
  @PublicCache('anonymous')
  @Get()
  @ApiOperation({ summary: "The hub's goals" })
  @ApiOkResponse({
    description: "A member's goals; a public hub's goals as the public sees them (PublicGoal) for anyone else",
    // anyOf, not oneOf: an empty page is both
    schema: { anyOf: refs(GoalPageDto, PublicGoalPageDto) },
  })
  @ApiErrors(400, 404)
  list(
    @OptionalUser() user: AuthUser | null,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: GoalListQuery,
  ): Promise<GoalPageDto | PublicGoalPageDto> {
    return this.goals.list(user, hubId, query);
  }

  @Public()
  @PublicCache('anonymous')
  @Get(':goalId')
  @ApiOperation({ summary: 'One goal with its progress' })
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiOkResponse({
    description: 'The goal for a member; as the public sees it (PublicGoal) on a public hub for anyone else',
    schema: { oneOf: refs(GoalDto, PublicGoalDto) },
  })
  @ApiErrors(400, 404)
  get(
    @OptionalUser() user: AuthUser | null,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
  ): Promise<GoalDto | PublicGoalDto> {
    return this.goals.get(user, hubId, goalId);
  }

  @Patch(':goalId')
  @ApiOperation({ summary: 'Edit a goal (secretariat)' })
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
  @ApiOperation({ summary: 'Delete a goal (secretariat)' })
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
