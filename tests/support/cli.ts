/**
 * Shared by the tests that run `npm run normalize` as an editor's terminal does: temporary folders,
 * removed after the file's tests, and the CLI itself in a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project's root folder. */
export const root = new URL('../..', import.meta.url).pathname;

const made: string[] = [];
/** A fresh temporary folder, removed by `cleanUp`. */
export function tempDir(prefix = 'sync-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
/** Removes every folder `tempDir` made (register it with afterAll). */
export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** How a CLI run ended, with what it printed. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs scripts/normalize.ts with `args` from the project's root and waits for it to end.
 * `fileSizeLimitKb` runs it under `ulimit -f`, so any write past that size fails (EFBIG).
 */
export function normalizeCli(args: readonly string[], options: { fileSizeLimitKb?: number } = {}): CliRun {
  const cli = [join(root, 'scripts/normalize.ts'), ...args];
  const r = options.fileSizeLimitKb
    ? spawnSync(
        'bash',
        ['-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$0" "$@"`, process.execPath, ...cli],
        {
          cwd: root,
          encoding: 'utf8',
        },
      )
    : spawnSync(process.execPath, cli, { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
