import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { blockText } from '../../src/normalize/blocks.ts';
import { type NormalizedReview, normalizeReview } from '../../src/normalize/review.ts';
import { filmSchema } from '../../src/schemas/film.ts';

const root = new URL('../../', import.meta.url);
const film = filmSchema.parse(
  parse(readFileSync(new URL('content/films/ballerina-2025/film.yaml', root), 'utf8')),
);

function normalize(file: string): NormalizedReview & { body: string; hidden: string } {
  const result = normalizeReview(
    { file, text: readFileSync(new URL(`content/films/ballerina-2025/raw/${file}`, root), 'utf8') },
    film,
  );
  if (!result.ok) throw new Error(result.error);
  const { blocks, regions } = result.value;
  const inRegion = (i: number) => regions.some((r) => i >= r.start && i < r.end);
  return {
    ...result.value,
    body: blocks.map(blockText).join('\n'),
    hidden: blocks
      .filter((_, i) => inRegion(i))
      .map(blockText)
      .join('\n'),
  };
}

const seeds = {
  rave: normalize('000_707371c8b41e717f.txt'),
  rated: normalize('001_7cd0c8dedc355856.txt'),
  mixed: normalize('002_67b06dde32a0666c.txt'),
  feature: normalize('003_8d725c3ccc767f5e.txt'),
  gamer: normalize('004_41548d693e3df93c.txt'),
};
const castOf = (r: NormalizedReview) => r.entry.cast.map((c) => c.name).sort();
const crewOf = (r: NormalizedReview) => r.entry.crew.map((c) => c.name).sort();

