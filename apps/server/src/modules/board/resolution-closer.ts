import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ResolutionsService } from './resolutions.service';

const CHECK_INTERVAL_MS = 5_000;

/**
 * Decides resolutions when their deadline passes, within a few seconds, and records the result in the hub's activity.
 * It runs in every api instance; each resolution is decided once (row lock, status check).
 */
@Injectable()
export class ResolutionCloser implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ResolutionCloser.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly resolutions: ResolutionsService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.resolutions
        .closeDue()
        .catch((error: Error) => this.logger.warn(`Could not close resolutions: ${error.message}`));
    }, CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
