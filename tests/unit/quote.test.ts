import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/normalize/blocks.ts';
import { pickQuote } from '../../src/normalize/quote.ts';

const p = (text: string): Block => ({ type: 'paragraph', text });
const OTHER_FILM = /\b(?:Parabellum|Chapter 3)\b/i;

const RAVE_VERDICT =
  'This is a thrilling, beautiful and deeply moving film that I loved from start to finish.';
const PAN_VERDICT = 'The result is a dull, lifeless and thoroughly disappointing film that wastes its cast.';
const MIDDLE = 'The film runs two hours and was shot over forty days in Lisbon and Porto last spring.';

describe('pickQuote: the verdict', () => {
  it('takes the strongest sentence that agrees with a positive review', () => {
    const blocks = [
      p(`The film opens in a small town. ${MIDDLE}`),
      p('A few scenes drag a little in the middle stretch of the second act, which is a shame.'),
      p(`${RAVE_VERDICT} See it on the biggest screen you can find.`),
    ];
    expect(pickQuote(blocks, 30, null)).toBe(RAVE_VERDICT);
  });

  it('takes a negative verdict for a negative review, not its kind aside', () => {
    const blocks = [
      p('The leads are charming and the opening scene is lovely to look at, with some wonderful light.'),
      p('Then the script falls apart, and the jokes are tired and the pacing is sluggish.'),
      p(PAN_VERDICT),
    ];
    expect(pickQuote(blocks, -30, null)).toBe(PAN_VERDICT);
  });
});

describe('pickQuote: what is never a pull quote', () => {
  it('is never a question', () => {
    const blocks = [
      p('Is this the most thrilling, gorgeous action film of the whole year so far?'),
      p(MIDDLE),
    ];
    expect(pickQuote(blocks, 30, null)).toBeNull();
  });

  it('is never a credits, metadata or furniture line', () => {
    const blocks = [
      p('Director: Len Wiseman, a terrific and inventive action filmmaker at his very best.'),
      p('Share this brilliant, thrilling review with your friends on Facebook and on X today.'),
      p(MIDDLE),
    ];
    expect(pickQuote(blocks, 30, null)).toBeNull();
  });

  it('is never a sentence about another film', () => {
    const aboutOther = 'Parabellum was a terrific, thrilling and gorgeous film from start to finish.';
    const blocks = [p(aboutOther), p(RAVE_VERDICT)];
    expect(pickQuote(blocks, 30, OTHER_FILM)).toBe(RAVE_VERDICT);
    expect(pickQuote([p(aboutOther)], 30, OTHER_FILM)).toBeNull();
  });

  it('is never plot summary, and says so when nothing qualifies', () => {
    const blocks = [p('Eve tracks the men who killed her father to a snowy village in the Alps.'), p(MIDDLE)];
    expect(pickQuote(blocks, 30, null)).toBeNull();
  });
});
