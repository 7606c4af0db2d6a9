import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reviewSchema } from '../../src/schemas/review.ts';
import { cleanUp, normalizeCli, root, tempDir as sharedTempDir } from '../support/cli.ts';

afterAll(cleanUp);
const tempDir = () => sharedTempDir('normalize-cli-');

/** Runs the CLI on one folder, or (input and output empty) on every film of a films folder. */
function run(input: string, output: string, ...extra: string[]) {
  return normalizeCli([...(input || output ? ['--input', input, '--output', output] : []), ...extra]);
}

/** `make()` once, when a test first asks, then the same result for every test that reads it. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1] as string);
}

const entries = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
const seeds = join(root, 'content/films/ballerina-2025/raw');
const good =
  'Ballerina Review\nBallerina is a thrilling, stylish spin-off and Ana de Armas is terrific as Eve.\nRating: 4/5\n';

/** The seeds normalized into a fresh folder: the run and its folder, which the tests reading it leave alone. */
const seedRun = once(() => {
  const out = tempDir();
  return { out, r: run(seeds, out) };
});
/** A second plain run over a copy of that folder, with each entry's mtime from before it. */
const secondRun = once(() => {
  const out = tempDir();
  cpSync(seedRun().out, out, { recursive: true });
  const before = entries(out).map((f) => statSync(join(out, f)).mtimeMs);
  return { out, before, r: run(seeds, out) };
});

describe('npm run normalize', { timeout: 60_000 }, () => {
  it('refuses an unknown option or a missing value in one line and the usage, exit 2, no stack trace', () => {
    for (const [args, problem] of [
      [['--frobnicate'], "Unknown option '--frobnicate'"],
      [['--input'], "Option '--input <value>' argument missing"],
    ] as const) {
      const r = normalizeCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`normalize: error: ${problem}`);
      expect(r.stderr).toContain('usage: npm run normalize');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const help = normalizeCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run normalize .*\n.*--input DIR --output DIR/);
  });

  it('writes one schema-valid entry per raw review', () => {
    const { out, r } = seedRun();
    // The only warnings: person-like names the registry lacks (002 names Donnie Yen, whose film this
    // is not), each naming the file.
    for (const line of r.stderr.split('\n').filter(Boolean)) {
      expect(line).toMatch(/^normalize: warning: \S+\.txt: names nobody in the film registry: /);
    }
    expect(r.stderr).toMatch(/002_67b06dde32a0666c\.txt: names nobody in the film registry: .*Donnie Yen/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 written, 0 unchanged/);
    const files = entries(out);
    expect(files).toHaveLength(5);
    for (const file of files) {
      const data = reviewSchema.parse(frontmatter(join(out, file)));
      expect(`${data.slug}.md`).toBe(file);
    }
  });

  it('is deterministic: two runs give byte-identical files', () => {
    const a = seedRun().out;
    const b = tempDir();
    run(seeds, b);
    for (const file of readdirSync(a))
      expect(readFileSync(join(b, file))).toEqual(readFileSync(join(a, file)));
  });

  it('rewrites nothing when the input is unchanged', () => {
    const { out, before, r } = secondRun();
    expect(r.stdout).toMatch(/0 written, 5 unchanged/);
    expect(entries(out).map((f) => statSync(join(out, f)).mtimeMs)).toEqual(before);
  });

  it('names each bad file and its problem, exits non-zero, and still writes the good ones', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'good.txt'), good);
    writeFileSync(join(input, 'empty.txt'), '   \n\n');
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(input, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
    writeFileSync(join(input, 'promo.txt'), 'Subscribe to our newsletter!\nFollow us on Instagram\n');
    writeFileSync(join(input, 'sidecar.txt'), good.replace('Review', 'Second Review'));
    writeFileSync(join(input, 'sidecar.yaml'), 'rating: { value: 9, max: 5 }\nbogus: 1\n');
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty/);
    expect(r.stderr).toMatch(/binary\.txt: binary data/);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(r.stderr).toMatch(/promo\.txt: nothing usable/);
    expect(r.stderr).toMatch(/sidecar\.yaml: sidecar does not match its schema[\s\S]*bogus/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(entries(out)).toEqual(['ballerina-review.md']);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps an entry edited by hand unless --force', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'a.txt'), good);
    run(input, out);
    const path = join(out, 'ballerina-review.md');
    const edited = `${readFileSync(path, 'utf8')}\nAn editor's note.\n`;
    writeFileSync(path, edited);
    writeFileSync(join(input, 'a.txt'), `${good}Another paragraph about the stunts.\n`);
    const r = run(input, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ballerina-review\.md: edited by hand.*--force/);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const forced = run(input, out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('Another paragraph about the stunts.');
    expect(readFileSync(path, 'utf8')).not.toContain("An editor's note.");
  });

  it('gives two reviews with the same title distinct slugs and says so', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'a.txt'), good);
    writeFileSync(join(input, 'b.txt'), good.replace('thrilling', 'gripping'));
    const r = run(input, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /b\.txt: its slug "ballerina-review" is taken by a\.txt; written as "ballerina-review-b"/,
    );
    expect(entries(out)).toEqual(['ballerina-review-b.md', 'ballerina-review.md']);
  });

  it('applies a sidecar and records what it overrode', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'a.txt'), good);
    writeFileSync(
      join(input, 'a.yaml'),
      'outlet: The Film Stage\nurl: https://example.org/ballerina\ndate: 2025-06-06\nrating: { value: 3, max: 4 }\n',
    );
    expect(run(input, out).code).toBe(0);
    const data = reviewSchema.parse(frontmatter(join(out, 'ballerina-review.md')));
    expect(data.source.outlet).toBe('The Film Stage');
    expect(data.source.url).toBe('https://example.org/ballerina');
    expect(data.date).toBe('2025-06-06');
    expect(data.rating.score).toBe(75);
    expect(data.rating.explicit?.text).toBe('3/4');
    expect(data.overrides).toEqual(['date', 'outlet', 'rating', 'url']);
  });

  it('removes the entry of a raw file that was deleted', () => {
    const input = tempDir();
    const out = tempDir();
    writeFileSync(join(input, 'a.txt'), good);
    run(input, out);
    rmSync(join(input, 'a.txt'));
    const r = run(input, out);
    expect(r.stdout).toMatch(/1 removed/);
    expect(entries(out)).toEqual([]);
  });

  it('refuses a missing input folder with a one-line message', () => {
    const r = run(join(tempDir(), 'nope'), tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^normalize: error: .*nope: input folder does not exist$/);
  });

  it('leaves the default content/films/ballerina-2025/reviews as the committed seeds produce them', () => {
    const out = tempDir();
    cpSync(join(root, 'content/films/ballerina-2025/reviews'), out, { recursive: true });
    const r = run(seeds, out);
    expect(r.stdout).toMatch(/0 written, 5 unchanged/);
    expect(
      execFileSync('diff', ['-r', join(root, 'content/films/ballerina-2025/reviews'), out], {
        encoding: 'utf8',
      }),
    ).toBe('');
  });
});

