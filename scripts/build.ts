#!/usr/bin/env node
/**
 * npm run build [-- --outDir DIR] [-- <other astro build options>]
 *
 * A safe build: `astro build`, then the Pagefind index (scripts/index-search.ts, in a process of its
 * own once Astro has exited, so their memory never adds up), go into a staging folder next to the
 * output folder, which replaces it only once the whole build succeeded. A failed or interrupted build leaves the previous dist/ exactly
 * as it was, and says so in one line. Options other than --outDir go to `astro build` unchanged.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEPARATE_INDEX_ENV } from '../src/integrations/pagefind.ts';
import { astroBin as astro } from './lib/astro.ts';
import { isRunning } from './lib/process.ts';

/** The search indexer, run on the staging folder once Astro has exited. */
const indexer = fileURLToPath(new URL('index-search.ts', import.meta.url));

/** The output folder (`--outDir DIR` or `--outDir=DIR`, else dist) and the options for Astro. */
export function splitArgs(args: readonly string[]): { outDir: string; rest: string[] } {
  let outDir = 'dist';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--outDir' && i + 1 < args.length) outDir = args[++i] as string;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir, rest };
}

/** Runs a Node script as a child; resolves with its exit code (signals forwarded, never lost). */
function run(args: readonly string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      stdio: 'inherit',
      env: { ...process.env, [SEPARATE_INDEX_ENV]: '1' },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', () => done(127));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      done(code ?? (signal ? 128 : 1));
    });
  });
}

/** Builds into a staging folder and swaps it in only on success; returns the exit code. */
async function main(): Promise<number> {
  const { outDir, rest } = splitArgs(process.argv.slice(2));
  const target = resolve(outDir);
  const rel = relative(process.cwd(), target);
  const show = rel && !rel.startsWith('..') ? rel : target;
  const parent = dirname(target);
  const name = basename(target);
  const marker = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|old)-(\\d+)$`);

  // Folders an interrupted build left behind.
  if (existsSync(parent)) {
    for (const entry of await readdir(parent)) {
      const pid = marker.exec(entry)?.[1];
      if (pid && !isRunning(Number(pid))) await rm(join(parent, entry), { recursive: true, force: true });
    }
  }

  const staging = join(parent, `.${name}.staging-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  // Astro, then the search index in a process of its own: their memory never adds up.
  let code = await run([astro, 'build', ...rest, '--outDir', staging]);
  const built = code === 0 && existsSync(join(staging, 'index.html'));
  if (built) code = await run([indexer, staging]);
  if (code !== 0 || !built) {
    await rm(staging, { recursive: true, force: true });
    const why = !built
      ? code !== 0
        ? `astro build failed (exit ${code})`
        : 'astro build wrote no index.html'
      : `the search index failed (exit ${code})`;
    console.error(`build: error: ${why}; ${show}/ is unchanged`);
    return code || 1;
  }

  // Swap: the old output steps aside, the new one takes its place, and only then is the old removed.
  const hadOutput = existsSync(target);
  if (hadOutput) await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadOutput) await rename(old, target);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
  console.log(`build: ${show}/ replaced with the new build`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`build: error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
