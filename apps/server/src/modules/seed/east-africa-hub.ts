import type { DemoHub, DemoHubLink } from './demo-data';
import { PEOPLE } from './demo-people';

/**
 * A private regional hub run from Kenya's Ministry of Health, a member spoke of the Vaccine Delivery Hub: its coverage
 * goal rolls up into the parent's, which sees its name and numbers and nothing else.
 */
export const EAST_AFRICA_HUB: DemoHub = {
  slug: 'east-african-immunization-hub',
  name: 'East African Immunization Hub',
  mission:
    'Close the immunization gaps of East Africa’s hard-to-reach districts together: shared cold-chain ' +
    'capacity across borders, cross-border outreach and one regional picture of coverage.',
  sdgs: [3],
  sdgTargets: ['3.b'],
  visibility: 'private',
  created: -120,
  members: [
    { person: PEOPLE.wanjiru, org: 'ministry-of-health-kenya', role: 'secretariat', joined: -120 },
    { person: PEOPLE.kenji, org: 'unicef', role: 'member', joined: -118 },
  ],
  invitations: [{ email: 'epi@moh-rwanda.example.org', org: 'ministry-of-health-rwanda', role: 'member', invited: -5 }],
  goals: [
    {
      key: 'coverage-east-africa',
      title: 'East Africa: full-schedule coverage of children under one',
      description: 'Kenya, Rwanda, Uganda and Tanzania, from the countries’ WUENIC submissions.',
      indicatorCode: '3.b.1',
      unit: '%',
      baseline: 79,
      target: 90,
      direction: 'increase',
      start: -365,
      due: 730,
      owner: 'unicef',
      created: -115,
      measurements: [
        { day: -90, value: 80.2, verified: true, note: 'Regional baseline check' },
        { day: -35, value: 81.6, verified: true, evidenceUrl: 'https://immunizationdata.who.int/' },
        { day: -3, value: 82.0, verified: false, note: 'Provisional: Tanzania still to validate' },
      ],
    },
  ],
  tasks: [
    {
      title: 'Agree a shared schedule for cross-border outreach days',
      goal: 'coverage-east-africa',
      assignee: 'ministry-of-health-kenya',
      status: 'done',
      priority: 'high',
      created: -110,
      due: -80,
    },
    {
      title: 'Pool spare cold-chain capacity along the Busia crossing',
      goal: 'coverage-east-africa',
      assignee: 'unicef',
      status: 'in_progress',
      priority: 'high',
      created: -60,
      due: 20,
      createdByAssignee: true,
    },
    {
      title: 'Collect Tanzania’s validated coverage figures',
      goal: 'coverage-east-africa',
      assignee: 'unicef',
      status: 'blocked',
      priority: 'medium',
      created: -30,
      due: -2,
    },
    {
      title: 'Invite Rwanda’s immunization programme to the hub',
      assignee: 'ministry-of-health-kenya',
      status: 'todo',
      priority: 'medium',
      created: -6,
      due: 14,
    },
  ],
  comments: [],
};

export const EAST_AFRICA_LINK: DemoHubLink = {
  child: EAST_AFRICA_HUB.slug,
  parent: 'vaccine-delivery-hub',
  // just before the seeding, so that both hubs' histories stay in order of time
  requested: -0.002,
  accepted: -0.001,
  rollUps: [{ childGoal: 'coverage-east-africa', parentGoal: 'coverage', method: 'weighted_mean', weight: 1 }],
};
