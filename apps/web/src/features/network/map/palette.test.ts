import { describe, expect, it } from 'vitest';
import { drawnKind, edgeStyle, TIE_STYLES } from './palette';

describe('tie styles', () => {
  it('draws a tie of several kinds as its first declared kind', () => {
    expect(drawnKind(['co_member', 'partners_with', 'funds'])).toBe('funds');
    expect(drawnKind(['member_of', 'board_seat'])).toBe('board_seat');
    expect(drawnKind(['co_member'])).toBe('co_member');
  });

  it('draws declared ties thicker than co-membership, heavier ties a little thicker, up to a cap', () => {
    expect(edgeStyle(['partners_with'], 1).size).toBeGreaterThan(edgeStyle(['co_member'], 1).size);
    expect(edgeStyle(['co_member'], 4).size).toBeGreaterThan(edgeStyle(['co_member'], 1).size);
    expect(edgeStyle(['funds'], 1e9).size).toBe(TIE_STYLES.funds.size + 2);
  });
});
