import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import { HubDirectoryService } from './hub-directory.service';
import {
  CreateHubDto,
  HubDetailDto,
  HubDirectoryPageDto,
  HubDirectoryQuery,
  HubPublicSummaryDto,
  MyHubsPageDto,
  UpdateHubDto,
} from './hubs.dto';
import { HubsService } from './hubs.service';

@ApiTags('hubs')
@ApiExtraModels(HubDetailDto, HubPublicSummaryDto)
@Controller('hubs')
export class HubsController {
  constructor(
    private readonly hubs: HubsService,
    private readonly directory: HubDirectoryService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a hub with my organization as its secretariat' })
  @ApiCreatedResponse({ type: HubDetailDto })
  @ApiErrors(400, 401, 409)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateHubDto): Promise<HubDetailDto> {
    return this.hubs.create(user, dto);
  }

  @Get('mine')
  @ApiOperation({ summary: 'The hubs I belong to' })
  @ApiOkResponse({ type: MyHubsPageDto })
  @ApiErrors(400, 401)
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<MyHubsPageDto> {
    return this.hubs.mine(user, query);
  }

  @Public()
  @Get('directory')
  @ApiOperation({ summary: 'The directory of public hubs' })
  @ApiOkResponse({ type: HubDirectoryPageDto, description: 'Public, non-archived hubs' })
  @ApiErrors(400)
  list(@Query() query: HubDirectoryQuery): Promise<HubDirectoryPageDto> {
    return this.directory.list(query);
  }

  @Public()
  @PublicCache('anonymous')
  @Get(':hubId')
  @ApiOperation({ summary: 'A hub: in full for its members, its public summary otherwise' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({
    description: 'The full hub for an active member; the public summary (`public: true`) of a public hub otherwise',
    schema: { oneOf: refs(HubDetailDto, HubPublicSummaryDto) },
  })
  @ApiErrors(400, 404)
  get(
    @OptionalUser() user: AuthUser | null,
    @Param('hubId', ParseUUIDPipe) hubId: string,
  ): Promise<HubDetailDto | HubPublicSummaryDto> {
    return this.hubs.get(user, hubId);
  }

  @Patch(':hubId')
  @ApiOperation({ summary: 'Edit a hub (secretariat)' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: HubDetailDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: UpdateHubDto,
  ): Promise<HubDetailDto> {
    return this.hubs.update(user, hubId, dto);
  }

  @Post(':hubId/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a hub (secretariat)' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: HubDetailDto })
  @ApiErrors(400, 401, 403, 404, 409)
  archive(@CurrentUser() user: AuthUser, @Param('hubId', ParseUUIDPipe) hubId: string): Promise<HubDetailDto> {
    return this.hubs.archive(user, hubId);
  }
}
