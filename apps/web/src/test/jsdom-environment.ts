// vitest's built-in jsdom environment imports jsdom from where vitest is installed (the repo root), but npm keeps jsdom
// in this workspace; this is the same environment with jsdom imported from here.
// @ts-expect-error jsdom ships no types and @types/jsdom is not worth a dependency here
import { JSDOM } from 'jsdom';
import type { Environment } from 'vitest/runtime';
import { populateGlobal } from 'vitest/runtime';

export default <Environment>{
  name: 'jsdom',
  viteEnvironment: 'client',
  setup(global: Record<string, unknown>) {
    const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
      url: 'http://localhost:3000/',
      pretendToBeVisual: true,
    });
    const { keys, originals } = populateGlobal(global, dom.window, { bindFunctions: true });
    return {
      teardown(global: Record<string, unknown>) {
        keys.forEach((key) => delete global[key]);
        originals.forEach((value, key) => ((global as Record<string | symbol, unknown>)[key] = value));
        dom.window.close();
      },
    };
  },
};
