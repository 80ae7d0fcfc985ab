import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, type QueryRunner } from 'typeorm';
import type { Env } from '../config/env';
import { ExportFile } from './export-file';

/** One table of an export: its rows' query, without ORDER BY (counting them needs no sort), and their order. */
export interface ExportQuery {
  sql: string;
  orderBy: string;
}

/** The rows of a query in batches, at most the export's row limit in all. */
export type ExportRows = <T>(query: ExportQuery) => AsyncGenerator<T[]>;

/** Rows fetched per round trip. */
const FETCH = 5000;

/**
 * Streams an export from one read-only snapshot through a cursor, so its tables agree with each other and only a
 * batch of rows is in memory at a time; each table stops at EXPORT_MAX_ROWS, so one request cannot make the api read
 * and send an unbounded file (the exports are open to anyone signed in, or to the public).
 */
@Injectable()
export class ExportStreamer {
  private readonly logger = new Logger(ExportStreamer.name);
  private readonly maxRows: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<Env, true>,
  ) {
    this.maxRows = config.get('EXPORT_MAX_ROWS', { infer: true });
  }

  /**
   * `queries` are the tables `write` reads: each is checked against the limit before the first byte, since the
   * headers that say so go out first.
   */
  async stream(
    file: { name: string; type: string },
    queries: readonly ExportQuery[],
    write: (rows: ExportRows) => AsyncGenerator<string>,
  ): Promise<ExportFile> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let truncated = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      for (const query of queries) truncated ||= await this.exceeds(runner, query);
    } catch (error) {
      await end(runner);
      throw error;
    }
    const rows: ExportRows = (query) => this.fetchAll(runner, query);
    const stream = Readable.from(write(rows));
    // However the stream ends: its last row sent, failed, or destroyed by a client gone, even before the first read
    // (a generator that never started runs no finally). It closes once no query of it is running.
    stream.once('close', () => void end(runner));
    const options = { type: file.type, disposition: `attachment; filename="${file.name}"` };
    // The headers are out by then: cut the response short rather than end it as if the file were whole.
    return new ExportFile(stream, options, this.maxRows, truncated).setErrorHandler((error, res) => {
      this.logger.error(`Export ${file.name} failed: ${error.message}`);
      (res as unknown as { destroy(error?: Error): void }).destroy(error);
    });
  }

  /** Whether the table has a row past the limit; reads at most that many rows. */
  private async exceeds(runner: QueryRunner, query: ExportQuery): Promise<boolean> {
    const [row]: { over: boolean }[] = await runner.query(
      `SELECT EXISTS (${query.sql} OFFSET ${this.maxRows}) AS over`,
    );
    return row!.over;
  }

  private async *fetchAll<T>(runner: QueryRunner, query: ExportQuery): AsyncGenerator<T[]> {
    await runner.query(
      `DECLARE export_rows NO SCROLL CURSOR FOR ${query.sql} ORDER BY ${query.orderBy} LIMIT ${this.maxRows}`,
    );
    for (;;) {
      const batch: T[] = await runner.query(`FETCH ${FETCH} FROM export_rows`);
      if (batch.length === 0) break;
      yield batch;
    }
    await runner.query('CLOSE export_rows');
  }
}

/** Ends the read-only transaction and gives the connection back. */
async function end(runner: QueryRunner): Promise<void> {
  await runner.query('ROLLBACK').catch(() => undefined);
  await runner.release();
}
