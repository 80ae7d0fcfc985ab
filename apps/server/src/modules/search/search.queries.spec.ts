import { prefixQuery } from './search.queries';

describe('prefixQuery', () => {
  it('makes every word a prefix, lower-cased, and all of them required', () => {
    expect(prefixQuery('Cold  CHAIN freez')).toBe('cold:* & chain:* & freez:*');
  });

  it('keeps letters and digits of any script and drops everything else, so nothing typed is query syntax', () => {
    expect(prefixQuery("covid-19 & !'x' | (a:*)")).toBe('covid:* & 19:* & x:* & a:*');
    expect(prefixQuery('Vacunación niños')).toBe('vacunación:* & niños:*');
  });

  it('counts the first eight words only, and answers null when there is no word', () => {
    expect(prefixQuery('a b c d e f g h i j')?.split(' & ')).toHaveLength(8);
    expect(prefixQuery('%% !!')).toBeNull();
  });
});
