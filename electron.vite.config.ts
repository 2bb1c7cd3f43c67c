// Build for the three Electron targets. The CLI and browser mode do not go through this
// build: they run the same TypeScript sources under plain Node (see bin/run-ts.js).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The workers are entries of their own: worker threads load them by file name (worker-script.ts).
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'ingest-worker': resolve('electron/services/ingest-worker.ts'),
          'sources-worker': resolve('electron/services/sources-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only `require('electron')`: it must be one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
