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
  DecideMembershipDto,
  MyOrganizationDto,
  OrganizationMemberDto,
  OrganizationMembersQuery,
  RequestMembershipDto,
  UpdateOrganizationMemberDto,
} from './organization-members.dto';
import { OrganizationMemberships } from './organization-memberships.service';

const ORG = { name: 'orgId', format: 'uuid' } as const;
const MEMBER = { name: 'memberId', format: 'uuid' } as const;

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationMembersController {
  constructor(private readonly memberships: OrganizationMemberships) {}

  @Get('mine')
  @ApiOperation({ summary: 'The organizations I belong to or asked to join' })
  @ApiOkResponse({ type: [MyOrganizationDto] })
  @ApiErrors(401, 403)
  mine(@CurrentUser() user: AuthUser): Promise<MyOrganizationDto[]> {
    return this.memberships.mine(user);
  }

  @Post(':orgId/members')
  @ApiOperation({ summary: 'Ask to join it; its admins (a platform admin while unclaimed) decide' })
  @ApiParam(ORG)
  @ApiCreatedResponse({ type: OrganizationMemberDto })
  @ApiErrors(400, 401, 403, 404)
  request(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Body() dto: RequestMembershipDto,
  ): Promise<OrganizationMemberDto> {
    return this.memberships.request(user, orgId, dto);
  }

  @Get(':orgId/members')
  @ApiOperation({ summary: 'Its approved members (its members); pending requests and the rest (who decides)' })
  @ApiParam(ORG)
  @ApiOkResponse({ type: [OrganizationMemberDto] })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Query() query: OrganizationMembersQuery,
  ): Promise<OrganizationMemberDto[]> {
    return this.memberships.list(user, orgId, query.status);
  }

  @Post(':orgId/members/:memberId/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or decline a request to join (its admins; a platform admin while unclaimed)' })
  @ApiParam(ORG)
  @ApiParam(MEMBER)
  @ApiOkResponse({ type: OrganizationMemberDto })
  @ApiErrors(400, 401, 403, 404, 409)
  decide(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() dto: DecideMembershipDto,
  ): Promise<OrganizationMemberDto> {
    return this.memberships.decide(user, orgId, memberId, dto.decision);
  }

  @Patch(':orgId/members/:memberId')
  @ApiOperation({ summary: 'Make a member an admin, or an admin a member' })
  @ApiParam(ORG)
  @ApiParam(MEMBER)
  @ApiOkResponse({ type: OrganizationMemberDto })
  @ApiErrors(400, 401, 403, 404, 409)
  changeRole(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() dto: UpdateOrganizationMemberDto,
  ): Promise<OrganizationMemberDto> {
    return this.memberships.changeRole(user, orgId, memberId, dto);
  }

  @Delete(':orgId/members/:memberId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (admins), or leave / withdraw your own request' })
  @ApiParam(ORG)
  @ApiParam(MEMBER)
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    return this.memberships.remove(user, orgId, memberId);
  }
}
