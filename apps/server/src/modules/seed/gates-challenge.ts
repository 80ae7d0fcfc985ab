import type { DemoChallenge } from './demo-data';
import { PEOPLE } from './demo-people';

/**
 * A funder challenge in peer review, issued by the Gates Foundation (Eleanor manages it) on SDG target 3.b: the
 * Vaccine Delivery Hub's proposal scored by both reviewers, a coalition's by one (the other still to score), and a
 * third proposal the administrative review found ineligible (a registry counts children, it does not reach them).
 */
export const GATES_CHALLENGE: DemoChallenge = {
  title: 'Zero-dose children: reach the unreached',
  description:
    'A prize for the hub or coalition that measurably cuts the number of zero-dose children (who never had a ' +
    'first dose of DTP) in sub-Saharan Africa, and keeps them on the full schedule.',
  funder: 'gates-foundation',
  manager: PEOPLE.eleanor.email,
  sdgTargets: ['3.b'],
  prize: { amount: 5_000_000, currency: 'USD' },
  created: -70,
  stages: [
    { kind: 'submission', deadline: -35 },
    { kind: 'administrative_review', deadline: -21 },
    { kind: 'peer_review', deadline: 14 },
    { kind: 'judges', deadline: 35 },
    { kind: 'award', deadline: 60 },
  ],
  rubric: [
    {
      id: 'impact',
      name: 'Impact',
      description: 'How many zero-dose children the proposal reaches, and how surely it counts them.',
      weight: 0.5,
      bands: [
        { score: 1, description: 'Under 10,000 children, or no credible count' },
        { score: 3, description: 'Tens of thousands, counted by a registry or survey' },
        { score: 5, description: 'Over 100,000 children, verified by an independent survey' },
      ],
    },
    {
      id: 'feasibility',
      name: 'Feasibility',
      description: 'Partners on the ground, supply and cold chain.',
      weight: 0.3,
      bands: [
        { score: 1, description: 'No partner on the ground yet' },
        { score: 3, description: 'Partners in place; supply or cold chain uncertain' },
        { score: 5, description: 'Partners, supply and cold chain in place, with a risk plan' },
      ],
    },
    {
      id: 'measurement',
      name: 'Measurable results',
      description: 'Baselines, targets and how often verified data comes in.',
      weight: 0.2,
      bands: [
        { score: 1, description: 'No baseline' },
        { score: 3, description: 'Baseline and target, yearly data' },
        { score: 5, description: 'SDG indicator baseline and target, verified quarterly' },
      ],
    },
  ],
  reviewers: [
    { person: PEOPLE.nadia, org: 'lshtm' },
    { person: PEOPLE.moussa, org: 'institut-pasteur-de-dakar' },
  ],
  proposals: [
    {
      title: 'Zero-dose children in Kenya’s arid counties',
      problem: 'One child in five in Turkana and Mandera never receives a first vaccine dose.',
      approach:
        'Mobile outreach with the county health teams, solar fridges at every dispensary, and a name-based registry.',
      budget: 3_200_000,
      hub: 'vaccine-delivery-hub',
      lead: 'gavi',
      submitter: PEOPLE.amara.email,
      submitted: -40,
      team: [
        { org: 'ministry-of-health-kenya', email: PEOPLE.wanjiru.email },
        { org: 'unicef', email: PEOPLE.kenji.email },
      ],
      goals: [
        {
          title: 'DTP1 coverage in Turkana and Mandera',
          indicatorCode: '3.b.1',
          unit: '%',
          baseline: 64,
          target: 85,
          due: 730,
        },
        {
          title: 'Zero-dose children in the arid counties',
          indicatorCode: null,
          unit: 'children',
          baseline: 41_000,
          target: 15_000,
          due: 730,
        },
      ],
      status: 'eligible',
      reviews: [
        {
          reviewer: PEOPLE.nadia.email,
          scores: {
            impact: [4, 'A credible count from the county registers.'],
            feasibility: [4, 'The county teams are on board.'],
            measurement: [5, 'Quarterly verified data.'],
          },
        },
        {
          reviewer: PEOPLE.moussa.email,
          scores: {
            impact: [4, 'Large reach for the budget.'],
            feasibility: [3, 'Insecurity in Mandera is a risk.'],
            measurement: [4, ''],
          },
        },
      ],
    },
    {
      title: 'Solar cold chain for last-mile clinics',
      problem: 'Clinics without reliable power turn children away when their vaccines spoil.',
      approach: 'Install solar direct-drive fridges in 900 clinics, with local technicians trained to maintain them.',
      budget: 4_100_000,
      lead: 'path',
      submitter: PEOPLE.thabo.email,
      submitted: -36,
      team: [
        { org: 'amref-health-africa', email: 'partnerships@amref.example.org' },
        { org: 'kemri', email: 'coldchain@kemri.example.org' },
      ],
      goals: [
        {
          title: 'Clinics with a working solar fridge',
          indicatorCode: null,
          unit: 'clinics',
          baseline: 120,
          target: 900,
          due: 540,
        },
        {
          title: 'Full-schedule coverage around the clinics',
          indicatorCode: '3.b.1',
          unit: '%',
          baseline: 71,
          target: 88,
          due: 730,
        },
      ],
      status: 'eligible',
      reviews: [
        {
          reviewer: PEOPLE.nadia.email,
          scores: {
            impact: [3, 'Reach depends on the clinics chosen.'],
            feasibility: [5, 'Proven equipment and maintenance model.'],
            measurement: [3, 'Coverage data only yearly.'],
          },
        },
        { reviewer: PEOPLE.moussa.email, scores: null },
      ],
    },
    {
      title: 'A digital immunisation registry for Rwanda',
      problem: 'Paper registers lose track of children who move between districts.',
      approach: 'A national name-based registry with SMS reminders, run by the Ministry of Health.',
      budget: 1_800_000,
      lead: 'who',
      submitter: PEOPLE.lucia.email,
      submitted: -35.5,
      team: [{ org: 'ministry-of-health-rwanda', email: 'registry@moh-rwanda.example.org' }],
      goals: [
        { title: 'Children in the registry', indicatorCode: null, unit: '%', baseline: 20, target: 95, due: 365 },
      ],
      status: 'ineligible',
      reviews: [],
    },
  ],
};
