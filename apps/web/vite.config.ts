import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The api that `npm run dev -w apps/web` talks to (started separately, e.g. by `npm start`). */
const API = process.env.API_URL ?? 'http://localhost:3000';
const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@hubspoke/contracts': lib('contracts/src/index.ts'),
      '@hubspoke/client': lib('client/src/index.ts'),
    },
  },
  build: { chunkSizeWarningLimit: 600 },
  server: {
    proxy: {
      '/api': API,
      '/health': API,
      '/socket.io': { target: API, ws: true },
    },
  },
});
