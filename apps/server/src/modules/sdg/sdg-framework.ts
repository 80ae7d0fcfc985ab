import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoalDirection } from '@hubspoke/contracts';

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

const readData = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, '../../../data', file), 'utf8'));

/** The UN SDG framework as published (apps/server/data, the same path from src/ under Jest and from dist/), read once. */
export const SDG_FRAMEWORK = readData('sdg-framework.json') as { goals: RawGoal[] };

/** The unit and better direction of the indicators whose UN metadata gives one clear unit. */
export const SDG_INDICATOR_MEASURES = (
  readData('sdg-indicator-measures.json') as {
    indicators: Record<string, { unit: string; direction: GoalDirection }>;
  }
).indicators;

/** The 169 target codes (`3.b`), for validators that need them when DTO classes are declared. */
export const SDG_TARGET_CODES: readonly string[] = SDG_FRAMEWORK.goals.flatMap((goal) =>
  goal.targets.map((t) => t.code),
);

const INDICATOR_TITLES = new Map(
  SDG_FRAMEWORK.goals.flatMap((g) => g.targets.flatMap((t) => t.indicators.map((i) => [i.code, i.title] as const))),
);

/** An indicator's official name, for a code of the framework. */
export function sdgIndicatorTitle(code: string | null): string | null {
  return code === null ? null : (INDICATOR_TITLES.get(code) ?? null);
}