describe('npm run normalize over many films', { timeout: 60_000 }, () => {
  /** A films folder with this film (two seeds) and the fixture's second film (one review). */
  function twoFilms(): string {
    const films = tempDir();
    cpSync(join(root, 'content/films/ballerina-2025/film.yaml'), join(films, 'ballerina-2025/film.yaml'));
    for (const seed of readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 2)) {
      cpSync(join(seeds, seed), join(films, 'ballerina-2025/raw', seed));
    }
    const second = join(films, 'john-wick-chapter-4');
    cpSync(join(root, 'tests/fixtures/films/john-wick-chapter-4/film.yaml'), join(second, 'film.yaml'));
    cpSync(join(root, 'tests/fixtures/corpus/dev/jw4-d02.txt'), join(second, 'raw/jw4-d02.txt'));
    return films;
  }

  it('normalizes every film into its own reviews folder, each entry naming its film', () => {
    const films = twoFilms();
    const r = run('', '', '--films', films);
    expect(r.code).toBe(0);
    for (const [film, n] of [
      ['ballerina-2025', 2],
      ['john-wick-chapter-4', 1],
    ] as const) {
      const dir = join(films, film, 'reviews');
      expect(entries(dir), film).toHaveLength(n);
      for (const f of entries(dir)) expect(reviewSchema.parse(frontmatter(join(dir, f))).film).toBe(film);
    }
  });

  it('--film SLUG normalizes that film only; an unknown one is named with the choices', () => {
    const films = twoFilms();
    expect(run('', '', '--films', films, '--film', 'john-wick-chapter-4').code).toBe(0);
    expect(entries(join(films, 'john-wick-chapter-4/reviews'))).toHaveLength(1);
    expect(existsSync(join(films, 'ballerina-2025/reviews'))).toBe(false);
    const bad = run('', '', '--films', films, '--film', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(
      /--film nope: no such film in .* \(there are: ballerina-2025, john-wick-chapter-4\)$/,
    );
  });

  it('--input/--output asks which film when there are several', () => {
    const films = twoFilms();
    const r = run(join(films, 'john-wick-chapter-4/raw'), tempDir(), '--films', films);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 films in .*: name one with --film SLUG or --film-file FILE/);
    expect(
      run(
        join(films, 'john-wick-chapter-4/raw'),
        tempDir(),
        '--films',
        films,
        '--film',
        'john-wick-chapter-4',
      ).code,
    ).toBe(0);
  });

  it('a broken film.yaml is refused, naming the file and the field', () => {
    const films = twoFilms();
    const path = join(films, 'john-wick-chapter-4/film.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^year: \d+$/m, 'year: soon'));
    const r = run('', '', '--films', films);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /john-wick-chapter-4\/film\.yaml: film data does not match its schema:[\s\S]*year/,
    );
  });
});

