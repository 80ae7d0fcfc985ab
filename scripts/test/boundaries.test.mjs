// The architecture's import rules (eslint.config.mjs) fail on a violating import and pass the allowed one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.message);
}

const cases = [
  {
    name: 'infra imports no module',
    file: 'apps/server/src/infra/database/example.ts',
    bad: "import { HubSequencer } from '../../modules/activity/hub-sequencer';\nexport const x = HubSequencer;\n",
    good: "import { ENTITIES } from './entities';\nexport const x = ENTITIES;\n",
    rule: /infra\/ sits below the modules/,
  },
  {
    name: 'modules reach realtime through its index',
    file: 'apps/server/src/modules/digests/example.ts',
    bad: "import { userRoom } from '../realtime/socket-types';\nexport const x = userRoom;\n",
    good: "import { UserPush } from '../realtime';\nexport const x = UserPush;\n",
    rule: /Modules reach realtime through its index/,
  },
  {
    name: 'web features import each other through their index',
    file: 'apps/web/src/features/tasks/components/Example.tsx',
    bad: "import { useHubContext } from '../../workspace/hooks/useHubContext';\nexport const x = useHubContext;\n",
    good: "import { useHubContext } from '../../workspace';\nexport const x = useHubContext;\n",
    rule: /Features import each other through their index/,
  },
];

for (const { name, file, bad, good, rule } of cases) {
  test(name, async () => {
    const found = await problems(file, bad);
    assert.ok(
      found.some((m) => rule.test(m)),
      `expected ${rule} for the violating import, got ${JSON.stringify(found)}`,
    );
    assert.deepEqual(await problems(file, good), []);
  });
}