describe('the five seed reviews', () => {
  it('reads the one explicit rating, ★★★½ (3.5/5), as 70', () => {
    expect(seeds.rated.entry.rating).toMatchObject({
      score: 70,
      source: 'explicit',
      explicit: { text: '★★★½ (3.5/5)', value: 3.5, max: 5 },
    });
  });

  it('estimates the others from tone, and estimates the rated one too', () => {
    for (const r of [seeds.rave, seeds.mixed, seeds.feature, seeds.gamer]) {
      expect(r.entry.rating.source).toBe('estimated');
      expect(r.entry.rating.score).toBe(r.entry.rating.estimated?.score);
    }
    expect(seeds.rated.entry.rating.estimated).not.toBeNull();
  });

  it('shows the raves above the mixed-positive rated review, and that above the mixed one', () => {
    // The score a reader sees: the critic's own where there is one, else the estimate.
    const score = (r: NormalizedReview) => r.entry.rating.score ?? -1;
    expect(score(seeds.rave)).toBeGreaterThan(score(seeds.rated));
    expect(score(seeds.gamer)).toBeGreaterThan(score(seeds.rated));
    expect(score(seeds.rated)).toBeGreaterThan(score(seeds.mixed));
    expect(score(seeds.mixed)).toBeLessThan(60);
  });

  it('tags the cast each review names, and nobody else', () => {
    const principal = [
      'Ana de Armas',
      'Anjelica Huston',
      'Gabriel Byrne',
      'Ian McShane',
      'Keanu Reeves',
      'Lance Reddick',
    ];
    expect(castOf(seeds.rave)).toEqual([...principal, 'Norman Reedus'].sort());
    expect(castOf(seeds.rated)).toEqual([...principal, 'Norman Reedus'].sort());
    expect(castOf(seeds.mixed)).toEqual(['Ana de Armas', 'Ian McShane', 'Keanu Reeves', 'Norman Reedus']);
    expect(castOf(seeds.feature)).toEqual([
      'Ana de Armas',
      'Anjelica Huston',
      'Ava McCarthy',
      'Keanu Reeves',
      'Norman Reedus',
    ]);
    expect(castOf(seeds.gamer)).toEqual([
      'Ana de Armas',
      'Gabriel Byrne',
      'Ian McShane',
      'Keanu Reeves',
      'Lance Reddick',
    ]);
  });

  it('finds misspelt names: "Eve Macaro", "Daniel Fine", "Chancelier"', () => {
    const forms = (r: NormalizedReview, name: string) =>
      r.entry.cast.find((c) => c.name === name)?.forms ?? [];
    expect(forms(seeds.feature, 'Ana de Armas')).toContain('Eve Macaro');
    expect(forms(seeds.feature, 'Norman Reedus')).toContain('Daniel Fine');
    expect(forms(seeds.gamer, 'Gabriel Byrne')).toContain('Chancelier');
  });

  it('tags the crew as crew: "Director Len Wiseman" is not the Director', () => {
    expect(crewOf(seeds.rave)).toEqual(['Len Wiseman']);
    expect(crewOf(seeds.rated)).toEqual(['Basil Iwanyk', 'Erica Lee', 'Len Wiseman']);
    expect(crewOf(seeds.mixed)).toEqual(['Chad Stahelski']);
    expect(crewOf(seeds.gamer)).toEqual(['Chad Stahelski', 'Len Wiseman']);
    expect(seeds.rave.entry.crew[0]?.role).toBe('director');
  });

  it('warns about people who are not in the film instead of tagging them', () => {
    expect(seeds.mixed.entry.warnings).toContain('Donnie Yen');
    expect(seeds.gamer.entry.warnings).toContain('Ross Dowd');
    for (const r of Object.values(seeds)) {
      expect(castOf(r)).not.toContain('Donnie Yen');
      expect(r.entry.warnings).not.toContain('John Wick');
    }
  });

  it('hides the marked spoiler sections of the mixed review, one region per section', () => {
    const marked = seeds.mixed.entry.spoilers.filter((s) => s.reason === 'marked');
    expect(marked.map((s) => s.label)).toEqual(['Plot Summary', 'John Wick Cameos', 'Big Twists', 'Ending']);
    expect(seeds.mixed.hidden).toContain('Eve kills the villain');
    expect(seeds.mixed.hidden).toContain('sleeper agent');
    expect(seeds.mixed.hidden).not.toContain('Creative Action');
    expect(seeds.mixed.hidden).not.toContain('worth the ride');
  });

  it('detects the unmarked reveals and leaves action praise visible', () => {
    expect(seeds.mixed.hidden).toContain('This chapter closes with Eve on the run');
    expect(seeds.feature.entry.spoilers.every((s) => s.reason === 'detected')).toBe(true);
    expect(seeds.feature.hidden).toContain('shocking truth behind her father');
    expect(seeds.feature.hidden).not.toContain('hand axe');
    expect(seeds.feature.hidden).not.toContain('flamethrower');
    expect(seeds.feature.hidden).not.toContain('plastic');
  });

  it('marks nothing in the reviews without reveals', () => {
    expect(seeds.rave.entry.spoilers).toEqual([]);
    expect(seeds.rated.entry.spoilers).toEqual([]);
    expect(seeds.gamer.entry.spoilers).toEqual([]);
  });

  it('removes promo lines, and takes the outlet and author they reveal', () => {
    expect(seeds.rated.body).not.toMatch(/Stay connected/);
    expect(seeds.rated.entry.source.outlet).toBe('Indori Nerd');
    expect(seeds.gamer.body).not.toMatch(/Get access|Strategy Guide/);
    expect(seeds.mixed.entry.source.author).toBe('Asmodeus');
    expect(seeds.mixed.body).not.toMatch(/– Asmodeus/);
    expect(seeds.rave.entry.source).toEqual({
      file: '000_707371c8b41e717f.txt',
      outlet: null,
      author: null,
      url: null,
    });
  });

  it('takes the title line where there is one', () => {
    expect(seeds.mixed.entry.title).toBe('A New Name in a Familiar World');
    expect(seeds.feature.entry.title).toMatch(/^"Ballerina": A Fierce New Chapter/);
    // No headline: the rule's fallback names the outlet the page names.
    expect(seeds.rated.entry.title).toBe(`Indori Nerd's review of ${film.title}`);
  });

  it('pulls a short quote that is in the visible text', () => {
    for (const r of Object.values(seeds)) {
      const { quote } = r.entry;
      // Every seed has a verdict sentence worth quoting.
      if (quote === null) throw new Error(`${r.entry.source.file}: no pull quote`);
      expect(quote.length).toBeLessThanOrEqual(220);
      expect(quote.split(/\s+/).length).toBeGreaterThanOrEqual(6);
      expect(r.body).toContain(quote);
      expect(r.hidden).not.toContain(quote);
    }
  });
});

describe('scores that say what they are', () => {
  const text = readFileSync(
    new URL('content/films/ballerina-2025/raw/004_41548d693e3df93c.txt', root),
    'utf8',
  );

  it('a sidecar "rating: null" leaves the review with no score at all, and says it overrode it', () => {
    const r = normalizeReview({ file: '004.txt', text, sidecar: { rating: null } }, film);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.entry.rating).toEqual({ score: null, source: 'none', explicit: null, estimated: null });
    expect(r.value.entry.overrides).toContain('rating');
  });

  it('a review that gives no opinion gets no score', () => {
    const neutral =
      'The film runs 125 minutes.\nIt opens on Friday in most cinemas, distributed by Lionsgate.\n';
    const r = normalizeReview({ file: 'n.txt', text: neutral }, film);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.entry.rating.score).toBeNull();
    expect(r.value.entry.rating.source).toBe('none');
  });

  it('a critic’s own rating stands whatever the tone', () => {
    const pan =
      'Ballerina review\nIt is tedious, hollow and bloated, a dull and lifeless slog.\nRating: 5/5\n';
    const r = normalizeReview({ file: 'p.txt', text: pan }, film);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.entry.rating).toMatchObject({ score: 100, source: 'explicit' });
  });
});
