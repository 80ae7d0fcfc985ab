import { randomBytes } from 'node:crypto';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A hub slug from its name: ASCII letters and digits in words joined by `-`, at least 3 characters. */
export function slugify(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  if (words.length >= 3) return words;
  return words ? `hub-${words}` : 'hub';
}

/** The slug with a short random suffix, for when the plain one is taken. */
export function withSuffix(slug: string): string {
  return `${slug}-${randomBytes(3).toString('hex')}`;
}
