import { createHash } from 'node:crypto';
import { parseItem } from 'structured-headers';
import { ApiException } from '../http/api-exception';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_KEY_LENGTH = 255;

/**
 * The key of an `Idempotency-Key` header: a Structured Field String (`"…"`, as the draft says), or the bare text that
 * many clients send. 400 in words when it is empty, too long or not one string.
 */
export function parseIdempotencyKey(header: string | string[]): string {
  if (Array.isArray(header)) throw invalidKey('send one Idempotency-Key header, not several');
  const key = header.trim().startsWith('"') ? sfString(header) : header.trim();
  if (key.length === 0) throw invalidKey('the key is empty');
  if (key.length > MAX_KEY_LENGTH) throw invalidKey(`the key is longer than ${MAX_KEY_LENGTH} characters`);
  if (!/^[\x20-\x7e]+$/.test(key)) throw invalidKey('the key may hold printable ASCII characters only');
  return key;
}

/** What identifies the request besides its key: a retry must send the same method, path and body. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  const hash = createHash('sha256').update(`${method} ${path}\n`);
  hash.update(Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null));
  return hash.digest('hex');
}

function sfString(header: string): string {
  try {
    const [value] = parseItem(header);
    if (typeof value === 'string') return value;
  } catch {
    // reported below
  }
  throw invalidKey('a quoted key must be one Structured Field String, such as "8e03978e-40d5-43e8-bc93-6894a57f9324"');
}

const invalidKey = (why: string): ApiException =>
  ApiException.badRequest('The Idempotency-Key header is not valid', { 'Idempotency-Key': [why] });
