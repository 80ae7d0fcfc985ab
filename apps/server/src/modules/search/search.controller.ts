import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { SearchQuery, SearchResultsDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @ApiOperation({ summary: 'Find hubs, tasks, goals, organizations and people I may see, best match first' })
  @ApiOkResponse({ type: SearchResultsDto })
  @ApiErrors(400, 401)
  search(@CurrentUser() user: AuthUser, @Query() query: SearchQuery): Promise<SearchResultsDto> {
    return this.searchService.search(user, query);
  }
}
