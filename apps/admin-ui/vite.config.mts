import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The admin UI is served by the moderation service at /admin (same origin: cookie session,
 * CSRF token). Output goes to dist/admin-ui, which the service reads. No inline script in the
 * page (the CSP forbids it) and no module-preload polyfill (current browsers have it).
 */
export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin-ui', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npx vite apps/admin-ui` for UI work: API calls go to a moderation service on 3001.
    proxy: { '/v1': 'http://127.0.0.1:3001', '/openapi.json': 'http://127.0.0.1:3001' },
  },
});
