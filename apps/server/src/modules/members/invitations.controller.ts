import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { AllowUnverified, CurrentUser, Public } from '../auth/decorators';
import { InvitationsService } from './invitations.service';
import {
  AcceptInvitationDto,
  InvitationCreatedDto,
  InvitationPreviewDto,
  InvitationsPageDto,
  InviteDto,
  MemberDto,
} from './members.dto';

@ApiTags('members')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('hubs/:hubId/invitations')
  @ApiOperation({ summary: "Invite an organization's person to the hub (secretariat)" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiCreatedResponse({ type: InvitationCreatedDto })
  @ApiErrors(400, 401, 403, 404, 409)
  invite(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: InviteDto,
  ): Promise<InvitationCreatedDto> {
    return this.invitations.invite(user, hubId, dto);
  }

  @Get('hubs/:hubId/invitations')
  @ApiOperation({ summary: "The hub's pending invitations (secretariat)" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: InvitationsPageDto })
  @ApiErrors(400, 401, 403, 404)
  listPending(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: PageQuery,
  ): Promise<InvitationsPageDto> {
    return this.invitations.listPending(user, hubId, query);
  }

  @Delete('hubs/:hubId/invitations/:memberId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a pending invitation (secretariat)' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The invitation is revoked' })
  @ApiErrors(400, 401, 403, 404, 409)
  revoke(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    return this.invitations.revoke(user, hubId, memberId);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOperation({ summary: 'What an invitation offers, by its token' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiErrors(404)
  preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.invitations.preview(token);
  }

  @AllowUnverified()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation' })
  @ApiOkResponse({
    type: MemberDto,
    description:
      'The caller is now an active member of the hub; or, when not yet an approved member of the organization to ' +
      'represent, asked to join it and the membership stays `invited` until that is approved',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  accept(@CurrentUser() user: AuthUser, @Body() dto: AcceptInvitationDto): Promise<MemberDto> {
    return this.invitations.accept(user, dto.token);
  }
}
