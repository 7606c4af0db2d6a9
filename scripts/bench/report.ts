/** Formatting benchmark results as markdown, the machine they ran on, and refreshing docs/performance.md. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** The machine a measurement was taken on. */
export interface Machine {
  cpus: number;
  memory: string;
  cpuModel: string;
  node: string;
  date: string;
}

/** Describes this machine: core count, memory, CPU model, Node version and the current date. */
export async function machine(): Promise<Machine> {
  let cpuModel = 'unknown';
  try {
    const info = await readFile('/proc/cpuinfo', 'utf8');
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux.
  }
  return {
    cpus: availableParallelism(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    cpuModel,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** One line describing the machine, for the docs and the console. */
export function machineLine(m: Machine): string {
  return `${m.cpus} cores (nproc), ${m.memory} RAM, CPU "${m.cpuModel}", Node ${m.node}, ${m.date}`;
}

/** Milliseconds as "812 ms" or "12.3 s". */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

/** Bytes as "812 B", "12.3 KB", "1.2 MB", "2.10 GB" (1 KB = 1,024 bytes). */
export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value < 1024) return `${value} B`;
  if (value < 1024 ** 2) return `${(value / 1024).toFixed(1)} KB`;
  if (value < 1024 ** 3) return `${(value / 1024 ** 2).toFixed(1)} MB`;
  return `${(value / 1024 ** 3).toFixed(2)} GB`;
}

/** An integer with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en');
}

/** A markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Replaces a generated section (between `<!-- name:begin -->` and `<!-- name:end -->`) of a markdown file. */
export async function replaceSection(
  file: string,
  name: string,
  heading: string,
  body: string,
): Promise<void> {
  const begin = `<!-- ${name}:begin (generated: rerun the script to refresh; edits here are overwritten) -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  let text = existsSync(file) ? await readFile(file, 'utf8') : '# Performance\n';
  const re = new RegExp(`<!-- ${name}:begin[^>]*-->[\\s\\S]*?<!-- ${name}:end -->`);
  if (re.test(text)) text = text.replace(re, () => block);
  else text = `${text.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text.endsWith('\n') ? text : `${text}\n`);
}
