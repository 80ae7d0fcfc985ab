import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { AllowUnverified, CurrentUser, Public } from '../auth/decorators';
import { DigestPreferencesService } from './digest-preferences.service';
import {
  DigestDtoDoc,
  DigestsPageDto,
  DigestsQuery,
  OutboxPageDto,
  UnsubscribeQuery,
  UnsubscribeResultDto,
} from './digests.dto';
import { DigestsService } from './digests.service';

@ApiTags('digests')
@Controller('digests')
export class DigestsController {
  constructor(
    private readonly digests: DigestsService,
    private readonly preferences: DigestPreferencesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My digests, newest first' })
  @ApiOkResponse({ type: DigestsPageDto })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: DigestsQuery): Promise<DigestsPageDto> {
    return this.digests.list(user, query);
  }

  @AllowUnverified()
  @Get('outbox')
  @ApiOperation({ summary: 'The emails kept on a server without SMTP' })
  @ApiOkResponse({ type: OutboxPageDto, description: 'Emails kept locally without SMTP_URL: yours, or all for admins' })
  @ApiErrors(400, 401)
  outbox(@CurrentUser() user: AuthUser, @Query() query: DigestsQuery): Promise<OutboxPageDto> {
    return this.digests.outbox(user, query);
  }

  @Public()
  @Get('unsubscribe')
  @ApiOperation({ summary: "Confirmation page of an email's unsubscribe link" })
  @ApiOkResponse({ type: UnsubscribeResultDto })
  @ApiErrors(400, 404)
  unsubscribeLink(@Query() query: UnsubscribeQuery): Promise<UnsubscribeResultDto> {
    return this.preferences.unsubscribe(query.token);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOperation({ summary: "Unsubscribe from a hub's digest with an email's token" })
  @ApiOkResponse({ type: UnsubscribeResultDto, description: 'One-click unsubscribe (RFC 8058)' })
  @ApiErrors(400, 404)
  unsubscribe(@Query() query: UnsubscribeQuery): Promise<UnsubscribeResultDto> {
    return this.preferences.unsubscribe(query.token);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a digest read' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DigestDtoDoc })
  @ApiErrors(400, 401, 404)
  read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<DigestDtoDoc> {
    return this.digests.markRead(user, id);
  }
}
