import { Controller, Get } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { NoRateLimit } from '../../infra/http/rate-limit/rate-limit.module';
import { ShutdownState } from '../../infra/lifecycle/shutdown-state';
import { AdapterTraffic } from '../../infra/realtime/adapter-traffic';
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
    private readonly traffic: AdapterTraffic,
  ) {}

  /** Liveness: the process answers; with what its socket.io adapter received (README, "Scaling past one Redis"). */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @HealthCheck()
  live() {
    return this.health.check([() => this.indicator.check('realtime').up(this.traffic.counts())]);
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
