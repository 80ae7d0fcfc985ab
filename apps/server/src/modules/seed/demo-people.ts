import type { DemoPerson } from './demo-data';

/**
 * The demo accounts (fictional people). Lucía and Grace are in two hubs, and so are Camille, Priya, Daniel, Marcus and
 * Hiroshi (the climate hubs); Nadia and Moussa review the funder challenge and are in no hub, nor is the visitor.
 */
export const PEOPLE = {
  amara: { email: 'amara@gavi.example.org', name: 'Amara Okafor' },
  lucia: { email: 'lucia@who.example.org', name: 'Lucía Fernández' },
  kenji: { email: 'kenji@unicef.example.org', name: 'Kenji Sato' },
  wanjiru: { email: 'wanjiru@health-kenya.example.org', name: 'Wanjiru Kamau' },
  ravi: { email: 'ravi@serum.example.org', name: 'Ravi Menon' },
  thabo: { email: 'thabo@path.example.org', name: 'Thabo Nkosi' },
  eleanor: { email: 'eleanor@gates.example.org', name: 'Eleanor Hayes' },
  samuel: { email: 'samuel@worldbank.example.org', name: 'Samuel Adeyemi' },
  aisha: { email: 'aisha@savethechildren.example.org', name: 'Aisha Bello' },
  ines: { email: 'ines@msf.example.org', name: 'Inès Laurent' },
  sofia: { email: 'sofia@c40.example.org', name: 'Sofia Lindqvist' },
  camille: { email: 'camille@paris.example.org', name: 'Camille Girard' },
  fatmata: { email: 'fatmata@freetown.example.org', name: 'Fatmata Kamara' },
  daniel: { email: 'daniel@iclei.example.org', name: 'Daniel Becker' },
  priya: { email: 'priya@london.example.org', name: 'Priya Shah' },
  marcus: { email: 'marcus@wri.example.org', name: 'Marcus Hill' },
  grace: { email: 'grace@bloomberg.example.org', name: 'Grace Miller' },
  hiro: { email: 'hiro@cdp.example.org', name: 'Hiroshi Tanaka' },
  ngozi: { email: 'ngozi@unep.example.org', name: 'Ngozi Eze' },
  jordan: { email: 'jordan@nyc.example.org', name: 'Jordan Reyes' },
  amelia: { email: 'amelia@wellcome.example.org', name: 'Amelia Clarke' },
  nadia: { email: 'nadia@lshtm.example.org', name: 'Nadia Rahman' },
  moussa: { email: 'moussa@pasteur-dakar.example.org', name: 'Moussa Diop' },
} satisfies Record<string, DemoPerson>;

/** Signed up, but a member of no hub: sees only public hubs' summaries. */
export const VISITOR: DemoPerson = { email: 'visitor@example.org', name: 'Vic Visitor' };
