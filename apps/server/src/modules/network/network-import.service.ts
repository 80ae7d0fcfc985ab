import { platformAllows } from '@hubspoke/contracts';
import { InjectQueue } from '@nestjs/bullmq';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Repository } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { checkNetworkFile, NetworkFileError } from './network-file';
import { csvTableOf, type NetworkFileQuery } from './network-file.dto';
import { IMPORT_LIMIT_MB } from './network-import.body';
import type { NetworkImportDto } from './network-import.dto';
import { NetworkImport } from './network-import.entity';
import { IMPORT_OPTIONS, NETWORK_QUEUE, NetworkJob, importJobId, type ImportData } from './network-queue';

/** The request body as the import route's parser left it (text when it read it) and its media type. */
export interface ImportUpload {
  body: unknown;
  contentType: string | undefined;
}

const MEDIA_TYPES = { json: ['application/json'], csv: ['text/csv', 'text/plain'] } as const;

/** Takes uploaded files for import (the worker's NetworkImportRunner imports them) and reports on them. */
@Injectable()
export class NetworkImportService {
  private readonly logger = new Logger(NetworkImportService.name);

  constructor(
    @InjectRepository(NetworkImport) private readonly imports: Repository<NetworkImport>,
    @InjectQueue(NETWORK_QUEUE) private readonly queue: Queue,
    private readonly policy: PolicyService,
  ) {}

  /** Checks the file as a whole (its rows are the worker's), keeps it and queues its import. */
  async create(user: AuthUser, query: NetworkFileQuery, upload: ImportUpload): Promise<NetworkImportDto> {
    const table = csvTableOf(query);
    const content = fileContent(query, upload);
    try {
      checkNetworkFile(query.format, table, content);
    } catch (error) {
      if (error instanceof NetworkFileError) throw ApiException.badRequest(error.message, { file: [error.message] });
      throw error;
    }
    const { identifiers } = await this.imports.insert({
      createdById: user.id,
      format: query.format,
      csvTable: table,
      content,
    });
    const id = identifiers[0]!.id as string;
    // read before queueing: a worker may start on it at once
    const queued = await this.find(id);
    try {
      await this.queue.add(NetworkJob.import, { importId: id } satisfies ImportData, {
        ...IMPORT_OPTIONS,
        jobId: importJobId(id),
      });
    } catch (error) {
      this.logger.error(`Import ${id} could not be queued: ${(error as Error).message}`);
      await this.imports.delete({ id });
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'Imports cannot be queued right now; try again shortly');
    }
    return queued;
  }

  /** Its creator and platform admins see an import; for anyone else it does not exist. */
  async get(user: AuthUser, id: string): Promise<NetworkImportDto> {
    const found = await this.find(id, user.id);
    if (!found) throw ApiException.notFound('Import');
    return found;
  }

  private async find(id: string): Promise<NetworkImportDto>;
  private async find(id: string, viewerId: string): Promise<NetworkImportDto | null>;
  private async find(id: string, viewerId?: string): Promise<NetworkImportDto | null> {
    const row = await this.imports.findOne({
      where: { id },
      // never the file itself: up to 20 MB
      select: {
        id: true,
        createdById: true,
        status: true,
        format: true,
        progressDone: true,
        progressTotal: true,
        counts: true,
        errors: true,
        createdAt: true,
        finishedAt: true,
      },
    });
    if (!row) return null;
    if (viewerId !== undefined && row.createdById !== viewerId) {
      const viewer = { id: viewerId, email: '', emailVerified: true };
      if (!platformAllows(await this.policy.account(viewer), 'network.import')) return null;
    }
    return toNetworkImportDto(row);
  }
}

export function toNetworkImportDto(row: NetworkImport): NetworkImportDto {
  return {
    id: row.id,
    status: row.status,
    format: row.format,
    progress: { done: row.progressDone, total: row.progressTotal },
    counts: row.counts,
    errors: row.errors,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The file as text: sent as the raw body, with the media type of its format; 400 when empty or unstorable. */
function fileContent(query: NetworkFileQuery, upload: ImportUpload): string {
  const mediaType = upload.contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
  const accepted: readonly string[] = MEDIA_TYPES[query.format];
  if (!accepted.includes(mediaType)) {
    throw new ApiException(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      `Send the file as the request body with Content-Type ${accepted.join(' or ')} (format=${query.format})`,
    );
  }
  if (typeof upload.body !== 'string' || upload.body.trim() === '') {
    throw ApiException.badRequest(`The file is empty: send it as the request body (at most ${IMPORT_LIMIT_MB} MB)`, {
      file: ['is empty'],
    });
  }
  if (upload.body.includes('\u0000')) {
    throw ApiException.badRequest('The file contains NUL characters', { file: ['must not contain NUL characters'] });
  }
  return upload.body;
}
