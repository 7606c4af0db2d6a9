import type { Film } from '../../schemas/film.ts';
import { SPOILER_HINTS } from '../lexicon.ts';
import { wordListPattern } from '../text/pattern.ts';
import { findCue } from './cues.ts';
import { inlineMarker } from './inline.ts';
import { storyReader } from './story.ts';

const HINT = wordListPattern(SPOILER_HINTS.hints, 'iu');

/**
 * A test for sentences that touch the story's secrets even where the spoiler stage leaves them in
 * view: a cue, a word that points at one ("the ending", "the twist": content/lexicon/spoilers.yaml),
 * a known reveal, a marker or the word "spoiler". What is shown apart from its paragraph (the pull quote) avoids them.
 * @param film the film reviewed, for its known reveals
 */
export function revealHint(film?: Film): (sentence: string) => boolean {
  const read = storyReader(film);
  return (sentence) =>
    /spoil/i.test(sentence) ||
    HINT.test(sentence) ||
    inlineMarker(sentence) !== null ||
    findCue(sentence) !== null ||
    read(sentence).reveal !== null;
}
