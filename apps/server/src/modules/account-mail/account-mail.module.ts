import { Global, Module } from '@nestjs/common';
import { MailerModule } from '../../infra/mail/mailer';
import { AccountLinks } from './account-links';
import { AccountMailProcessor } from './account-mail.processor';
import { AccountMail } from './account-mail.service';

/** The api's side: queues account emails, or keeps them in the outbox. */
@Global()
@Module({ providers: [AccountMail, AccountLinks], exports: [AccountMail, AccountLinks] })
export class AccountMailModule {}

/** The worker's side: sends them over SMTP. */
@Module({ imports: [MailerModule], providers: [AccountMailProcessor] })
export class AccountMailWorkerModule {}
