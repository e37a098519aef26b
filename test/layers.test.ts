/**
 * The layers' import rules (eslint.config.js) as the linter applies them: an import that crosses a
 * boundary is an error, the same import in the direction the layers allow is not.
 */

import { join } from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of the import rule for `code` as if it were the file `path` (relative to the root). */
async function importErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/sim/probe.ts', "import { appStore } from '../store/store.ts';"],
    ['src/sim/kernels/probe.ts', "import { parse } from '../../scenario/parser.ts';"],
    ['src/scenario/probe.ts', "import { EngineClient } from '../worker/client.ts';"],
    ['src/scenario/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/worker/probe.ts', "import { appStore } from '../store/store.ts';"],
    ['src/store/probe.ts', "import { MachineView } from '../views/MachineView.tsx';"],
    ['src/views/probe.ts', "import { App } from '../app/App.tsx';"],
    ['src/editor/probe.ts', "import { appStore } from '../store/store.ts';"],
    ['src/cli/probe.ts', "import { appStore } from '../store/store.ts';"],
    // The search reaches the page only through its worker.
    ['src/app/probe.tsx', "import { searchAttack } from '../search/search.ts';"],
    ['src/store/probe.ts', "import { searchAttack } from '../search/search.ts';"],
    ['src/worker/client.ts', "import { searchAttack } from '../search/search.ts';"],
    ['src/worker/searchClient.ts', "import { searchAttack } from '../search/search.ts';"],
  ])('%s may not: %s', async (path, code) => {
    expect(await importErrors(path, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['src/scenario/probe.ts', "import { run } from '../sim/engine.ts';"],
    ['src/worker/probe.ts', "import { parse } from '../scenario/parser.ts';"],
    ['src/store/probe.ts', "import { EngineClient } from '../worker/client.ts';"],
    ['src/app/probe.tsx', "import { MachineView } from '../views/MachineView.tsx';"],
    ['src/cli/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/worker/searchRun.ts', "import { searchAttack } from '../search/search.ts';"],
    ['src/store/probe.ts', "import { searchInWorker } from '../worker/searchClient.ts';"],
  ])('%s may: %s', async (path, code) => {
    expect(await importErrors(path, `${code}\nexport {};\n`)).toEqual([]);
  });
});
