import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, '..', '..', 'BENCHMARKS.md');

/** Replaces (or appends) the section of BENCHMARKS.md between this scenario's markers. */
export function writeSection(name, markdown) {
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const stamp = `_Last run: ${new Date().toISOString()} on ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}._`;
  const block = `${begin}\n${markdown.trim()}\n\n${stamp}\n${end}`;
  let text = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : '# Benchmarks\n\nRun with `npm run bench` (all) or `npm run bench -- <scenario>`. Each scenario measures a baseline in the same run, because the machine is shared and absolute times drift; compare the ratios.\n';
  const at = text.indexOf(begin);
  if (at >= 0) text = text.slice(0, at) + block + text.slice(text.indexOf(end) + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
  console.log(markdown);
}
