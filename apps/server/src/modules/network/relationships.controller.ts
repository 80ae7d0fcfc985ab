import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { PlatformActionRoute } from '../policy/platform-action.guard';
import { CreateRelationshipDto, RelationshipDto, RelationshipsPageDto, RelationshipsQuery } from './relationship.dto';
import { RelationshipsService } from './relationships.service';

@ApiTags('network')
@Controller('network/relationships')
export class RelationshipsController {
  constructor(private readonly relationships: RelationshipsService) {}

  @Get()
  @ApiOperation({ summary: 'Declared relationships between organizations, newest first' })
  @ApiOkResponse({ type: RelationshipsPageDto })
  @ApiErrors(400, 401)
  list(@Query() query: RelationshipsQuery): Promise<RelationshipsPageDto> {
    return this.relationships.list(query);
  }

  @Post()
  @PlatformActionRoute('network.write')
  @ApiOperation({ summary: 'Declare a relationship (platform admins)' })
  @ApiCreatedResponse({ type: RelationshipDto })
  @ApiErrors(400, 401, 403, 409)
  create(@Body() dto: CreateRelationshipDto): Promise<RelationshipDto> {
    return this.relationships.create(dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @PlatformActionRoute('network.write')
  @ApiOperation({ summary: 'Remove a relationship (platform admins)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(400, 401, 403, 404)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.relationships.remove(id);
  }
}
