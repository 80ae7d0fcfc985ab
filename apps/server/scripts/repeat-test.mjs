// Runs one Jest test file several times in a row and fails at the first failing run: for tests whose failure is a
// race that shows in some runs only (e.g. a rolling restart under load).
// Usage: node scripts/repeat-test.mjs <runs> <test file>   (needs a built dist, as the test itself does)
import { spawnSync } from 'node:child_process';

const [runs, file] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(runs) || runs < 1 || !file) {
  console.error('usage: repeat-test <runs> <test file>');
  process.exit(1);
}
console.log(`${file}: ${runs} runs on Node ${process.version}`);
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { status } = spawnSync('npx', ['jest', '--runInBand', file], { stdio: 'inherit' });
  console.log(
    `run ${run}/${runs}: ${status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (status !== 0) process.exit(1);
}
console.log(`${file}: ${runs} of ${runs} passed on Node ${process.version}`);
