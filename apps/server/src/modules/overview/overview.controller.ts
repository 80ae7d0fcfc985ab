import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { HubOverviewDto } from './overview.dto';
import { OverviewService } from './overview.service';

@ApiTags('overview')
@Controller('hubs/:hubId/overview')
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Get()
  @ApiOperation({ summary: "The hub's overview: goals, tasks and recent activity" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: HubOverviewDto })
  @ApiErrors(400, 401, 404)
  get(@CurrentUser() user: AuthUser, @Param('hubId', ParseUUIDPipe) hubId: string): Promise<HubOverviewDto> {
    return this.overview.get(user, hubId);
  }
}
