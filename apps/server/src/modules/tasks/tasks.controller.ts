import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import {
  CreateTaskDto,
  DeleteTaskQuery,
  MoveTaskDto,
  TaskCountsDto,
  TaskDtoDoc,
  TaskFiltersQuery,
  TasksPageDto,
  TasksQuery,
  UpdateTaskDto,
} from './task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Post()
  @ApiOperation({ summary: 'Create a task' })
  @ApiCreatedResponse({ type: TaskDtoDoc })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: CreateTaskDto,
  ): Promise<TaskDtoDoc> {
    return this.tasks.create(user, hubId, dto);
  }

  @Get()
  @ApiOperation({ summary: "The hub's tasks" })
  @ApiOkResponse({ type: TasksPageDto })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: TasksQuery,
  ): Promise<TasksPageDto> {
    return this.tasks.list(user, hubId, query);
  }

  @Get('counts')
  @ApiOperation({ summary: "How many of the hub's tasks under these filters are in each status" })
  @ApiOkResponse({ type: TaskCountsDto })
  @ApiErrors(400, 401, 404)
  counts(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: TaskFiltersQuery,
  ): Promise<TaskCountsDto> {
    return this.tasks.counts(user, hubId, query);
  }

  @Get(':taskId')
  @ApiOperation({ summary: 'One task' })
  @ApiParam({ name: 'taskId', format: 'uuid' })
  @ApiOkResponse({ type: TaskDtoDoc })
  @ApiErrors(400, 401, 404)
  get(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
  ): Promise<TaskDtoDoc> {
    return this.tasks.get(user, hubId, taskId);
  }

  @Patch(':taskId')
  @ApiOperation({ summary: 'Edit a task at a version; a stale version answers 409 with the current task' })
  @ApiParam({ name: 'taskId', format: 'uuid' })
  @ApiOkResponse({ type: TaskDtoDoc })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskDtoDoc> {
    return this.tasks.update(user, hubId, taskId, dto);
  }

  @Post(':taskId/move')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a card on the board: a status change (workflow applies) and a new position' })
  @ApiParam({ name: 'taskId', format: 'uuid' })
  @ApiOkResponse({ type: TaskDtoDoc })
  @ApiErrors(400, 401, 403, 404, 409)
  move(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: MoveTaskDto,
  ): Promise<TaskDtoDoc> {
    return this.tasks.move(user, hubId, taskId, dto);
  }

  @Delete(':taskId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a task' })
  @ApiParam({ name: 'taskId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The task and its comments are deleted' })
  @ApiErrors(400, 401, 403, 404, 409)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Query() query: DeleteTaskQuery,
  ): Promise<void> {
    return this.tasks.remove(user, hubId, taskId, query.version);
  }
}
