export interface Mentionable {
  userId: string;
  name: string;
  email: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may not follow a mention: more of a name or address (a final full stop is fine). */
const END = String.raw`(?![\p{L}\p{N}_@+-]|\.[\p{L}\p{N}])`;

/**
 * The people a comment mentions as `@<email>` or `@<name>`, case-insensitively. Where names overlap
 * ("@Ana Diaz" for both "Ana" and "Ana Diaz"), the longest match wins.
 */
export function findMentions(body: string, people: readonly Mentionable[]): string[] {
  const matches: { start: number; end: number; userId: string }[] = [];
  for (const person of people) {
    for (const handle of [person.email, person.name.trim()]) {
      if (!handle) continue;
      const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}_])@${escape(handle)}${END}`, 'giu');
      for (const m of body.matchAll(pattern)) {
        matches.push({ start: m.index, end: m.index + m[0].length, userId: person.userId });
      }
    }
  }
  matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken: { start: number; end: number }[] = [];
  const mentioned = new Set<string>();
  for (const match of matches) {
    if (taken.some((t) => match.start < t.end && t.start < match.end)) continue;
    taken.push(match);
    mentioned.add(match.userId);
  }
  return [...mentioned];
}
