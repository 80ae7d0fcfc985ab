import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The 169 SDG target codes (`3.b`), read once from apps/server/data (the same path from src/ and dist/). */
export const SDG_TARGET_CODES: readonly string[] = (
  JSON.parse(readFileSync(path.join(__dirname, '../../../data/sdg-framework.json'), 'utf8')) as {
    goals: { targets: { code: string }[] }[];
  }
).goals.flatMap((goal) => goal.targets.map((target) => target.code));
