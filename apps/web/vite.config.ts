import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

/**
 * The web app is served by the API server from `apps/web/dist` in production and in the e2e run.
 * In development, `vite` serves it and forwards `/api` to the server on port 3000. The build also writes
 * brotli and gzip copies of the text files, which the server sends to browsers that accept them.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
