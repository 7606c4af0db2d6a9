import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Every Node process the tests start (the normalize CLI and its worker threads, Astro builds, the dev
// server) compiles the same modules: Node's compile cache keeps them compiled between processes. It
// checks each module's source, so an edited file is compiled afresh.
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(
  new URL('node_modules/.cache/node-compile-cache', import.meta.url),
);

export default defineConfig({
  test: {
    // One test file per core, unit and browser files alike, in one queue (Vitest's default leaves a core
    // idle, and a project limited to one file at a time would run after all the others). Most files
    // spend their time in child processes (the CLI, Astro, Chromium), so two files fill two cores.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
