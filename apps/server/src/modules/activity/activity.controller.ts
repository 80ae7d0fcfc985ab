import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { EventsPageDto, EventsQuery } from './activity.dto';
import { ActivityService } from './activity.service';

@ApiTags('activity')
@Controller('hubs/:hubId/events')
export class ActivityController {
  constructor(private readonly activity: ActivityService) {}

  @Get()
  @ApiOperation({ summary: "The hub's events after a seq, oldest first (catch-up)" })
  @ApiOkResponse({ type: EventsPageDto })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: EventsQuery,
  ): Promise<EventsPageDto> {
    return this.activity.list(user, hubId, query);
  }
}
