import type { DataSource } from 'typeorm';

export interface KeptEmail {
  subject: string;
  text: string;
}

/** The emails kept in the local outbox for an address, oldest first (tests run without SMTP_URL). */
export async function emailsTo(ds: DataSource, to: string): Promise<KeptEmail[]> {
  return ds.query(`SELECT subject, text FROM outbox_email WHERE "to" = $1 ORDER BY created_at, id`, [to.toLowerCase()]);
}

/** The token of the last link to `path` (`/verify-email`, `/reset-password`) mailed to the address. */
export async function linkTokenTo(ds: DataSource, to: string, path: string): Promise<string> {
  const emails = await emailsTo(ds, to);
  const pattern = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`);
  for (const email of emails.reverse()) {
    const match = pattern.exec(email.text);
    if (match) return match[1]!;
  }
  throw new Error(`no ${path} link was mailed to ${to} (${emails.length} emails)`);
}
