import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The lock file keeps installs reproducible (`npm ci`, as .ci/run installs): it must agree with
 * package.json, list every platform's optional binaries (a lock npm rewrote on one machine can drop
 * the others', and `npm ci` elsewhere then refuses it), and pin what `latest` would float.
 */

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
const packages: Record<
  string,
  { version?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
> = lock.packages;

/** Whether the lock has an entry for `name` that the package at `from` would resolve to. */
function resolves(from: string, name: string): boolean {
  for (let dir = from; ; ) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('agrees with package.json', () => {
    expect(packages['']?.dependencies).toEqual(pkg.dependencies);
    expect((packages[''] as { devDependencies?: unknown }).devDependencies).toEqual(pkg.devDependencies);
  });

  it('lists every optional dependency of every package, other platforms’ binaries included', () => {
    const missing = Object.entries(packages).flatMap(([path, p]) =>
      Object.keys(p.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    // What the installed packages themselves declare, which a lock written on one machine may leave out.
    for (const path of Object.keys(packages).filter(Boolean)) {
      const file = `${root}${path}/package.json`;
      if (!existsSync(file)) continue; // another platform's binary: not installed here
      const declared = Object.keys(JSON.parse(readFileSync(file, 'utf8')).optionalDependencies ?? {});
      for (const name of declared) if (!resolves(path, name)) missing.push(`${path} → ${name} (declared)`);
    }
    expect(missing).toEqual([]);
    for (const binary of [
      '@biomejs/cli-darwin-arm64',
      '@pagefind/windows-x64',
      '@rolldown/binding-darwin-arm64',
    ]) {
      expect(resolves('', binary), binary).toBe(true);
    }
  });

  it('has no dependency that floats on a dist-tag without an override pinning it', () => {
    const floating = Object.entries(packages).flatMap(([path, p]) =>
      Object.entries({ ...p.dependencies, ...p.optionalDependencies })
        .filter(([, spec]) => /^[a-z]+$/.test(spec))
        .map(([name]) => ({ path, name })),
    );
    for (const { path, name } of floating) {
      const owner = path.replace(/^.*node_modules\//, '');
      expect(pkg.overrides?.[owner]?.[name], `${owner} → ${name}`).toBeDefined();
    }
  });
});
