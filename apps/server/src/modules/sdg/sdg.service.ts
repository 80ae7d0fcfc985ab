import { Injectable } from '@nestjs/common';
import type { SdgGoal, SdgGoalSummary, SdgIndicator, SdgTarget } from '@hubspoke/contracts';
import { ApiException } from '../../infra/http/api-exception';
import { SDG_FRAMEWORK, SDG_INDICATOR_MEASURES } from './sdg-framework';

/** The UN SDG framework (17 goals, their targets and indicators), read once and indexed by code. */
@Injectable()
export class SdgService {
  private readonly goals = new Map<string, SdgGoal>();
  private readonly targets = new Map<string, SdgTarget>();
  private readonly indicators = new Map<string, SdgIndicator>();
  private readonly summaries: SdgGoalSummary[];

  constructor() {
    for (const g of SDG_FRAMEWORK.goals) {
      const goal: SdgGoal = {
        code: g.code,
        title: g.title,
        shortTitle: g.short_title,
        note: g.note ?? null,
        targets: [],
      };
      for (const t of g.targets) {
        const target: SdgTarget = {
          code: t.code,
          title: t.title,
          note: t.note ?? null,
          goalCode: g.code,
          indicators: [],
        };
        for (const i of t.indicators) {
          const indicator: SdgIndicator = {
            code: i.code,
            title: i.title,
            unsdCode: i.unsd_code,
            alsoListedAs: i.also_listed_as ?? [],
            note: i.note ?? null,
            targetCode: t.code,
            goalCode: g.code,
            unit: SDG_INDICATOR_MEASURES[i.code]?.unit ?? null,
            direction: SDG_INDICATOR_MEASURES[i.code]?.direction ?? null,
          };
          target.indicators.push(indicator);
          this.indicators.set(indicator.code, indicator);
        }
        goal.targets.push(target);
        this.targets.set(target.code, target);
      }
      this.goals.set(goal.code, goal);
    }
    this.summaries = [...this.goals.values()].map((goal) => ({
      code: goal.code,
      title: goal.title,
      shortTitle: goal.shortTitle,
      targets: goal.targets.map(({ code, title }) => ({ code, title })),
    }));
  }

  listGoals(): SdgGoalSummary[] {
    return this.summaries;
  }

  findGoal(code: string): SdgGoal | undefined {
    return this.goals.get(code);
  }

  findTarget(code: string): SdgTarget | undefined {
    return this.targets.get(code);
  }

  /** Every indicator, in the framework's order (an indicator listed under several targets appears under each). */
  listIndicators(): SdgIndicator[] {
    return [...this.indicators.values()];
  }

  findIndicator(code: string): SdgIndicator | undefined {
    return this.indicators.get(code);
  }

  /** Target codes with their official titles (null for a code the catalog does not know). */
  targetRefs(codes: string[]): { code: string; title: string | null }[] {
    return codes.map((code) => ({ code, title: this.findTarget(code)?.title ?? null }));
  }

  hasIndicator(code: string): boolean {
    return this.indicators.has(code);
  }

  getGoal(code: string): SdgGoal {
    return orNotFound(this.findGoal(code), 'SDG goal');
  }

  getTarget(code: string): SdgTarget {
    return orNotFound(this.findTarget(code), 'SDG target');
  }

  getIndicator(code: string): SdgIndicator {
    return orNotFound(this.findIndicator(code), 'SDG indicator');
  }
}

function orNotFound<T>(found: T | undefined, what: string): T {
  if (found === undefined) throw ApiException.notFound(what);
  return found;
}
