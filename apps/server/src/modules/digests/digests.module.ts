import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../auth/user.entity';
import { RollUpReader } from '../goals/roll-up.reader';
import { DigestDataLoader } from './digest-data.loader';
import { DigestPreferencesService } from './digest-preferences.service';
import { DigestRecipients } from './digest-recipients';
import { DigestSchedules } from './digest-schedules.service';
import { Digest } from './digest.entity';
import { DigestsController } from './digests.controller';
import { DigestsService } from './digests.service';
import { HubDigestsController } from './hub-digests.controller';
import { HubDigestsService } from './hub-digests.service';
import { OutboxEmail } from './outbox-email.entity';
import { UnsubscribeLinks } from './unsubscribe-links';

/** The api's side of digests: preferences, unsubscribe, in-app list, outbox, preview and send-now. */
@Module({
  imports: [TypeOrmModule.forFeature([Digest, OutboxEmail, User])],
  controllers: [DigestsController, HubDigestsController],
  providers: [
    DigestsService,
    DigestPreferencesService,
    HubDigestsService,
    DigestRecipients,
    DigestDataLoader,
    RollUpReader,
    DigestSchedules,
    UnsubscribeLinks,
  ],
})
export class DigestsModule {}
