import { BYLINES } from '../lexicon.ts';
import { sameOutlet } from './outlet.ts';

/** One naming of the critic or the outlet found on the page. */
export interface Candidate {
  name: string;
  /** How much the form is trusted: a labelled byline over a guess. */
  rank: number;
  /** The line it was found on. */
  at: number;
}

/**
 * The most trusted of the namings, the earliest among equals.
 * @param candidates the namings found
 */
export function best(candidates: readonly Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => b.rank - a.rank || a.at - b.at)[0] ?? null;
}

/**
 * The news agency among the page's namings of itself, in its fullest form, when one is named.
 * @param outlets the page's namings of itself
 */
export function wireOutlet(outlets: readonly Candidate[]): string | null {
  const wires = outlets.filter((o) => BYLINES.wires.includes(o.name.toLowerCase()));
  return wires.sort((a, b) => b.name.length - a.name.length)[0]?.name ?? null;
}

/**
 * The outlet: a masthead that another naming of the page confirms (it is the fullest form), else the
 * most trusted naming. A lone short line at the top is no outlet: it may be the headline.
 * @param outlets the page's namings of itself
 * @param mastheads the masthead-shaped names at its top
 */
export function chooseOutlet(outlets: readonly Candidate[], mastheads: readonly Candidate[]): string | null {
  for (const m of mastheads) {
    const twin = outlets.find((o) => sameOutlet(o.name, m.name));
    if (!twin) continue;
    // "BACK ROW GAZETTE" in the masthead, "Back Row Gazette" in the rating: keep the written case.
    return m.name === m.name.toUpperCase() && twin.name.toLowerCase() === m.name.toLowerCase()
      ? twin.name
      : m.name;
  }
  return best(outlets)?.name ?? null;
}
