/**
 * The extraction report: what normalize made of each raw review, as one line per entry (or JSON),
 * and, for one file, every extracted fact beside the text that produced it.
 */

import type { NormalizedReview } from '../../src/normalize/review.ts';
import { fallbackTitle } from '../../src/normalize/segment/headline.ts';
import type { Film } from '../../src/schemas/film.ts';
import type { Review } from '../../src/schemas/review.ts';

/** One written entry, as the report lists it. */
export interface EntryLine {
  file: string;
  slug: string;
  title: string;
  score: number | null;
  source: Review['rating']['source'];
  cast: number;
  spoilers: number;
  warnings: number;
}

/**
 * The report line of an entry.
 * @param file The raw file's name.
 * @param entry The entry written for it.
 */
export function entryLine(file: string, entry: Review): EntryLine {
  return {
    file,
    slug: entry.slug,
    title: entry.title,
    score: entry.rating.score,
    source: entry.rating.source,
    cast: entry.cast.length,
    spoilers: entry.spoilers.length,
    warnings: entry.warnings.length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * An entry line as text: `a.txt → “Title”: 72 (estimated), 3 cast, 1 spoiler region, 0 warnings`.
 * @param line The entry's line.
 */
export function formatEntryLine(line: EntryLine): string {
  const score = line.score === null ? 'no score' : `${line.score} (${line.source})`;
  return `${line.file} → “${line.title}”: ${score}, ${line.cast} cast, ${plural(line.spoilers, 'spoiler region')}, ${plural(line.warnings, 'warning')}`;
}

/** Why the entry has the title it has. */
function titleReason(entry: Review, film: Film): string {
  if (entry.overrides.includes('title')) return 'set by the sidecar';
  if (entry.title === fallbackTitle(film.title, entry.source.outlet, entry.source.author)) {
    return 'no headline line: made from the film and the critic';
  }
  return 'the headline line (furniture, kickers and rating text set aside)';
}

/**
 * Every extracted fact of one review beside the text that produced it.
 * @param file The raw file's name.
 * @param made What normalize made of it.
 * @param film The film's registry.
 * @returns The explanation's lines.
 */
export function explain(file: string, made: NormalizedReview, film: Film): string[] {
  const { entry } = made;
  const out = [`${file}: ${film.title} (${film.year})`];
  out.push(`title: “${entry.title}” (${titleReason(entry, film)}); slug ${entry.slug}`);
  out.push(
    `outlet: ${entry.source.outlet ?? '(none found)'}; author: ${entry.source.author ?? '(none found)'}`,
  );
  const { rating } = entry;
  if (rating.explicit) {
    const how = entry.overrides.includes('rating') ? 'set by the sidecar' : 'the critic’s own rating';
    out.push(
      `rating: ${rating.score}/100 from “${rating.explicit.text}” (${how}, ${rating.explicit.value} of ${rating.explicit.max})`,
    );
  } else if (rating.estimated) {
    out.push(`rating: ${rating.score}/100, estimated from tone (no rating of the critic’s own); evidence:`);
    for (const phrase of rating.estimated.evidence) out.push(`  · ${phrase}`);
  } else out.push('rating: none (no rating in the text, and too little verdict to estimate one)');
  out.push(`spoiler regions: ${entry.spoilers.length}`);
  entry.spoilers.forEach((s, i) => {
    const region = made.regions[i];
    const blocks = !region
      ? ''
      : region.end - region.start === 1
        ? `block ${region.end}`
        : `blocks ${region.start + 1}–${region.end}`;
    out.push(
      `  ${i + 1}. “${s.label}”: ${s.reason === 'marked' ? 'marked by the author' : 'detected'} (cue: ${s.cue}) ${blocks}`.trimEnd(),
    );
  });
  for (const [kind, list] of [
    [
      'cast',
      entry.cast.map((c) => ({
        name: c.name,
        part: `as ${c.character}`,
        forms: c.forms,
        mentions: c.mentions,
        sentences: c.sentences,
      })),
    ],
    [
      'crew',
      entry.crew.map((c) => ({
        name: c.name,
        part: c.role,
        forms: [] as string[],
        mentions: c.mentions,
        sentences: c.sentences,
      })),
    ],
  ] as const) {
    out.push(`${kind}: ${list.length}`);
    for (const m of list) {
      const forms = m.forms.length ? `, written ${m.forms.map((f) => `“${f}”`).join(', ')}` : '';
      out.push(
        `  ${m.name} (${m.part}): ${m.mentions === 0 ? 'tagged by the sidecar' : plural(m.mentions, 'mention')}${forms}`,
      );
      for (const s of m.sentences)
        out.push(`    ${s.spoiler ? `[in spoiler region ${(s.region ?? 0) + 1}] ` : ''}${s.text}`);
    }
  }
  out.push(
    entry.quote === null
      ? 'pull quote: none (no spoiler-free evaluative sentence about this film)'
      : `pull quote: “${entry.quote}” (${entry.overrides.includes('quote') ? 'set by the sidecar' : 'the most evaluative spoiler-free sentence about this film'})`,
  );
  out.push(
    `warnings: ${entry.warnings.length ? entry.warnings.map((w) => `names nobody in the registry: ${w}`).join('; ') : 'none'}`,
  );
  return out;
}
