import { rateHub, RATING_WEIGHTS, type RatedGoal } from './rating-rules';

const now = new Date('2026-07-01T00:00:00Z');
const goal = (fields: Partial<RatedGoal> = {}): RatedGoal => ({
  id: 'g',
  title: 'Coverage',
  baseline: 0,
  target: 100,
  // half-way through its line on `now`
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  latestVerified: null,
  ...fields,
});
const component = (rating: ReturnType<typeof rateHub>, name: string) =>
  rating!.components.find((c) => c.name === name)!;

describe('rateHub', () => {
  it('rates nothing without goals', () => {
    expect(rateHub({ goals: [], memberOrganizations: 3, activeOrganizations: 1, now })).toBeNull();
  });

  it('scores each component from its inputs, and the rating is the weighted sum of them', () => {
    const rating = rateHub({
      goals: [
        goal({ id: 'a', latestVerified: { value: 50, observedAt: now, hasEvidence: true } }),
        goal({ id: 'b', latestVerified: null }),
      ],
      memberOrganizations: 4,
      activeOrganizations: 1,
      now,
    })!;
    expect(component(rating, 'progress').score).toBe(25); // (50 % + 0 %) / 2
    expect(component(rating, 'pace').score).toBeCloseTo(50, 0); // a on pace, b at nothing
    expect(component(rating, 'freshness').score).toBe(50); // a today, b never
    expect(component(rating, 'evidence').score).toBe(50);
    expect(component(rating, 'participation').score).toBe(25);
    const sum = rating.components.reduce((s, c) => s + c.score * RATING_WEIGHTS[c.name], 0);
    expect(rating.score).toBeCloseTo(sum, 1);
    expect(component(rating, 'participation').explanation).toContain('1 of 4 member organizations');
  });

  it('lets only the verified measurement count: a goal without one sits at its baseline', () => {
    const rating = rateHub({ goals: [goal()], memberOrganizations: 1, activeOrganizations: 1, now })!;
    expect(component(rating, 'progress').score).toBe(0);
    expect(component(rating, 'freshness').score).toBe(0);
  });

  it('counts progress in the direction of the goal and caps pace', () => {
    const decrease = goal({
      baseline: 100,
      target: 0,
      latestVerified: { value: 20, observedAt: now, hasEvidence: false },
    });
    const rating = rateHub({ goals: [decrease], memberOrganizations: 1, activeOrganizations: 0, now })!;
    expect(component(rating, 'progress').score).toBe(80);
    expect(component(rating, 'pace').score).toBe(100);
  });

  it('lets freshness fall with age', () => {
    const old = new Date(now.getTime() - 45 * 86_400_000);
    const rating = rateHub({
      goals: [goal({ latestVerified: { value: 10, observedAt: old, hasEvidence: true } })],
      memberOrganizations: 1,
      activeOrganizations: 1,
      now,
    })!;
    expect(component(rating, 'freshness').score).toBe(50);
  });

  it('explains how much of the progress comes from goals rolling up member hubs', () => {
    const rating = rateHub({
      goals: [
        goal({ id: 'a', latestVerified: { value: 60, observedAt: now, hasEvidence: false }, fromMemberHubs: true }),
        goal({ id: 'b', latestVerified: { value: 20, observedAt: now, hasEvidence: true } }),
      ],
      memberOrganizations: 1,
      activeOrganizations: 1,
      now,
    })!;
    expect(component(rating, 'progress').explanation).toContain(
      "1 of them roll up member hubs' goals, which make 75 % of that progress",
    );
  });
});
