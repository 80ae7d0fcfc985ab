import type { RelationshipKind, Sector, TieKind } from '@hubspoke/contracts';
import { SECTOR_LABELS } from '../../../lib/format';

/**
 * The sectors in their usual order, from the labels the app already loads: importing the contracts' SECTORS here
 * would move that list into a chunk every hub page loads.
 */
export const SECTOR_LIST = Object.keys(SECTOR_LABELS) as Sector[];

/** One colour per sector: Paul Tol's "muted" scheme, told apart with the common colour-vision deficiencies. */
export const SECTOR_COLORS: Record<Sector, string> = {
  government: '#332288',
  intergovernmental: '#88ccee',
  regional_body: '#44aa99',
  city_network: '#117733',
  corporation: '#999933',
  philanthropy: '#ddcc77',
  research: '#cc6677',
  ngo: '#882255',
  faith: '#aa4499',
};

export const TIE_LABELS: Record<TieKind, string> = {
  funds: 'Funds',
  board_seat: 'Board seat',
  partners_with: 'Partners with',
  member_of: 'Member of',
  co_member: 'Members of the same public hub',
};

/** How each kind of tie is drawn; a tie of several kinds is drawn as its first declared kind in this order. */
export const TIE_STYLES: Record<TieKind, { color: string; size: number }> = {
  funds: { color: '#2b8a3e', size: 1.6 },
  board_seat: { color: '#862e9c', size: 1.6 },
  partners_with: { color: '#1864ab', size: 1.6 },
  member_of: { color: '#d9480f', size: 1.6 },
  co_member: { color: '#ced4da', size: 0.6 },
};

const DECLARED_ORDER: RelationshipKind[] = ['funds', 'board_seat', 'partners_with', 'member_of'];

/** The kind a tie is drawn as: declared ties stand out over co-membership. */
export function drawnKind(kinds: TieKind[]): TieKind {
  return DECLARED_ORDER.find((kind) => kinds.includes(kind)) ?? 'co_member';
}

/** Colour and thickness of a tie: its drawn kind's style, a little thicker for heavier ties. */
export function edgeStyle(kinds: TieKind[], weight: number): { color: string; size: number; kind: TieKind } {
  const kind = drawnKind(kinds);
  const style = TIE_STYLES[kind];
  return { kind, color: style.color, size: style.size + Math.min(2, Math.log2(Math.max(1, weight)) * 0.5) };
}

/** Nodes and ties outside the highlighted neighbourhood. */
export const DIMMED_COLOR = '#e9ecef';
