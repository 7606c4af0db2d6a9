/**
 * Running one pipeline stage as a child process and measuring it: wall time, peak RSS (of the whole
 * process tree, sampled from /proc, and of the largest single process from `/usr/bin/time -v`), and
 * when each output line arrived, so phases a tool logs (content sync, page generation, Pagefind) can be
 * timed from its log.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** One line a child printed, with the milliseconds since it started. */
export interface LogLine {
  ms: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** What one measured child process did. */
export interface Measured {
  command: string;
  code: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the child and all its descendants, sampled every `sampleMs` (bytes). */
  peakTreeRss: number;
  /** ru_maxrss of the largest single process in the tree, from /usr/bin/time -v (bytes), if available. */
  maxProcessRss: number | null;
  userS: number | null;
  systemS: number | null;
  lines: LogLine[];
}

/** Options for `measure`. */
export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Pin the child to one CPU (taskset -c 0), for single-core figures. */
  oneCore?: boolean;
  sampleMs?: number;
  /** Echo the child's output as it arrives, indented. */
  echo?: boolean;
}

const TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';
const PAGE_SIZE = 4096;

/** The child processes of `pid`, from each of its threads' /proc/<pid>/task/<tid>/children. */
async function childrenOf(pid: number): Promise<number[]> {
  const out: number[] = [];
  try {
    for (const tid of await readdir(`/proc/${pid}/task`)) {
      const text = await readFile(`/proc/${pid}/task/${tid}/children`, 'utf8').catch(() => '');
      for (const child of text.split(' ')) if (child.trim()) out.push(Number(child));
    }
  } catch {
    // Gone already.
  }
  return out;
}

/** Sum of resident memory of `root` and its descendants (bytes). */
export async function treeRss(root: number): Promise<number> {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const statm = await readFile(`/proc/${pid}/statm`, 'utf8');
      total += Number(statm.split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
    stack.push(...(await childrenOf(pid)));
  }
  return total;
}

function parseTime(report: string): Pick<Measured, 'maxProcessRss' | 'userS' | 'systemS'> {
  const num = (re: RegExp) => {
    const m = re.exec(report);
    return m ? Number(m[1]) : null;
  };
  const kb = num(/Maximum resident set size \(kbytes\): (\d+)/);
  return {
    maxProcessRss: kb === null ? null : kb * 1024,
    userS: num(/User time \(seconds\): ([\d.]+)/),
    systemS: num(/System time \(seconds\): ([\d.]+)/),
  };
}

/** Runs `command args` as a child, measuring wall time, peak RSS and the arrival time of each output line. */
export async function measure(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<Measured> {
  const timeFile = join(options.cwd, `.time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(TIME);
  let argv = [command, ...args];
  if (options.oneCore && existsSync(TASKSET)) argv = [TASKSET, '-c', '0', ...argv];
  if (useTime) argv = [TIME, '-v', '-o', timeFile, ...argv];
  const [bin, ...rest] = argv as [string, ...string[]];
  const lines: LogLine[] = [];
  const start = performance.now();
  const child = spawn(bin, rest, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of ['stdout', 'stderr'] as const) {
    let pending = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      const ms = performance.now() - start;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ ms, stream, text });
        if (options.echo) process.stderr.write(`    │ ${text}\n`);
      }
    });
    child[stream].on('end', () => {
      if (pending) lines.push({ ms: performance.now() - start, stream, text: pending });
    });
  }
  let peakTreeRss = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling && child.pid !== undefined) {
      peakTreeRss = Math.max(peakTreeRss, await treeRss(child.pid));
      await new Promise((done) => setTimeout(done, options.sampleMs ?? 200));
    }
  })();
  const code = await new Promise<number | null>((done) => {
    child.on('close', (c) => done(c));
    child.on('error', () => done(null));
  });
  const wallMs = performance.now() - start;
  sampling = false;
  await sampler;
  let timed: Pick<Measured, 'maxProcessRss' | 'userS' | 'systemS'> = {
    maxProcessRss: null,
    userS: null,
    systemS: null,
  };
  if (useTime && existsSync(timeFile)) {
    timed = parseTime(await readFile(timeFile, 'utf8'));
    await rm(timeFile, { force: true });
  }
  return {
    command: [command, ...args].join(' '),
    code,
    wallMs,
    peakTreeRss: Math.max(peakTreeRss, timed.maxProcessRss ?? 0),
    ...timed,
    lines,
  };
}

/** The milliseconds at which the first line matching `re` arrived, or null. */
export function lineAt(lines: readonly LogLine[], re: RegExp, from = 0): number | null {
  return lines.find((l) => l.ms >= from && re.test(l.text))?.ms ?? null;
}

/** The last `n` lines of output, for error messages. */
export function tail(lines: readonly LogLine[], n = 30): string {
  return lines
    .slice(-n)
    .map((l) => `  ${l.text}`)
    .join('\n');
}
