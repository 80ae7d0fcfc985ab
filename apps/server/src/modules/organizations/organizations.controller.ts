import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { OrganizationRevisionDto, VerifyOrganizationDto } from './organization-members.dto';
import { OrganizationRevisions } from './organization-revisions.service';
import {
  CreateOrganizationDto,
  OrganizationDetailDto,
  OrganizationsPageDto,
  OrganizationsQuery,
  UpdateOrganizationDto,
} from './organizations.dto';
import { OrganizationsService } from './organizations.service';

const ORG = { name: 'orgId', format: 'uuid' } as const;

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly revisions: OrganizationRevisions,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Add an organization; you become its first admin (unverified until a platform admin checks)',
  })
  @ApiCreatedResponse({ type: OrganizationDetailDto })
  @ApiErrors(400, 401, 403)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganizationDto): Promise<OrganizationDetailDto> {
    return this.organizations.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Search organizations by name' })
  @ApiOkResponse({ type: OrganizationsPageDto })
  @ApiErrors(400, 401, 403)
  search(@Query() query: OrganizationsQuery): Promise<OrganizationsPageDto> {
    return this.organizations.search(query);
  }

  @Get(':orgId')
  @ApiOperation({ summary: "One organization's record, members and email domains" })
  @ApiParam(ORG)
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiErrors(400, 401, 403, 404)
  get(@CurrentUser() user: AuthUser, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<OrganizationDetailDto> {
    return this.organizations.get(user, orgId);
  }

  @Patch(':orgId')
  @ApiOperation({ summary: 'Edit the record (its admins); the edit is kept in its history' })
  @ApiParam(ORG)
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiErrors(400, 401, 403, 404)
  update(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationDetailDto> {
    return this.organizations.update(user, orgId, dto);
  }

  @Put(':orgId/verification')
  @ApiOperation({ summary: 'Mark it verified and set its verified email domains (platform admins)' })
  @ApiParam(ORG)
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiErrors(400, 401, 403, 404)
  verify(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Body() dto: VerifyOrganizationDto,
  ): Promise<OrganizationDetailDto> {
    return this.organizations.verify(user, orgId, dto);
  }

  @Get(':orgId/revisions')
  @ApiOperation({ summary: 'Every edit of its record: who, when, before and after (newest first)' })
  @ApiParam(ORG)
  @ApiOkResponse({ type: [OrganizationRevisionDto] })
  @ApiErrors(400, 401, 403, 404)
  history(@Param('orgId', ParseUUIDPipe) orgId: string): Promise<OrganizationRevisionDto[]> {
    return this.revisions.list(orgId);
  }

  @Post(':orgId/revisions/:revisionId/revert')
  @ApiOperation({ summary: 'Put the fields of one edit back as they were (platform admins)' })
  @ApiParam(ORG)
  @ApiParam({ name: 'revisionId', format: 'uuid' })
  @ApiCreatedResponse({ type: [OrganizationRevisionDto] })
  @ApiErrors(400, 401, 403, 404)
  revert(
    @CurrentUser() user: AuthUser,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Param('revisionId', ParseUUIDPipe) revisionId: string,
  ): Promise<OrganizationRevisionDto[]> {
    return this.revisions.revert(user, orgId, revisionId);
  }
}
