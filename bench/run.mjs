// npm run bench -- <scenario...>   (no scenario: all). Each scenario measures itself against a baseline in the same run
// and writes its section of BENCHMARKS.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'scenarios');
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.replace(/\.mjs$/, ''));
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : available;
for (const name of wanted) {
  if (!available.includes(name)) {
    console.error(`unknown scenario "${name}"; available: ${available.join(', ')}`);
    process.exit(1);
  }
}
for (const name of wanted) {
  console.log(`\n=== bench: ${name} ===`);
  const { run } = await import(join(dir, `${name}.mjs`));
  await run();
}
