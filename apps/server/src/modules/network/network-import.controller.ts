import {
  Controller,
  createParamDecorator,
  ExecutionContext,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { NETWORK_CSV_COLUMNS } from '@hubspoke/contracts';
import type { Request } from 'express';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { PlatformActionRoute } from '../policy/platform-action.guard';
import { NetworkFileDto, NetworkFileQuery } from './network-file.dto';
import { IMPORT_LIMIT_MB } from './network-import.body';
import { NetworkImportDto } from './network-import.dto';
import { NetworkImportService, type ImportUpload } from './network-import.service';

/** The raw request body (read by networkImportBodyParser) and its Content-Type. */
const Upload = createParamDecorator((_: unknown, ctx: ExecutionContext): ImportUpload => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return { body: req.body as unknown, contentType: req.headers['content-type'] };
});

const CSV_DESCRIPTION =
  `CSV with a header row. organizations: ${NETWORK_CSV_COLUMNS.organizations.join(',')} (sdgs separated by ; or |); ` +
  `relationships: ${NETWORK_CSV_COLUMNS.relationships.join(',')} (from/to: organization names). ` +
  "A cell starting with ' and then =, +, -, @, tab or carriage return is read without the ' (as exports write it)";

@ApiTags('network')
@ApiExtraModels(NetworkFileDto)
@Controller('network/imports')
export class NetworkImportController {
  constructor(private readonly imports: NetworkImportService) {}

  @Post()
  @HttpCode(202)
  @PlatformActionRoute('network.import')
  @ApiOperation({
    summary: 'Import organizations and relationships from a file (platform admins)',
    description:
      `The file is the raw request body, at most ${IMPORT_LIMIT_MB} MB. The worker checks every row first: any bad row ` +
      'fails the import with every bad row and its reasons, and nothing is written; otherwise all rows are written in ' +
      'one transaction. Organizations are matched by name (ignoring case), relationships by (from, to, kind).',
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(NetworkFileDto) } },
        'text/csv': { schema: { type: 'string', description: CSV_DESCRIPTION } },
      },
    },
  })
  @ApiAcceptedResponse({ type: NetworkImportDto, description: 'Queued; follow it at GET /api/network/imports/{id}' })
  @ApiErrors(400, 401, 403, 413, 415, 503)
  create(
    @CurrentUser() user: AuthUser,
    @Query() query: NetworkFileQuery,
    @Upload() upload: ImportUpload,
  ): Promise<NetworkImportDto> {
    return this.imports.create(user, query, upload);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import’s status, progress and bad rows (its creator or a platform admin)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: NetworkImportDto })
  @ApiErrors(400, 401, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<NetworkImportDto> {
    return this.imports.get(user, id);
  }
}