describe('the extraction report', { timeout: 60_000 }, () => {
  /**
   * The seeds normalized into a fresh folder, with the run's output and each entry's frontmatter: the
   * shared plain run unless `extra` options are given.
   */
  function seeded(...extra: string[]) {
    let made = seedRun();
    if (extra.length > 0) {
      const out = tempDir();
      made = { out, r: run(seeds, out, ...extra) };
    }
    const data = entries(made.out).map((f) => reviewSchema.parse(frontmatter(join(made.out, f))));
    return { ...made, data };
  }

  it('prints one line per entry written, then the warnings, each naming the file and the text', () => {
    const { r, data } = seeded();
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.includes(' → “'));
    expect(lines).toHaveLength(data.length);
    for (const e of data) {
      const line = lines.find((l) => l.startsWith(`normalize: ${e.source.file} → `));
      expect(line, e.source.file).toBeDefined();
      expect(line).toContain(`“${e.title}”`);
      expect(line).toContain(e.rating.score === null ? 'no score' : `${e.rating.score} (${e.rating.source})`);
      expect(line).toContain(`${e.cast.length} cast`);
      expect(line).toMatch(
        new RegExp(`${e.spoilers.length} spoiler regions?, ${e.warnings.length} warnings?$`),
      );
      for (const name of e.warnings) {
        expect(r.stderr).toContain(`${e.source.file}: names nobody in the film registry: ${name}`);
      }
    }
    // A second run writes nothing, so it lists no entry.
    expect(secondRun().r.stdout).not.toContain(' → “');
  });

  it('--json prints the same as JSON on stdout', () => {
    const { r, data } = seeded('--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      films: {
        film: string;
        written: number;
        entries: { file: string; title: string; score: number | null; cast: number; spoilers: number }[];
        warnings: { file: string; text: string }[];
      }[];
    };
    expect(report.films).toHaveLength(1);
    const [film] = report.films;
    expect(film?.film).toBe('ballerina-2025');
    expect(film?.written).toBe(data.length);
    for (const e of data) {
      expect(film?.entries.find((l) => l.file === e.source.file)).toMatchObject({
        title: e.title,
        score: e.rating.score,
        cast: e.cast.length,
        spoilers: e.spoilers.length,
      });
    }
    expect(film?.warnings.map((w) => w.text)).toEqual(
      data.flatMap((e) => e.warnings.map((n) => `names nobody in the film registry: ${n}`)),
    );
  });

  it('--explain FILE shows every fact with the text that produced it, and writes nothing', () => {
    const { data } = seeded();
    const entry = data.find((e) => e.spoilers.length > 0 && e.cast.length > 0) as (typeof data)[number];
    // A films folder with this film's registry and raw reviews and no entries yet.
    const films = tempDir();
    cpSync(join(root, 'content/films/ballerina-2025/film.yaml'), join(films, 'ballerina-2025/film.yaml'));
    cpSync(seeds, join(films, 'ballerina-2025/raw'), { recursive: true });
    const r = run(
      '',
      '',
      '--explain',
      join(films, 'ballerina-2025/raw', entry.source.file),
      '--films',
      films,
    );
    expect(r.code).toBe(0);
    expect(existsSync(join(films, 'ballerina-2025/reviews'))).toBe(false);
    const text = r.stdout;
    expect(text).toContain(`title: “${entry.title}”`);
    if (entry.rating.explicit) expect(text).toContain(`from “${entry.rating.explicit.text}”`);
    for (const phrase of entry.rating.estimated?.evidence ?? []) expect(text).toContain(phrase);
    for (const [i, s] of entry.spoilers.entries()) {
      const reason = s.reason === 'marked' ? 'marked by the author' : 'detected';
      expect(text).toContain(`${i + 1}. “${s.label}”: ${reason} (cue: ${s.cue})`);
    }
    for (const c of entry.cast) {
      expect(text).toContain(`${c.name} (as ${c.character})`);
      for (const form of c.forms) expect(text).toContain(`“${form}”`);
      for (const s of c.sentences) expect(text).toContain(s.text);
    }
    expect(text).toContain(entry.quote === null ? 'pull quote: none' : `pull quote: “${entry.quote}”`);
  });
});
