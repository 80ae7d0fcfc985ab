/** A body for POST /api/hubs/:hubId/goals owned by the organization: children vaccinated, from 60 to 90 %. */
export function goalBody(ownerOrganizationId: string, fields: object = {}) {
  return {
    title: 'Children vaccinated',
    unit: '%',
    baseline: 60,
    target: 90,
    direction: 'increase',
    startDate: '2026-01-01',
    dueDate: '2030-12-31',
    ownerOrganizationId,
    ...fields,
  };
}
