import type { ImportRowErrorDto, ImportStatus, NetworkCsvTable, NetworkFileFormat } from '@hubspoke/contracts';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { NetworkChanges } from './network-changes';
import { NetworkFileError, readNetworkFile, type RawFile } from './network-file';
import { validateNetworkFile } from './network-import.validator';
import { organizationNameCounts, writeImportPlan, type ImportCounts } from './network-import.writer';
import { IMPORT_OPTIONS, NETWORK_QUEUE, NetworkJob, importJobId, type ImportData } from './network-queue';

/** Held for the whole of an import's transaction: imports run one after another, even across workers. */
const IMPORT_LOCK = 0x6e6574; // "net"
/** Rows between two progress reports. */
const PROGRESS_EVERY = 1000;

export type ImportOutcome =
  | { status: 'done'; counts: ImportCounts }
  | { status: 'failed'; errorCount: number }
  | { status: 'skipped'; reason: string };

interface ImportRow {
  status: ImportStatus;
  format: NetworkFileFormat;
  csvTable: NetworkCsvTable | null;
  content: string | null;
}

/**
 * Runs an uploaded import in the worker: reads the file, checks every row (status `validating`), and when all are good
 * writes them in one transaction (status `writing`), which also marks the import `done`. Any bad row fails the import
 * with every bad row named, and nothing is written. A retried job redoes the whole transaction (upserts: no double
 * writes); a finished import is never run again.
 */
@Injectable()
export class NetworkImportRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(NetworkImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(NETWORK_QUEUE) private readonly queue: Queue,
    private readonly changes: NetworkChanges,
  ) {}

  /** Imports that never finished get their job again (Redis lost it, or the worker stopped); a job that exists stays. */
  async onApplicationBootstrap(): Promise<void> {
    const unfinished: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM network_import WHERE status IN ('queued', 'validating', 'writing') ORDER BY created_at`,
    );
    for (const { id } of unfinished) {
      await this.queue.add(NetworkJob.import, { importId: id } satisfies ImportData, {
        ...IMPORT_OPTIONS,
        jobId: importJobId(id),
      });
    }
  }

  /** The job: on its last attempt, a failure marks the import failed rather than leaving it running forever. */
  async run(job: Job<ImportData>): Promise<ImportOutcome> {
    try {
      return await this.runImport(job.data.importId);
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.giveUp(job.data.importId, error);
      throw error;
    }
  }

  async runImport(importId: string): Promise<ImportOutcome> {
    const rows: ImportRow[] = await this.dataSource.query(
      `SELECT status, format, csv_table AS "csvTable", content FROM network_import WHERE id = $1`,
      [importId],
    );
    const found = rows[0];
    if (!found) return { status: 'skipped', reason: 'no such import' };
    if (found.status === 'done' || found.status === 'failed') return { status: 'skipped', reason: found.status };
    let file: RawFile;
    try {
      file = readNetworkFile(found.format, found.csvTable, found.content ?? '');
    } catch (error) {
      if (!(error instanceof NetworkFileError)) throw error;
      const errors: ImportRowErrorDto[] = [
        { table: found.csvTable ?? 'organizations', row: 0, reasons: [error.message] },
      ];
      await this.finish(this.dataSource, importId, 'failed', { errors });
      return { status: 'failed', errorCount: 1 };
    }
    const total = file.organizations.length + file.relationships.length;
    await this.progress(importId, 'validating', 0, total);

    const outcome = await this.dataSource.transaction(async (manager): Promise<ImportOutcome> => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const [current] = (await manager.query(`SELECT status FROM network_import WHERE id = $1`, [importId])) as {
        status: ImportStatus;
      }[];
      if (!current || current.status === 'done' || current.status === 'failed') {
        return { status: 'skipped', reason: current?.status ?? 'no such import' };
      }
      const validation = await validateNetworkFile(file, {
        existing: await organizationNameCounts(manager),
        every: PROGRESS_EVERY,
        onProgress: (done) => this.progress(importId, 'validating', done, total),
      });
      if (!validation.ok) {
        // nothing else was written in this transaction: committing it stores the report only
        await this.finish(manager, importId, 'failed', { errors: validation.errors, done: total });
        return { status: 'failed', errorCount: validation.errorCount };
      }
      await this.progress(importId, 'writing', 0, total);
      // one report per batch written (at most WRITE_BATCH rows)
      const counts = await writeImportPlan(manager, validation.plan, (written) =>
        this.progress(importId, 'writing', written, total),
      );
      await this.finish(manager, importId, 'done', { counts, done: total });
      return { status: 'done', counts };
    });
    if (outcome.status === 'done') {
      this.logger.log(`Import ${importId}: ${JSON.stringify(outcome.counts)}`);
      await this.afterChange();
    }
    return outcome;
  }

  /**
   * AFTER-CHANGE CALL SITE (import): the organizations and ties changed, so the analysis must run again.
   * A failure to ask is logged: the worker's periodic analysis catches up.
   */
  private async afterChange(): Promise<void> {
    await this.changes.touch().catch((error: Error) => this.logger.warn(`No analysis requested: ${error.message}`));
  }

  /**
   * Progress through the pool, not the import's transaction, so the api sees it while the transaction runs. The
   * transaction touches the import's row only at its end, after the last of these, so they never wait on each other.
   */
  private async progress(importId: string, status: 'validating' | 'writing', done: number, total: number) {
    await this.dataSource.query(
      `UPDATE network_import SET status = $2, progress_done = $3, progress_total = $4
        WHERE id = $1 AND status NOT IN ('done', 'failed')`,
      [importId, status, done, total],
    );
  }

  private async finish(
    db: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
    importId: string,
    status: 'done' | 'failed',
    result: { counts?: ImportCounts; errors?: ImportRowErrorDto[]; done?: number },
  ): Promise<void> {
    await db.query(
      `UPDATE network_import
          SET status = $2, counts = $3, errors = $4, finished_at = now(), content = NULL,
              progress_done = COALESCE($5, progress_done)
        WHERE id = $1`,
      [
        importId,
        status,
        result.counts ? JSON.stringify(result.counts) : null,
        JSON.stringify(result.errors ?? []),
        result.done ?? null,
      ],
    );
  }

  private async giveUp(importId: string, error: unknown): Promise<void> {
    this.logger.error(`Import ${importId} failed on its last attempt: ${(error as Error)?.stack ?? String(error)}`);
    const errors: ImportRowErrorDto[] = [
      {
        table: 'organizations',
        row: 0,
        reasons: ['The import could not be completed because of an error on our side'],
      },
    ];
    await this.dataSource
      .query(
        `UPDATE network_import SET status = 'failed', errors = $2, finished_at = now(), content = NULL
          WHERE id = $1 AND status NOT IN ('done', 'failed')`,
        [importId, JSON.stringify(errors)],
      )
      .catch((e: Error) => this.logger.error(`Import ${importId} could not be marked failed: ${e.message}`));
  }
}
