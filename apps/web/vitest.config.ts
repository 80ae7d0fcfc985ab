import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@hubspoke/contracts': lib('contracts/src/index.ts'),
      '@hubspoke/client': lib('client/src/index.ts'),
    },
  },
  test: {
    environment: './src/test/jsdom-environment.ts',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // the machine is shared and slow at times; these are component tests, not timing tests
    testTimeout: 20_000,
  },
});
