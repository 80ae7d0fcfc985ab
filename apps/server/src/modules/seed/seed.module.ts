import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnv } from '../../infra/config/env';
import { DatabaseModule } from '../../infra/database/database.module';
import { BoardPackBuilder } from '../board/board-pack.builder';
import { GoalReader } from '../goals/goal.reader';
import { RollUpReader } from '../goals/roll-up.reader';
import { SeedService } from './seed.service';

/** What the seed needs: the database (migrated on start) and nothing else of the api. */
@Module({})
export class SeedModule {
  static forRoot(): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: (raw) => validateEnv(raw, ['DATABASE_URL', 'BCRYPT_ROUNDS']),
        }),
        DatabaseModule,
      ],
      providers: [SeedService, GoalReader, RollUpReader, BoardPackBuilder],
    };
  }
}
