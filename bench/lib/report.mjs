import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const BENCHMARKS_FILE = join(ROOT, 'BENCHMARKS.md');
export const RELIABILITY_FILE = join(ROOT, 'RELIABILITY.md');

const BENCHMARKS_HEADER =
  '# Benchmarks\n\nRun with `npm run bench` (all) or `npm run bench -- <scenario>`. Each scenario measures a baseline in the same run, because the machine is shared and absolute times drift; compare the ratios.\n';

/**
 * Replaces (or appends) the block of `file` between `<!-- marker -->` and `<!-- /marker -->` with `markdown` and a
 * line saying when and where it ran; a missing file starts with `header`. Prints the markdown.
 */
export function writeMarkedSection(file, marker, markdown, { header }) {
  const begin = `<!-- ${marker} -->`;
  const end = `<!-- /${marker} -->`;
  const stamp = `_Last run: ${new Date().toISOString()} on ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}._`;
  const block = `${begin}\n${markdown.trim()}\n\n${stamp}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const at = text.indexOf(begin);
  if (at >= 0) text = text.slice(0, at) + block + text.slice(text.indexOf(end) + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
  console.log(markdown);
}

/** Replaces (or appends) the section of BENCHMARKS.md between this scenario's markers. */
export function writeSection(name, markdown) {
  writeMarkedSection(BENCHMARKS_FILE, `bench:${name}`, markdown, { header: BENCHMARKS_HEADER });
}
