import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { MemberDto, SpokesPageDto, UpdateMemberDto } from './members.dto';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({ summary: "The hub's member spokes" })
  @ApiOkResponse({ type: SpokesPageDto, description: "The hub's spokes with their people" })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: PageQuery,
  ): Promise<SpokesPageDto> {
    return this.members.list(user, hubId, query);
  }

  @Patch(':memberId')
  @ApiOperation({ summary: "Change a member's role (secretariat)" })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiOkResponse({ type: MemberDto })
  @ApiErrors(400, 401, 403, 404, 409)
  changeRole(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.changeRole(user, hubId, memberId, dto);
  }

  @Delete(':memberId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (secretariat)' })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The member is removed (or the caller left the hub)' })
  @ApiErrors(400, 401, 403, 404, 409)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    return this.members.remove(user, hubId, memberId);
  }
}
