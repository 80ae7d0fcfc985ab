import { stringify } from 'csv-stringify/sync';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): one that starts with =, +, -, @, a tab or a
 * carriage return, or their full-width forms, which some spreadsheets normalise. Leading quotes are part of the
 * match so that a cell already starting with `'=` gets one more quote and `restoreFormula` can undo exactly.
 */
const FORMULA = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell as a spreadsheet shows it but never evaluates: prefixed with a single quote. */
export const neutraliseFormula = (cell: string): string => (FORMULA.test(cell) ? `'${cell}` : cell);

/** The cell `neutraliseFormula` was given, for imports of our own exports. */
export const restoreFormula = (cell: string): string =>
  cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;

/**
 * Rows as CSV, every text cell neutralised and then double-quoted as OWASP advises. Only strings are: a number comes
 * from a numeric column, never from someone's text, and a trend of -3.2 must stay a number the reader can sum; an
 * organization named "-2" is a string and is neutralised. (csv-stringify's own `escape_formulas` neither quotes the
 * cell nor makes the escape reversible.)
 */
export function safeCsv(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows as unknown[][], {
    cast: {
      string: (cell) => {
        const safe = neutraliseFormula(cell);
        return safe === cell ? cell : { value: safe, quoted: true };
      },
    },
  });
}
