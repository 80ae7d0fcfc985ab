import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import {
  CreateOrganizationDto,
  OrganizationDto,
  OrganizationsPageDto,
  OrganizationsQuery,
  UpdateOrganizationDto,
} from './organizations.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiErrors(400, 401)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(user, dto);
  }

  @Get()
  @ApiOkResponse({ type: OrganizationsPageDto })
  @ApiErrors(400, 401)
  search(@Query() query: OrganizationsQuery): Promise<OrganizationsPageDto> {
    return this.organizations.search(query);
  }

  @Get(':orgId')
  @ApiParam({ name: 'orgId', format: 'uuid' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiErrors(400, 401, 404)
  get(@Param('orgId', ParseUUIDPipe) orgId: string): Promise<OrganizationDto> {
    return this.organizations.get(orgId);
  }

  @Patch(':orgId')
  @ApiParam({ name: 'orgId', format: 'uuid' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiErrors(400, 401, 403, 404)
  update(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationDto> {
    return this.organizations.update(user, orgId, dto);
  }
}
