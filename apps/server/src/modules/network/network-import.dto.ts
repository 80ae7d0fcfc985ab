import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_STATUSES, NETWORK_CSV_TABLES, NETWORK_FILE_FORMATS, type ImportStatus } from '@hubspoke/contracts';
import type * as api from '@hubspoke/contracts';

export class ImportRowErrorDto implements api.ImportRowErrorDto {
  @ApiProperty({ enum: NETWORK_CSV_TABLES }) table!: api.ImportRowErrorDto['table'];
  @ApiProperty({
    type: 'integer',
    description: '1-based: the data row of a CSV (header excluded) or the array index + 1 in JSON; 0: the file itself',
  })
  row!: number;
  @ApiProperty({ type: [String] }) reasons!: string[];
}

export class ImportProgressDto {
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: 'integer', description: 'Rows in the file; 0 until the worker has read it' }) total!: number;
}

export class ImportCountsDto {
  @ApiProperty({ type: 'integer' }) organizationsCreated!: number;
  @ApiProperty({ type: 'integer' }) organizationsUpdated!: number;
  @ApiProperty({ type: 'integer' }) relationshipsCreated!: number;
  @ApiProperty({ type: 'integer' }) relationshipsUpdated!: number;
}

export class NetworkImportDto implements api.NetworkImportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: IMPORT_STATUSES,
    description: 'queued → validating (every row checked) → writing (one transaction) → done; failed: nothing written',
  })
  status!: ImportStatus;
  @ApiProperty({ enum: NETWORK_FILE_FORMATS }) format!: api.NetworkImportDto['format'];
  @ApiProperty({ type: ImportProgressDto, description: 'Rows of the current step (validating or writing)' })
  progress!: ImportProgressDto;
  @ApiProperty({ type: ImportCountsDto, nullable: true, description: 'Set when done' })
  counts!: ImportCountsDto | null;
  @ApiProperty({
    type: [ImportRowErrorDto],
    description: 'Every bad row (at most 1,000); when any, nothing was written',
  })
  errors!: ImportRowErrorDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}
