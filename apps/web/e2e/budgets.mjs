import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));
const START = '<!-- bench:web -->';
const END = '<!-- /bench:web -->';

/** Writes the web budgets into BENCHMARKS.md between its bench:web markers, leaving other sections alone. */
export function writeBudgets({ jsKb, files, medianMs, runs, load }) {
  const section = [
    START,
    '## Issue #5 — web app budgets (`npm run test:e2e -w apps/web`)',
    '',
    'Measured by the browser end-to-end run against the product as `npm start` runs it (Debian Chromium, headless, same machine as the api). JS: every script the browser loads for a first visit to a hub overview, gzipped (level 9) from the Vite build output. Usable: from navigation to the overview rendered with its goals (signed in, cold cache), 5 visits, median.',
    '',
    '| budget | measured | target | met |',
    '|---|---|---|---|',
    `| hub workspace route JS (gzipped) | **${jsKb.toFixed(1)} kB** in ${files} files | ≤ 300 kB | ${jsKb <= 300 ? 'yes' : 'no'} |`,
    `| navigation → overview usable | **${medianMs} ms** (runs: ${runs.join(', ')} ms) | ≤ 1500 ms | ${medianMs <= 1500 ? 'yes' : `no (load average ${load.toFixed(1)} on ${cpus().length} cores while measured)`} |`,
    '',
    `_Last run: ${new Date().toISOString()} on ${cpus().length} cores (load average ${load.toFixed(1)} during the run), Node ${process.version}._`,
    END,
  ].join('\n');
  let text;
  try {
    text = readFileSync(FILE, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start !== -1 && end > start
      ? text.slice(0, start) + section + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}
