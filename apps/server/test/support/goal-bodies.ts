/** A body for POST /api/hubs/:id/goals: a percentage from 0 to 100 over 2026–2027, owned by the organization. */
export function goalBody(ownerOrganizationId: string, fields: object = {}) {
  return {
    title: 'Coverage',
    unit: '%',
    baseline: 0,
    target: 100,
    direction: 'increase',
    startDate: '2026-01-01',
    dueDate: '2027-12-31',
    ownerOrganizationId,
    ...fields,
  };
}
