import { SMTPServer } from 'smtp-server';
import { freePort } from './api-instances';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server in the test process (no TLS, no auth), which can go down and come back on its port. */
export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  /** How long the server takes to accept each message (a slow provider). */
  delayMs = 0;
  private server?: SMTPServer;

  private constructor(readonly port: number) {}

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp(await freePort());
    await smtp.up();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString(),
          });
          setTimeout(callback, this.delayMs);
        });
      },
    });
    server.on('error', () => undefined);
    this.server = server;
    return new Promise((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
  }

  down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  to(email: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(email));
  }
}
