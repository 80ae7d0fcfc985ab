import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiParam, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { DigestPreferencesService } from './digest-preferences.service';
import {
  DigestPreferenceDtoDoc,
  DigestPreviewDto,
  DigestPreviewQuery,
  SendNowDto,
  SendNowResultDto,
  UpdateDigestPreferenceDto,
} from './digests.dto';
import { HubDigestsService } from './hub-digests.service';

@ApiTags('digests')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId')
export class HubDigestsController {
  constructor(
    private readonly preferences: DigestPreferencesService,
    private readonly hubDigests: HubDigestsService,
  ) {}

  @Get('digest-preferences/me')
  @ApiOperation({ summary: 'My digest preference for the hub' })
  @ApiOkResponse({ type: DigestPreferenceDtoDoc })
  @ApiErrors(400, 401, 404)
  getMine(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
  ): Promise<DigestPreferenceDtoDoc> {
    return this.preferences.getMine(user, hubId);
  }

  @Put('digest-preferences/me')
  @ApiOperation({ summary: 'Set my digest preference for the hub' })
  @ApiOkResponse({ type: DigestPreferenceDtoDoc })
  @ApiErrors(400, 401, 404)
  updateMine(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: UpdateDigestPreferenceDto,
  ): Promise<DigestPreferenceDtoDoc> {
    return this.preferences.updateMine(user, hubId, dto);
  }

  @Get('digests/preview')
  @ApiOperation({ summary: 'Preview the digest I would get now' })
  @ApiOkResponse({ type: DigestPreviewDto })
  @ApiErrors(400, 401, 403, 404)
  preview(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: DigestPreviewQuery,
  ): Promise<DigestPreviewDto> {
    return this.hubDigests.preview(user, hubId, query);
  }

  @Post('digests/send-now')
  @HttpCode(202)
  @ApiOperation({ summary: "Send the hub's digests now (secretariat)" })
  @ApiAcceptedResponse({ type: SendNowResultDto })
  @ApiErrors(400, 401, 403, 404, 409)
  sendNow(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: SendNowDto,
  ): Promise<SendNowResultDto> {
    return this.hubDigests.sendNow(user, hubId, dto);
  }
}
