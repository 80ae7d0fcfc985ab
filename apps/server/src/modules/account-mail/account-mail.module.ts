import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { MailerModule } from '../../infra/mail/mailer';
import { AccountLinks } from './account-links';
import { AccountMailProcessor } from './account-mail.processor';
import { ACCOUNT_MAIL_QUEUE } from './account-mail.queue';
import { AccountMail } from './account-mail.service';

const queue = BullModule.registerQueue({ name: ACCOUNT_MAIL_QUEUE });

/** The api's side: queues account emails, or keeps them in the outbox. */
@Global()
@Module({ imports: [queue], providers: [AccountMail, AccountLinks], exports: [AccountMail, AccountLinks, queue] })
export class AccountMailModule {}

/** The worker's side: sends them over SMTP. */
@Module({ imports: [queue, MailerModule], providers: [AccountMailProcessor] })
export class AccountMailWorkerModule {}
