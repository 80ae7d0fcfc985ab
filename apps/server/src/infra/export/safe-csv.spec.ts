import { parse } from 'csv-parse/sync';
import { neutraliseFormula, restoreFormula, safeCsv } from './safe-csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1+1', "'＝1+1"], // full-width =, which some spreadsheets read as =
    ["'=1+1", "''=1+1"], // already quoted: one more quote, so that restoring is exact
  ])('prefixes %j with a quote', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it.each(['', 'Médecins Sans Frontières', ' =1', 'a=b', "'quoted", "'", '3.2', 'x-1'])('leaves %j alone', (cell) =>
    expect(neutraliseFormula(cell)).toBe(cell),
  );
});

describe('restoreFormula', () => {
  it.each(['=1+1', '-2', "'=1+1", "''-2", "'quoted", "'", '', 'plain', '\tx'])(
    'gives back what was neutralised: %j',
    (cell) => expect(restoreFormula(neutraliseFormula(cell))).toBe(cell),
  );

  it('leaves a quote that is not before a formula', () => {
    expect(restoreFormula("'quoted")).toBe("'quoted");
    expect(restoreFormula("'")).toBe("'");
  });
});

describe('safeCsv', () => {
  it('quotes neutralised text cells, keeps numbers numbers, and reads back with a CSV parser', () => {
    const csv = safeCsv([
      ['name', 'trend'],
      ['=HYPERLINK("http://evil.example","click")', -3.2],
      ['-2', 0],
      ['WHO', null],
    ]);
    expect(csv).toBe('name,trend\n"\'=HYPERLINK(""http://evil.example"",""click"")",-3.2\n"\'-2",0\nWHO,\n');
    expect(parse(csv)).toEqual([
      ['name', 'trend'],
      [`'=HYPERLINK("http://evil.example","click")`, '-3.2'],
      ["'-2", '0'],
      ['WHO', ''],
    ]);
  });
});
