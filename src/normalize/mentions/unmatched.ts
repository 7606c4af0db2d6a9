/** Person-like names that match nobody in the registry. */
import { GAP_SPACE, NOT_NAME_WORDS, NOT_PERSON_BEFORE, PARTICLES } from './english.ts';
import type { Index } from './index-build.ts';
import { gapBetween, isTitleCase, type Token } from './tokens.ts';

export function unmatchedNames(
  text: string,
  tokens: readonly Token[],
  covered: readonly boolean[],
  index: Index,
  out: Set<string>,
): void {
  if (isTitleCase(text, tokens)) return;
  const nameWord = (k: number) => {
    const t = tokens[k];
    return (
      k > 0 &&
      !covered[k] &&
      t.cap &&
      t.hasLower &&
      t.letters >= 2 &&
      !t.digit &&
      t.text.split('-').every((part) => /^\p{Lu}/u.test(part)) &&
      !NOT_NAME_WORDS.has(t.key) &&
      !index.filmWords.has(t.key)
    );
  };
  let run: number[] = [];
  const flush = () => {
    while (run.length > 0 && !tokens[run[run.length - 1]].cap) run.pop();
    const names = run.filter((k) => tokens[k].cap).length;
    const firstTok = tokens[run[0]];
    const lastTok = tokens[run[run.length - 1]];
    const prev = tokens[run[0] - 1];
    const quotedBefore = /["“‘']\s*$/u.test(text.slice(prev ? prev.after : 0, firstTok?.start ?? 0));
    const quotedAfter = lastTok && !lastTok.possessive && /^\s*["”’']/u.test(text.slice(lastTok.end));
    const afterDeterminer =
      prev && NOT_PERSON_BEFORE.has(prev.key) && GAP_SPACE.test(gapBetween(text, prev, firstTok));
    if (names >= 2 && names <= 3 && !quotedBefore && !quotedAfter && !afterDeterminer) {
      out.add(text.slice(firstTok.start, lastTok.end).replace(/\s+/g, ' '));
    }
    run = [];
  };
  tokens.forEach((t, k) => {
    if (run.length > 0) {
      const prev = tokens[run[run.length - 1]];
      if (prev.possessive || !GAP_SPACE.test(gapBetween(text, prev, t))) flush();
    }
    if (nameWord(k)) run.push(k);
    else if (run.length > 0 && !covered[k] && PARTICLES.has(t.key)) run.push(k);
    else if (run.length > 0) flush();
  });
  if (run.length > 0) flush();
}
