// Another commit of this repository, built beside this checkout, for scenarios that compare a change with the code
// before it in the same run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './services.mjs';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/** A detached worktree of `ref` with its dependencies installed and its server built; returns its root. */
export function baselineBuild(ref) {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `hubspoke-baseline-${sha}`);
  if (!existsSync(join(dir, 'apps/server/dist/main.js'))) {
    if (!existsSync(dir)) run('git', ['worktree', 'add', '--detach', dir, sha], ROOT);
    run('npm', ['ci', '--no-audit', '--no-fund'], dir);
    run('npm', ['run', 'build', '-w', 'libs/contracts'], dir);
    run('npm', ['run', 'build', '-w', 'apps/server'], dir);
  }
  return { dir, sha };
}
