import { findMentions, type Mentionable } from './mentions';

const ana: Mentionable = { userId: 'ana', name: 'Ana', email: 'ana@example.org' };
const anaDiaz: Mentionable = { userId: 'ana-diaz', name: 'Ana Díaz', email: 'adiaz@example.org' };
const bo: Mentionable = { userId: 'bo', name: 'Bo (WHO)', email: 'bo@who.int' };
const people = [ana, anaDiaz, bo];

describe('findMentions', () => {
  it('finds @name and @email, in any case', () => {
    expect(findMentions('@ana please check', people)).toEqual(['ana']);
    expect(findMentions('cc @BO@WHO.INT.', people)).toEqual(['bo']);
    expect(findMentions('thanks @Bo (WHO), and @ana.', people).sort()).toEqual(['ana', 'bo']);
  });

  it('prefers the longest of overlapping names', () => {
    expect(findMentions('@Ana Díaz will do it', people)).toEqual(['ana-diaz']);
    expect(findMentions('@Ana and @ana díaz', people).sort()).toEqual(['ana', 'ana-diaz']);
  });

  it('ignores partial words, addresses and plain text', () => {
    expect(findMentions('@Anastasia', people)).toEqual([]);
    expect(findMentions('mail me at x@ana', people)).toEqual([]);
    expect(findMentions('ana@example.org', people)).toEqual([]);
    expect(findMentions('@ana@example.org.uk', people)).toEqual([]);
    expect(findMentions('', people)).toEqual([]);
  });
});
