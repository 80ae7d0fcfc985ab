import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  refs,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OptionalUser, Public } from '../auth/decorators';
import { PublicCache } from '../public-cache/public-cache.decorator';
import {
  CreateMeasurementDto,
  MeasurementChangeDto,
  MeasurementPageDto,
  RejectMeasurementDto,
  VerifyMeasurementDto,
} from './measurement.dto';
import { MeasurementsService } from './measurements.service';
import { PublicMeasurementPageDto } from './public-goal.dto';

@ApiTags('goals')
@ApiExtraModels(MeasurementPageDto, PublicMeasurementPageDto)
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId')
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  @Post('goals/:goalId/measurements')
  @ApiOperation({ summary: 'Report a measurement of a goal' })
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiCreatedResponse({ type: MeasurementChangeDto, description: 'Unverified until the secretariat verifies it' })
  @ApiErrors(400, 401, 403, 404, 409)
  report(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
    @Body() dto: CreateMeasurementDto,
  ): Promise<MeasurementChangeDto> {
    return this.measurements.report(user, hubId, goalId, dto);
  }

  @Public()
  @PublicCache('anonymous')
  @Get('goals/:goalId/measurements')
  @ApiOperation({ summary: "A goal's measurements" })
  @ApiParam({ name: 'goalId', format: 'uuid' })
  @ApiOkResponse({
    description:
      "Newest observation first: all of them for a member; a public hub's verified ones as the public sees them " +
      '(PublicMeasurement) for anyone else',
    // anyOf, not oneOf: an empty page is both
    schema: { anyOf: refs(MeasurementPageDto, PublicMeasurementPageDto) },
  })
  @ApiErrors(400, 404)
  list(
    @OptionalUser() user: AuthUser | null,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('goalId', ParseUUIDPipe) goalId: string,
    @Query() query: PageQuery,
  ): Promise<MeasurementPageDto | PublicMeasurementPageDto> {
    return this.measurements.list(user, hubId, goalId, query);
  }

  @Post('measurements/:measurementId/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a reported measurement, with an optional note (secretariat)' })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiOkResponse({ type: MeasurementChangeDto })
  @ApiErrors(400, 401, 403, 404, 409)
  verify(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('measurementId', ParseUUIDPipe) measurementId: string,
    @Body() dto: VerifyMeasurementDto,
  ): Promise<MeasurementChangeDto> {
    return this.measurements.verify(user, hubId, measurementId, dto.note);
  }

  @Post('measurements/:measurementId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a reported measurement, saying why (secretariat)' })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiOkResponse({ type: MeasurementChangeDto })
  @ApiErrors(400, 401, 403, 404, 409)
  reject(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('measurementId', ParseUUIDPipe) measurementId: string,
    @Body() dto: RejectMeasurementDto,
  ): Promise<MeasurementChangeDto> {
    return this.measurements.reject(user, hubId, measurementId, dto.note);
  }

  @Post('measurements/:measurementId/undo-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo your own verification or rejection within 10 seconds: pending again (secretariat)' })
  @ApiParam({ name: 'measurementId', format: 'uuid' })
  @ApiOkResponse({ type: MeasurementChangeDto })
  @ApiErrors(400, 401, 403, 404, 409)
  undoReview(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('measurementId', ParseUUIDPipe) measurementId: string,
  ): Promise<MeasurementChangeDto> {
    return this.measurements.undoReview(user, hubId, measurementId);
  }
}
