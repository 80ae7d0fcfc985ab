import { SECTORS } from '@hubspoke/contracts';
import { expect, it } from 'vitest';
import { SECTOR_COLORS, SECTOR_LIST } from './palette';

it('lists every sector of the contracts, in their order, each with a colour', () => {
  expect(SECTOR_LIST).toEqual([...SECTORS]);
  expect(Object.keys(SECTOR_COLORS).sort()).toEqual([...SECTORS].sort());
});
