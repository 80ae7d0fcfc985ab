import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ExportResponse, type ExportFile } from '../../infra/export/export-file';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { OptionalUser, Public } from '../auth/decorators';
import { HubRatingsDto, IndicatorLeagueDto, LeagueTableDto, RatingScopeQuery, RatingsExportQuery } from './ratings.dto';
import { RatingsExportService } from './ratings-export.service';
import { RatingsService } from './ratings.service';

@ApiTags('ratings')
@Public()
@Controller('ratings')
export class RatingsController {
  constructor(
    private readonly ratings: RatingsService,
    private readonly exports: RatingsExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The league table of public hubs, over all goals or on one SDG' })
  @ApiOkResponse({ type: LeagueTableDto })
  @ApiErrors(400)
  league(@Query() query: RatingScopeQuery): Promise<LeagueTableDto> {
    return this.ratings.league(query.sdg);
  }

  @Get('export')
  @ApiOperation({
    summary: "Public hubs' ratings or verified measurements, for outside rating bodies",
    description:
      'A CSV text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is ' +
      "written quoted after a '; numbers are written as they are. The file stops at the row limit " +
      '(X-Export-Row-Limit, X-Export-Truncated).',
  })
  @ApiProduces('text/csv', 'application/json')
  @ExportResponse({ description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400)
  export(@Query() query: RatingsExportQuery): Promise<ExportFile> {
    return this.exports.export(query);
  }

  @Get('hubs/:hubId')
  @ApiOperation({ summary: "A hub's ratings with what each score is made of (public hubs; private ones for members)" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: HubRatingsDto })
  @ApiErrors(400, 404)
  hub(@OptionalUser() user: AuthUser | null, @Param('hubId', ParseUUIDPipe) hubId: string): Promise<HubRatingsDto> {
    return this.ratings.hub(user, hubId);
  }

  @Get('indicators/:code')
  @ApiOperation({ summary: "Public hubs' goals on one SDG indicator, ranked by verified progress" })
  @ApiParam({ name: 'code', example: '3.b.1' })
  @ApiOkResponse({ type: IndicatorLeagueDto })
  @ApiErrors(404)
  indicator(@Param('code') code: string): Promise<IndicatorLeagueDto> {
    return this.ratings.indicator(code);
  }

  @Get('metrics/:metricId')
  @ApiOperation({ summary: "Public hubs' goals on one catalog metric (an SDG indicator or a public custom metric)" })
  @ApiParam({ name: 'metricId', format: 'uuid' })
  @ApiOkResponse({ type: IndicatorLeagueDto })
  @ApiErrors(400, 404)
  metric(@Param('metricId', ParseUUIDPipe) metricId: string): Promise<IndicatorLeagueDto> {
    return this.ratings.metric(metricId);
  }
}
