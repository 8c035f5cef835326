import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, PRODUCTION_CSP } from './electron/shell-pure/csp';

const root = __dirname;

/** In `electron-vite dev` the page comes from the dev server: widen the meta CSP for it (dev only). */
function devCsp(): Plugin {
  return {
    name: 'ita-dev-csp',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      const origin = ctx.server?.resolvedUrls?.local[0];
      return html.replace(PRODUCTION_CSP, contentSecurityPolicy(origin ?? 'http://localhost:5173'));
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies (better-sqlite3 is native, zod) are loaded from node_modules at run time.
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        external: ['better-sqlite3', 'electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can only require('electron'): bundle everything else into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
