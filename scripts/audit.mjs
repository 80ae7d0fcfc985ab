// `npm audit --omit=dev` without high or critical findings (issue #8). Where the registry's audit endpoint cannot be
// reached (some mirrors answer 405), says so and passes: an unanswered audit is not a finding.
import { execFile } from 'node:child_process';

const LEVELS = ['high', 'critical'];

const output = await new Promise((resolve) =>
  execFile('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 * 1024 * 1024 }, (_, stdout) => resolve(stdout)),
);
let report;
try {
  report = JSON.parse(output);
} catch {
  console.error(`npm audit: unreadable answer:\n${output.slice(0, 500)}`);
  process.exit(1);
}
if (!report.metadata) {
  console.warn(`npm audit: the audit endpoint did not answer (${report.message ?? 'no report'}); nothing checked`);
  process.exit(0);
}
const counts = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => LEVELS.includes(v.severity));
console.log(
  `npm audit --omit=dev: ${Object.entries(counts)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ')}`,
);
for (const [name, v] of serious)
  console.error(`  ${v.severity}: ${name} ${v.range} (${v.via.map((x) => x.title ?? x).join('; ')})`);
process.exit(serious.length > 0 ? 1 : 0);
