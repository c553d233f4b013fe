import { defineConfig } from 'vitest/config';

/**
 * One runner for unit, service and HTTP tests (server) and component tests (web).
 * Service and HTTP tests run on PGlite, or on PostgreSQL when TEST_DATABASE_URL is set (see apps/server/test).
 */
export default defineConfig({
  test: {
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: 'server',
          root: './apps/server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // The web app's build steps run in Node, not in the browser.
        test: { name: 'web-build', root: './apps/web', include: ['build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'web',
          root: './apps/web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          // jsdom renders of antd take hundreds of ms on an idle machine; CI shares 2 cores, so allow headroom.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
