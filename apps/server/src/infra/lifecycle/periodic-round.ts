import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * A round run when the application starts and then every `intervalMs()`, one run at a time; shutdown stops the timer
 * and waits for the run in flight. A timer rather than a BullMQ schedule, so a Redis that lost its data loses no round.
 */
export abstract class PeriodicRound implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  protected abstract intervalMs(): number;

  /** One round; it reports its own failures (a rejection would end nothing but this run). */
  protected abstract round(): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
    this.timer = setInterval(() => void this.run(), this.intervalMs());
  }

  private run(): Promise<void> {
    this.running ??= this.round()
      .catch(() => undefined)
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
