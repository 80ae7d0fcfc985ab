import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HubSequencer } from './hub-sequencer';

const SWEEP_INTERVAL_MS = 2_000;
/** Live writers number their own events within milliseconds; the sweeper leaves those alone. */
const GRACE_MS = 3_000;

/**
 * Numbers the events whose writer died between its commit and its numbering. Any instance may do it: numbering is
 * serialized per hub in the database, and an event numbered twice over is impossible (the second finds none).
 */
@Injectable()
export class UnnumberedEventSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(UnnumberedEventSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sequencer: HubSequencer,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: Error) => this.logger.warn(`Could not number pending events: ${error.message}`));
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Numbers the unnumbered events written more than `graceMs` ago, and any of their hub's after them. */
  async sweep(graceMs = GRACE_MS): Promise<void> {
    const rows: { hub_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT hub_id FROM hub_event WHERE seq IS NULL AND created_at < now() - make_interval(secs => $1)`,
      [graceMs / 1000],
    );
    await Promise.all(rows.map((r) => this.sequencer.sequence(r.hub_id)));
  }
}
