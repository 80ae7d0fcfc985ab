import type { MatrixFixture } from '../support/hub-fixture';
import { resolve, type OpenApiDocument, type Schema } from '../support/openapi';

/**
 * Values that pass validation for fields whose meaning the schema alone does not tell (ids of this hub, dates in order);
 * `hubMemberId`: an active member of the home hub.
 */
export function namedValues(fx: MatrixFixture, hubMemberId: string): Record<string, unknown> {
  return {
    leadMemberId: hubMemberId,
    organizationId: fx.orgs.own.id,
    ownerOrganizationId: fx.orgs.own.id,
    assigneeOrganizationId: fx.orgs.own.id,
    assigneeUserId: fx.users.memberOwn.id,
    goalId: fx.home.goalId,
    parentId: fx.home.goalId,
    email: `fuzz-${Math.random().toString(36).slice(2)}@example.org`,
    password: 'long-password',
    version: 1,
    startDate: '2026-01-01',
    dueDate: '2030-01-01',
    observedAt: new Date(Date.now() - 86_400_000).toISOString(),
    baseline: 0,
    target: 100,
    direction: 'increase',
    role: 'member',
    status: 'in_progress',
    sdgs: [3],
    sdgTargets: ['3.b'],
    indicatorCode: '3.b.1',
    country: 'KE',
    website: 'https://example.org',
    evidenceUrl: 'https://example.org/report.pdf',
    timeZone: 'UTC',
    deliveryTime: '08:00',
  };
}

/** A body that satisfies the schema, so that a single broken field is what the api must refuse. */
export function validValue(
  doc: OpenApiDocument,
  raw: Schema | undefined,
  name: string,
  named: Record<string, unknown>,
): unknown {
  if (name in named) return named[name];
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = validValue(doc, schema.properties?.[key], key, named);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(doc, schema.items, '', named));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return true;
    default:
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'date-time') return new Date().toISOString();
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1, 20));
  }
}
