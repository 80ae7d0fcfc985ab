import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import {
  NotificationDtoDoc,
  NotificationSettingsDtoDoc,
  NotificationsPageDto,
  NotificationsQuery,
  ReadAllResultDto,
  UpdateNotificationSettingsBody,
} from './notification.dto';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferences,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first' })
  @ApiOkResponse({ type: NotificationsPageDto })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationsQuery): Promise<NotificationsPageDto> {
    return this.notifications.list(user, query);
  }

  @Get('settings')
  @ApiOperation({ summary: 'How the caller hears of each kind of notification: in_app, email (and in the app) or off' })
  @ApiOkResponse({ type: NotificationSettingsDtoDoc })
  @ApiErrors(401)
  settings(@CurrentUser() user: AuthUser): Promise<NotificationSettingsDtoDoc> {
    return this.preferences.settings(user);
  }

  @Put('settings')
  @ApiOperation({ summary: 'Change the channel of some kinds; the others keep theirs' })
  @ApiOkResponse({ type: NotificationSettingsDtoDoc })
  @ApiErrors(400, 401)
  updateSettings(
    @CurrentUser() user: AuthUser,
    @Body() body: UpdateNotificationSettingsBody,
  ): Promise<NotificationSettingsDtoDoc> {
    return this.preferences.update(user, body);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: ReadAllResultDto })
  @ApiErrors(401)
  readAll(@CurrentUser() user: AuthUser): Promise<ReadAllResultDto> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: NotificationDtoDoc })
  @ApiErrors(400, 401, 404)
  read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDtoDoc> {
    return this.notifications.markRead(user, id);
  }
}
