import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { Public } from '../auth/decorators';
import { PublicCache } from '../public-cache/public-cache.decorator';
import { PublicHubPageDto } from './public-hub-page.dto';
import { PublicHubPageService } from './public-hub-page.service';

@ApiTags('public')
@Public()
@Controller('public/hubs')
export class PublicHubsController {
  constructor(private readonly pages: PublicHubPageService) {}

  @Get(':idOrSlug')
  @PublicCache('everyone')
  @ApiOperation({
    summary: "A public hub's page: mission, goals with verified progress, organizations, board, rating, decisions",
    description: 'The same for whoever asks. A private hub answers 404, exactly as a hub that does not exist.',
  })
  @ApiParam({ name: 'idOrSlug', description: "The hub's id or its slug", example: 'vaccine-delivery-hub' })
  @ApiOkResponse({ type: PublicHubPageDto })
  @ApiErrors(404)
  page(@Param('idOrSlug') idOrSlug: string): Promise<PublicHubPageDto> {
    return this.pages.page(idOrSlug);
  }
}
