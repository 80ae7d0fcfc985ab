import { Global, Module } from '@nestjs/common';
import { SdgController } from './sdg.controller';
import { SdgService } from './sdg.service';

/** The SDG catalog; global so any module can check codes and titles. */
@Global()
@Module({
  controllers: [SdgController],
  providers: [SdgService],
  exports: [SdgService],
})
export class SdgModule {}
