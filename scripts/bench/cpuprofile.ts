/** Summaries of V8 .cpuprofile files (from `node --cpu-prof`): self time per function and per file or package. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A function or file and the milliseconds spent in it (self time). */
export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

/** Self time by function and by file/package over one or more profiles. */
export interface ProfileSummary {
  totalMs: number;
  functions: Hotspot[];
  files: Hotspot[];
}

/** "astro", "@astrojs/markdown-remark", "src/normalize/mentions/index.ts", "(native)". */
function fileOf(url: string, root: string): string {
  if (!url) return '(native/gc/idle)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 14).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  if (path.startsWith(root)) return path.slice(root.length).replace(/^\//, '');
  return path.startsWith('node:') ? 'node (core)' : path;
}

/** Reads every .cpuprofile in `dir` and sums self time per function and per file or package. */
export async function summarizeProfiles(dir: string, root: string, top = 15): Promise<ProfileSummary> {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let totalMs = 0;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(join(dir, name), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const node = nodes.get(id);
      if (!node) return;
      totalMs += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      const file = fileOf(url, root);
      const fn = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    });
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: totalMs ? ms / totalMs : 0 }));
  return { totalMs, functions: rank(byFunction), files: rank(byFile) };
}
