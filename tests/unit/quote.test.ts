import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/normalize/blocks.ts';
import { pickQuote } from '../../src/normalize/quote.ts';
import { countWords } from '../../src/normalize/text/index.ts';

const p = (text: string): Block => ({ type: 'paragraph', text });
const noSpoilers = (): boolean => false;

const RAVE_VERDICT =
  'This is a thrilling, beautiful and deeply moving film that I loved from start to finish.';
const PAN_VERDICT =
  'The result is a dull, lifeless and thoroughly disappointing film that wastes a talented cast.';
const MIDDLE = 'The film runs two hours and was shot over forty days in Lisbon and Porto last spring.';

describe('pickQuote: choosing the verdict', () => {
  it('takes the strongest sentence that agrees with a positive review', () => {
    const blocks = [
      p(`The film opens in a small town. ${MIDDLE}`),
      p('A few scenes drag a little in the middle stretch of the second act, which is a shame.'),
      p(`${RAVE_VERDICT} See it on the biggest screen you can find.`),
    ];
    expect(pickQuote(blocks, noSpoilers)).toBe(RAVE_VERDICT);
  });

  it('takes a negative verdict for a negative review, not its kind aside', () => {
    const blocks = [
      p('The leads are charming and the opening scene is lovely to look at, with some wonderful light.'),
      p('Then the script falls apart, and the jokes are tired, the pacing dreadful and the ending awful.'),
      p(PAN_VERDICT),
    ];
    expect(pickQuote(blocks, noSpoilers)).toBe(PAN_VERDICT);
  });

  it('prefers the opening or closing paragraph to an equally strong middle one', () => {
    const middle = 'The music is wonderful, the camera work is superb and the acting is brilliant.';
    const closing = 'The costumes are wonderful, the sets are superb and the editing is brilliant.';
    const blocks = [p(MIDDLE), p(middle), p(MIDDLE), p(closing)];
    expect(pickQuote(blocks, noSpoilers)).toBe(closing);
  });

  it('prefers a sentence that stands alone to one opening with "But"', () => {
    const leaning = 'But the music is wonderful, the camera work is superb and the acting is brilliant.';
    const alone = 'The costumes are wonderful, the sets are good and the editing is brilliant.';
    expect(pickQuote([p(`${leaning} ${alone}`)], noSpoilers)).toBe(alone);
  });

  it('breaks ties by taking the earlier sentence', () => {
    const first = 'The music in this film is wonderful, and the whole cast is superb throughout.';
    const second = 'The sets in this film are wonderful, and the whole crew is superb throughout.';
    expect(pickQuote([p(`${first} ${second}`)], noSpoilers)).toBe(first);
    expect(pickQuote([p(`${first} ${second}`)], noSpoilers)).toBe(
      pickQuote([p(`${first} ${second}`)], noSpoilers),
    );
  });
});

describe('pickQuote: what is never quoted', () => {
  it('respects the spoiler predicate', () => {
    const spoiler =
      'The wonderful final twist, in which the mentor turns out to be the killer, is brilliant.';
    const verdict = 'This is a good film with a fine cast and a decent score throughout.';
    const blocks = [p(MIDDLE), p(`${spoiler} ${verdict}`)];
    const isSpoiler = (s: string) => s.includes('turns out');
    expect(pickQuote(blocks, noSpoilers)).toBe(spoiler);
    expect(pickQuote(blocks, isSpoiler)).toBe(verdict);
  });

  it('skips headings, list items, blockquotes, questions and promo lines', () => {
    const blocks: Block[] = [
      {
        type: 'heading',
        text: 'A wonderful, brilliant and beautiful triumph of a film that everyone will love',
      },
      {
        type: 'list',
        items: ['The cast is wonderful, brilliant and beautiful in every single scene of the film.'],
      },
      {
        type: 'blockquote',
        text: 'This wonderful, brilliant and beautiful film is the best of the year so far.',
      },
      p('Is this the most wonderful, brilliant and beautiful film of the year, or just a lovely one?'),
      p('Subscribe to our newsletter for more wonderful, brilliant and beautiful reviews like this one!'),
      p(RAVE_VERDICT),
    ];
    expect(pickQuote(blocks, noSpoilers)).toBe(RAVE_VERDICT);
  });

  it('skips sentences that retell the plot', () => {
    const plot = 'Eve finds her wonderful sister alive, and she happily rescues her from the cult.';
    expect(pickQuote([p(`${plot} ${RAVE_VERDICT}`)], noSpoilers)).toBe(RAVE_VERDICT);
  });

  it('keeps to 8–30 words and 200 characters', () => {
    const short = 'A wonderful, brilliant film.';
    const long = `A wonderful and brilliant film, ${'with a superb cast and a lovely score and '.repeat(5)}more.`;
    const right = 'The cast is superb and the score is lovely in this good film.';
    const quote = pickQuote([p(`${short} ${long} ${right}`)], noSpoilers);
    expect(quote).toBe(right);
    expect(countWords(quote)).toBeGreaterThanOrEqual(8);
    expect(countWords(quote)).toBeLessThanOrEqual(30);
    expect(quote.length).toBeLessThanOrEqual(200);
  });
});

describe('pickQuote: fallback', () => {
  it('falls back to the first sentence, cut on a word boundary with "…"', () => {
    const first = `The film ${'follows a family across three generations and four countries and '.repeat(4)}ends.`;
    const quote = pickQuote([p(`${first} It was shot in Lisbon.`)], noSpoilers);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(200);
    expect(countWords(quote)).toBeLessThanOrEqual(30);
    const body = quote.slice(0, -1);
    expect(first.startsWith(body)).toBe(true);
    expect(first[body.length]).toBe(' ');
  });

  it('returns a short first sentence as it is when nothing is quotable', () => {
    expect(pickQuote([p('It was shot in Lisbon. It runs two hours.')], noSpoilers)).toBe(
      'It was shot in Lisbon.',
    );
  });

  it('does not fall back to a spoiler', () => {
    const blocks = [p('The mentor is the killer. It was shot in Lisbon.')];
    expect(pickQuote(blocks, (s) => s.includes('killer'))).toBe('It was shot in Lisbon.');
  });

  it('never returns an empty string', () => {
    expect(pickQuote([], noSpoilers).length).toBeGreaterThan(0);
    expect(pickQuote([p('Everything here is a spoiler.')], () => true).length).toBeGreaterThan(0);
    expect(pickQuote([{ type: 'heading', text: 'Verdict' }], noSpoilers)).toBe('Verdict');
  });
});
