import { readFileSync } from 'node:fs';
import path from 'node:path';

interface RawIndicator {
  code: string;
  title: string;
  unsd_code: string;
  also_listed_as?: string[];
  note?: string;
}
interface RawTarget {
  code: string;
  title: string;
  note?: string;
  indicators: RawIndicator[];
}
interface RawGoal {
  code: string;
  title: string;
  short_title: string;
  note?: string;
  targets: RawTarget[];
}

/** The UN SDG framework as published (apps/server/data, the same path from src/ under Jest and from dist/), read once. */
export const SDG_FRAMEWORK = JSON.parse(
  readFileSync(path.join(__dirname, '../../../data/sdg-framework.json'), 'utf8'),
) as { goals: RawGoal[] };

/** The 169 target codes (`3.b`), for validators that need them when DTO classes are declared. */
export const SDG_TARGET_CODES: readonly string[] = SDG_FRAMEWORK.goals.flatMap((goal) =>
  goal.targets.map((t) => t.code),
);
