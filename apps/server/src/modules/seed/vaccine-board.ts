import type { DemoBoard } from './demo-data';
import { PEOPLE } from './demo-people';

/**
 * The Vaccine Delivery Hub's board, shaped like Gavi's: a private, a public and a civic seat. One resolution passed
 * (the foundations' alternate voting for the seat), one awaits votes; the next review's pack is ready.
 */
export const VACCINE_BOARD: DemoBoard = {
  rules: { quorum: 0.6, majority: 'two_thirds' },
  rulesSet: -100,
  seats: [
    {
      title: 'Foundations',
      kind: 'representative',
      constituency: 'private',
      holder: PEOPLE.eleanor.email,
      alternate: PEOPLE.grace.email,
      created: -100,
    },
    {
      title: 'Multilateral development banks',
      kind: 'representative',
      constituency: 'public',
      holder: PEOPLE.samuel.email,
      created: -100,
    },
    {
      title: 'Civil society organizations',
      kind: 'representative',
      constituency: 'civic',
      holder: PEOPLE.aisha.email,
      created: -99,
    },
  ],
  resolutions: [
    {
      title: 'Approve the cold chain equipment plan',
      motion:
        'The board approves the plan to replace 4,000 failing fridges in Kenya, Nigeria and Ethiopia with ' +
        'solar direct-drive units over the next 18 months, within the budget the secretariat presented.',
      proposed: -45,
      deadline: -31,
      votes: [
        { by: PEOPLE.grace.email, choice: 'for', day: -44 },
        { by: PEOPLE.samuel.email, choice: 'for', day: -43 },
        { by: PEOPLE.aisha.email, choice: 'against', day: -40 },
      ],
    },
    {
      title: 'Open a regional vaccine store for East Africa',
      motion:
        'The board asks the secretariat to open a regional vaccine store in Nairobi with UNICEF Supply Division, ' +
        'so that districts in Kenya, Uganda and Tanzania restock within two weeks.',
      proposed: -4,
      deadline: 10,
      votes: [{ by: PEOPLE.samuel.email, choice: 'for', day: -3 }],
    },
  ],
  reviews: [{ title: 'Board meeting: progress review', assembled: -1, scheduledFor: 7, readBy: [PEOPLE.samuel.email] }],
};
