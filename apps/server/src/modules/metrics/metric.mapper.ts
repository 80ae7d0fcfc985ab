import type { MetricDto } from '@hubspoke/contracts';
import type { Metric } from './metric.entity';

export function toMetricDto(m: Metric): MetricDto {
  return {
    id: m.id,
    kind: m.kind,
    code: m.code,
    name: m.name,
    definition: m.definition,
    unit: m.unit,
    calculation: m.calculation,
    sdgs: m.sdgs,
    sdgTargets: m.sdgTargets,
    hubId: m.hubId,
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
