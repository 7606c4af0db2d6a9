import type { Film, StoryFact } from '../../schemas/film.ts';
import { escapeRegExp } from '../text/pattern.ts';

/** A registry story fact compiled: every pattern must match a sentence that states it. */
interface CompiledFact {
  fact: string;
  all: RegExp[];
}

/** What the registry knows of a sentence: the reveal it states, or whether it only restates the premise. */
export interface StoryReading {
  /** The known spoiler the sentence states (its `fact`), or null. */
  reveal: string | null;
  /** The sentence restates the premise and states no reveal: detection leaves it visible. */
  premise: boolean;
}

/** One alternative: a word beginning, or a whole word when it is shorter than four letters. */
function alternative(word: string): string {
  const body = escapeRegExp(word.trim()).replace(/\s+/g, '\\s+');
  return word.trim().length < 4 ? `${body}(?![\\p{L}\\p{N}])` : body;
}

function compile(facts: readonly StoryFact[]): CompiledFact[] {
  return facts.map(({ fact, words }) => ({
    fact,
    all: words.map(
      (w) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${w.split('|').map(alternative).join('|')})`, 'iu'),
    ),
  }));
}

/**
 * Reads sentences against a film's curated premise and reveals (film.yaml `premise`, `reveals`).
 * @param film the film reviewed
 * @returns a reader for one sentence at a time
 */
export function storyReader(film: Film | undefined): (sentence: string) => StoryReading {
  const premise = compile(film?.premise ?? []);
  const reveals = compile(film?.reveals ?? []);
  const states = (f: CompiledFact, s: string) => f.all.every((re) => re.test(s));
  return (sentence) => {
    const reveal = reveals.find((f) => states(f, sentence))?.fact ?? null;
    return { reveal, premise: reveal === null && premise.some((f) => states(f, sentence)) };
  };
}
