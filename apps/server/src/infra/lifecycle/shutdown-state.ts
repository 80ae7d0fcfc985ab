import { Global, Injectable, Module } from '@nestjs/common';

/** Whether this api instance is draining before it stops: readiness fails and responses close their connection. */
@Injectable()
export class ShutdownState {
  draining = false;
}

@Global()
@Module({ providers: [ShutdownState], exports: [ShutdownState] })
export class LifecycleModule {}
