import { Controller, Get } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { NoRateLimit } from '../../infra/http/rate-limit/rate-limit.module';
import { ShutdownState } from '../../infra/lifecycle/shutdown-state';
import { Public } from '../auth/decorators';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Public()
@NoRateLimit()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: not draining for a restart, and PostgreSQL and Redis are reachable. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: not draining, PostgreSQL and Redis reachable' })
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const check = this.indicator.check('instance');
        return this.shutdown.draining ? check.down({ message: 'draining for shutdown' }) : check.up();
      },
      () => this.db.pingCheck('postgres', { timeout: 1000 }),
      () => this.redis.isHealthy('redis'),
    ]);
  }
}
