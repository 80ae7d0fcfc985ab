import type { GoalDirection } from './enums';

/** The UN SDG global indicator framework, as served by /api/sdg. */
export interface SdgTargetSummary {
  code: string;
  title: string;
}

export interface SdgGoalSummary {
  code: string;
  title: string;
  shortTitle: string;
  targets: SdgTargetSummary[];
}

export interface SdgIndicator {
  /** `3.b.1` */
  code: string;
  title: string;
  /** UNSD's code; the same for an indicator listed under several targets. */
  unsdCode: string;
  /** The other codes under which the same indicator is listed. */
  alsoListedAs: string[];
  note: string | null;
  targetCode: string;
  goalCode: string;
  /** The unit the UN's metadata measures it in, when it has one clear unit (`%`, `deaths per 1,000 live births`). */
  unit: string | null;
  /** Which way is better, when the unit is known. */
  direction: GoalDirection | null;
}

export interface SdgTarget {
  /** `3.b` */
  code: string;
  title: string;
  note: string | null;
  goalCode: string;
  indicators: SdgIndicator[];
}

export interface SdgGoal {
  /** `1` to `17` */
  code: string;
  title: string;
  shortTitle: string;
  note: string | null;
  targets: SdgTarget[];
}
