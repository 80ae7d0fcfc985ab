import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { VersionQuery } from '../../infra/http/version-query';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { CreateWorkingGroupDto, UpdateWorkingGroupDto, WorkingGroupDto, WorkingGroupsQuery } from './working-group.dto';
import { WorkingGroupsService } from './working-groups.service';

@ApiTags('working groups')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/groups')
export class WorkingGroupsController {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Get()
  @ApiOperation({ summary: "List the hub's working groups (archived ones with ?archived=true)" })
  @ApiOkResponse({ type: [WorkingGroupDto] })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: WorkingGroupsQuery,
  ): Promise<WorkingGroupDto[]> {
    return this.groups.list(user, hubId, query.archived === 'true');
  }

  @Post()
  @ApiOperation({ summary: 'Start a working group with its lead and members (secretariat)' })
  @ApiCreatedResponse({ type: WorkingGroupDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: CreateWorkingGroupDto,
  ): Promise<WorkingGroupDto> {
    return this.groups.create(user, hubId, dto);
  }

  @Get(':groupId')
  @ApiOperation({ summary: 'Read a working group' })
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: WorkingGroupDto })
  @ApiErrors(400, 401, 404)
  get(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('groupId', ParseUUIDPipe) groupId: string,
  ): Promise<WorkingGroupDto> {
    return this.groups.get(user, hubId, groupId);
  }

  @Patch(':groupId')
  @ApiOperation({ summary: 'Edit a working group at a version, or hand its lead to another member (secretariat)' })
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: WorkingGroupDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Body() dto: UpdateWorkingGroupDto,
  ): Promise<WorkingGroupDto> {
    return this.groups.update(user, hubId, groupId, dto);
  }

  @Delete(':groupId')
  @ApiOperation({ summary: 'Archive a working group at a version (secretariat); it stays readable' })
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: WorkingGroupDto })
  @ApiErrors(400, 401, 403, 404, 409)
  archive(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Query() query: VersionQuery,
  ): Promise<WorkingGroupDto> {
    return this.groups.archive(user, hubId, groupId, query.version);
  }

  @Put(':groupId/members/:memberId')
  @ApiOperation({ summary: 'Add a member of the hub to a working group (its lead or the secretariat)' })
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiParam({ name: 'memberId', format: 'uuid', description: 'The hub membership of the person to add' })
  @ApiOkResponse({ type: WorkingGroupDto })
  @ApiErrors(400, 401, 403, 404, 409)
  addMember(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<WorkingGroupDto> {
    return this.groups.addMember(user, hubId, groupId, memberId);
  }

  @Delete(':groupId/members/:memberId')
  @ApiOperation({ summary: 'Take a member out of a working group (its lead or the secretariat)' })
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiOkResponse({ type: WorkingGroupDto })
  @ApiErrors(400, 401, 403, 404, 409)
  removeMember(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<WorkingGroupDto> {
    return this.groups.removeMember(user, hubId, groupId, memberId);
  }
}
