import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { Public } from '../auth/decorators';
import {
  SdgGoalDto,
  SdgGoalParams,
  SdgGoalSummaryDto,
  SdgIndicatorDto,
  SdgIndicatorParams,
  SdgTargetDto,
  SdgTargetParams,
} from './sdg.dto';
import { SdgService } from './sdg.service';

@ApiTags('sdg')
@Public()
@Controller('sdg')
export class SdgController {
  constructor(private readonly sdg: SdgService) {}

  @Get('goals')
  @ApiOperation({ summary: 'The 17 SDGs with their targets' })
  @ApiOkResponse({ type: [SdgGoalSummaryDto], description: 'The 17 goals with their targets (no indicators)' })
  goals(): SdgGoalSummaryDto[] {
    return this.sdg.listGoals();
  }

  @Get('goals/:code')
  @ApiOperation({ summary: 'One SDG with its targets' })
  @ApiOkResponse({ type: SdgGoalDto })
  @ApiErrors(400, 404)
  goal(@Param() params: SdgGoalParams): SdgGoalDto {
    return this.sdg.getGoal(params.code);
  }

  @Get('targets/:code')
  @ApiOperation({ summary: 'One SDG target with its indicators' })
  @ApiOkResponse({ type: SdgTargetDto })
  @ApiErrors(400, 404)
  target(@Param() params: SdgTargetParams): SdgTargetDto {
    return this.sdg.getTarget(params.code);
  }

  @Get('indicators')
  @ApiOperation({ summary: 'Every SDG indicator, for pickers' })
  @ApiOkResponse({ type: [SdgIndicatorDto], description: 'In the order of the framework' })
  indicators(): SdgIndicatorDto[] {
    return this.sdg.listIndicators();
  }

  @Get('indicators/:code')
  @ApiOperation({ summary: 'One SDG indicator' })
  @ApiOkResponse({ type: SdgIndicatorDto })
  @ApiErrors(400, 404)
  indicator(@Param() params: SdgIndicatorParams): SdgIndicatorDto {
    return this.sdg.getIndicator(params.code);
  }
}
