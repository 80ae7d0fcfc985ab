import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { CreateMetricDto, MetricDto, MetricsPageDto, MetricsQuery, UpdateMetricDto } from './metrics.dto';
import { MetricsService } from './metrics.service';

@ApiTags('metrics')
@Controller()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('metrics')
  @ApiOperation({ summary: "The metric catalog: SDG indicators and public hubs' custom metrics" })
  @ApiOkResponse({ type: MetricsPageDto })
  @ApiErrors(400, 401)
  catalog(@Query() query: MetricsQuery): Promise<MetricsPageDto> {
    return this.metrics.catalog(query);
  }

  @Get('metrics/:metricId')
  @ApiOperation({ summary: 'One metric of the catalog' })
  @ApiParam({ name: 'metricId', format: 'uuid' })
  @ApiOkResponse({ type: MetricDto })
  @ApiErrors(400, 401, 404)
  get(@CurrentUser() user: AuthUser, @Param('metricId', ParseUUIDPipe) metricId: string): Promise<MetricDto> {
    return this.metrics.get(user, metricId);
  }

  @Get('hubs/:hubId/metrics')
  @ApiOperation({ summary: "The hub's custom metrics" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: MetricsPageDto })
  @ApiErrors(400, 401, 404)
  forHub(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Query() query: MetricsQuery,
  ): Promise<MetricsPageDto> {
    return this.metrics.forHub(user, hubId, query);
  }

  @Post('hubs/:hubId/metrics')
  @ApiOperation({ summary: 'Define a custom metric (secretariat)' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiCreatedResponse({ type: MetricDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: CreateMetricDto,
  ): Promise<MetricDto> {
    return this.metrics.create(user, hubId, dto);
  }

  @Patch('hubs/:hubId/metrics/:metricId')
  @ApiOperation({ summary: "Edit a hub's custom metric (secretariat)" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiParam({ name: 'metricId', format: 'uuid' })
  @ApiOkResponse({ type: MetricDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('metricId', ParseUUIDPipe) metricId: string,
    @Body() dto: UpdateMetricDto,
  ): Promise<MetricDto> {
    return this.metrics.update(user, hubId, metricId, dto);
  }
}
