import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { NETWORK_CSV_COLUMNS } from '@hubspoke/contracts';
import { ExportResponse, type ExportFile } from '../../infra/export/export-file';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { NetworkFileDto, NetworkFileQuery } from './network-file.dto';
import { NetworkExportService } from './network-export.service';

@ApiTags('network')
@ApiExtraModels(NetworkFileDto)
@Controller('network/export')
export class NetworkExportController {
  constructor(private readonly exports: NetworkExportService) {}

  @Get()
  @ApiOperation({
    summary: 'Export organizations and relationships as a file that imports back',
    description:
      'format=json: both tables (relationships name organizations by their id in the file); format=csv&table=...: ' +
      'one table, with the import’s columns (relationships name organizations by name). A CSV cell a spreadsheet ' +
      "would run as a formula (starting with =, +, -, @, tab or carriage return) is written quoted after a ', which " +
      'an import removes. Each table stops at the row limit (X-Export-Row-Limit, X-Export-Truncated).',
  })
  @ApiProduces('application/json', 'text/csv')
  @ExportResponse({
    description: 'The file, as an attachment',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(NetworkFileDto) } },
      'text/csv': {
        schema: {
          type: 'string',
          description:
            `organizations: ${NETWORK_CSV_COLUMNS.organizations.join(',')}; ` +
            `relationships: ${NETWORK_CSV_COLUMNS.relationships.join(',')}`,
        },
      },
    },
  })
  @ApiErrors(400, 401)
  export(@Query() query: NetworkFileQuery): Promise<ExportFile> {
    return this.exports.export(query);
  }
}
