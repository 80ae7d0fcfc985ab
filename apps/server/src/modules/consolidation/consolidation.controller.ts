import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { Public } from '../auth/decorators';
import { SdgTargetParams } from '../sdg/sdg.dto';
import { ConsolidationDto, ConsolidationTargetDto } from './consolidation.dto';
import { ConsolidationService } from './consolidation.service';

@ApiTags('sdg')
@Public()
@Controller('sdg')
export class ConsolidationController {
  constructor(private readonly consolidation: ConsolidationService) {}

  @Get('consolidation')
  @ApiOperation({ summary: 'The SDG targets two or more public hubs work on, where consolidation may matter' })
  @ApiOkResponse({ type: [ConsolidationTargetDto] })
  targets(): Promise<ConsolidationTargetDto[]> {
    return this.consolidation.targets();
  }

  @Get('targets/:code/consolidation')
  @ApiOperation({
    summary: 'Public hubs on one SDG target: their shared organizations, links, and candidates to federate or merge',
    description:
      'Overlap is the Jaccard index of two hubs\u2019 member organizations (shared / in either). Not linked and ' +
      'sharing at least 20% → candidates to federate; sharing at least 50% → could consider merging. Private hubs ' +
      'never appear nor count.',
  })
  @ApiOkResponse({ type: ConsolidationDto })
  @ApiErrors(400, 404)
  target(@Param() params: SdgTargetParams): Promise<ConsolidationDto> {
    return this.consolidation.target(params.code);
  }
}
