import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/**
 * Builds the site once (unless E2E_DIST names an existing build) and serves it on loopback
 * for every browser test.
 */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.E2E_DIST ?? 'dist');
  if (!process.env.E2E_DIST) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  }
  const server = await serveStatic(distDir);
  project.provide('baseURL', server.origin);
  project.provide('distDir', distDir);
  return () => server.close();
}
