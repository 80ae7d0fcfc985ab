import { RATING_COMPONENTS, type RatingComponentDto } from '@hubspoke/contracts';
import { Injectable } from '@nestjs/common';
import type { ExportFile } from '../../infra/export/export-file';
import { ExportStreamer, type ExportQuery, type ExportRows } from '../../infra/export/export-streamer';
import { safeCsv } from '../../infra/export/safe-csv';
import type { RatingsExportQuery } from './ratings.dto';
import { PUBLIC_HUB } from './ratings.service';

/** What an export holds: its query, its CSV columns, and the record (a JSON object, a CSV row by column) of a row. */
interface Dataset<R> {
  query: ExportQuery;
  columns: readonly string[];
  record(row: R): Record<string, unknown>;
}

interface RatingRow {
  id: string;
  slug: string;
  name: string;
  sdg: number;
  score: number;
  goals: number;
  components: RatingComponentDto[];
  computed_at: Date;
}

const RATINGS: Dataset<RatingRow> = {
  query: {
    sql: `SELECT h.id, h.slug, h.name, r.sdg, r.score, r.goals, r.components, r.computed_at
            FROM hub_rating r JOIN hub h ON h.id = r.hub_id WHERE ${PUBLIC_HUB}`,
    orderBy: 'h.slug, r.sdg',
  },
  columns: ['hub_id', 'hub_slug', 'hub_name', 'sdg', 'score', 'goals', ...RATING_COMPONENTS, 'computed_at'],
  record: (r) => ({
    hub_id: r.id,
    hub_slug: r.slug,
    hub_name: r.name,
    sdg: r.sdg === 0 ? '' : r.sdg,
    score: r.score,
    goals: r.goals,
    ...Object.fromEntries(r.components.map((c) => [c.name, c.score])),
    computed_at: r.computed_at.toISOString(),
  }),
};

interface MeasurementRow {
  observed_at: Date;
  verified_at: Date;
  [column: string]: unknown;
}

const MEASUREMENTS: Dataset<MeasurementRow> = {
  query: {
    sql: `SELECT h.id AS hub_id, h.slug AS hub_slug, g.id AS goal_id, g.title AS goal_title, g.indicator_code,
                 g.unit, g.baseline, g.target, g.direction, to_char(g.due_date, 'YYYY-MM-DD') AS due_date,
                 m.id AS measurement_id, m.value, m.observed_at, m.evidence_url, o.name AS reported_by, m.verified_at
            FROM measurement m JOIN goal g ON g.id = m.goal_id JOIN hub h ON h.id = m.hub_id
            JOIN organization o ON o.id = m.reported_by_organization_id
           WHERE m.verified_at IS NOT NULL AND ${PUBLIC_HUB}`,
    orderBy: 'h.slug, g.title, m.observed_at',
  },
  columns: [
    'hub_id',
    'hub_slug',
    'goal_id',
    'goal_title',
    'indicator_code',
    'unit',
    'baseline',
    'target',
    'direction',
    'due_date',
    'measurement_id',
    'value',
    'observed_at',
    'evidence_url',
    'reported_by',
    'verified_at',
  ],
  record: (r) => ({ ...r, observed_at: r.observed_at.toISOString(), verified_at: r.verified_at.toISOString() }),
};

/** Public hubs' ratings, or their goals' verified measurements, as CSV or JSON for outside rating bodies. */
@Injectable()
export class RatingsExportService {
  constructor(private readonly streamer: ExportStreamer) {}

  export(query: RatingsExportQuery): Promise<ExportFile> {
    return query.dataset === 'ratings' ? this.write(query, RATINGS) : this.write(query, MEASUREMENTS);
  }

  private write<R>(query: RatingsExportQuery, dataset: Dataset<R>): Promise<ExportFile> {
    const name = `hubspoke-${query.dataset}.${query.format}`;
    return query.format === 'json'
      ? this.streamer.stream({ name, type: 'application/json' }, [dataset.query], (rows) => json(rows, dataset))
      : this.streamer.stream({ name, type: 'text/csv; charset=utf-8' }, [dataset.query], (rows) => csv(rows, dataset));
  }
}

async function* json<R>(rows: ExportRows, dataset: Dataset<R>): AsyncGenerator<string> {
  yield '[';
  let separator = '';
  for await (const batch of rows<R>(dataset.query)) {
    yield separator + batch.map((row) => JSON.stringify(dataset.record(row))).join(',');
    separator = ',';
  }
  yield ']';
}

async function* csv<R>(rows: ExportRows, dataset: Dataset<R>): AsyncGenerator<string> {
  yield safeCsv([dataset.columns]);
  for await (const batch of rows<R>(dataset.query)) {
    yield safeCsv(
      batch.map((row) => {
        const record = dataset.record(row);
        return dataset.columns.map((column) => record[column]);
      }),
    );
  }
}
