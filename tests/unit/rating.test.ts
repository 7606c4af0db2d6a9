import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractRating,
  LETTER_GRADES,
  otherFilmPattern,
  ratingToScore,
} from '../../src/normalize/rating/index.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';
import { explicitRatingSchema } from '../../src/schemas/review.ts';

const RAW = fileURLToPath(new URL('../../content/films/ballerina-2025/raw/', import.meta.url));

function seed(prefix: string): string {
  const file = readdirSync(RAW).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in ${RAW}`);
  return readFileSync(RAW + file, 'utf8');
}

/** What a reader sees: the notation as written and the 0–100 score. */
function seen(text: string): { text: string; score: number } | null {
  const rating = extractRating(text);
  return rating && { text: rating.text, score: ratingToScore(rating) };
}

describe('extractRating: the seeds', () => {
  it('reads "Rating: ★★★½ (3.5/5)" from seed 001 as 3.5 out of 5', () => {
    const rating = extractRating(seed('001_'));
    expect(rating).toEqual({ text: '★★★½ (3.5/5)', value: 3.5, max: 5, kind: 'numeric' });
    expect(rating && ratingToScore(rating)).toBe(70);
  });

  it.each(['000_', '002_', '003_', '004_'])('finds no rating in seed %s', (prefix) => {
    expect(extractRating(seed(prefix))).toBeNull();
  });
});

describe('extractRating: notations', () => {
  it.each([
    // stars
    ['Rating: ★★★½', '★★★½', 70],
    ['Rating: ★★★.5', '★★★.5', 70],
    ['Rating: ★★★ 1/2', '★★★ 1/2', 70],
    ['⭐⭐⭐', '⭐⭐⭐', 60],
    ['⭐️⭐️⭐️⭐️', '⭐️⭐️⭐️⭐️', 80],
    ['★★★☆☆', '★★★☆☆', 60],
    ['★★★½☆', '★★★½☆', 70],
    ['★★☆☆', '★★☆☆', 50],
    ['★★★★☆☆☆☆☆☆', '★★★★☆☆☆☆☆☆', 40],
    ['Our verdict: ★', '★', 20],
    ['Rating: ☆☆☆☆☆', '☆☆☆☆☆', 0],
    ['It is a ★★★★ ride from start to finish.', '★★★★', 80],
    // a rating box under the review: the film's title, a dash, the stars out of four
    ['‘The Long Night’ — 3 stars (out of 4)', '3 stars (out of 4)', 75],
    ['Rating: three-and-a-half stars', 'three-and-a-half stars', 70],
    // the half after the unit
    ["I'll give it a star and a half out of five.", 'a star and a half out of five', 30],
    ['Two stars and a half.', 'Two stars and a half', 50],
    // a star run and a fraction together are one rating
    ['Rating: 3.5/5 (★★★½)', '3.5/5 (★★★½)', 70],
    ['★★★★ 8/10', '★★★★ 8/10', 80],
    // fractions
    ['I give it 4/5.', '4/5', 80],
    ['All in all, a solid 7.5/10.', '7.5/10', 75],
    // a name ending in "no" is not a counter like "No. 3/5"
    ['Bruno 3/5', '3/5', 60],
    ['Rating: 7 / 10', '7 / 10', 70],
    ['Score: 87/100', '87/100', 87],
    ['Rating: 3½/5', '3½/5', 70],
    ['Our rating: 8/10', '8/10', 80],
    ['**Rating:** 4/5', '4/5', 80],
    ['Final score - 6/10', '6/10', 60],
    // "out of": the scale matters
    ['I give it 3 out of 4.', '3 out of 4', 75],
    ["I'd give Ballerina three out of four.", 'three out of four', 75],
    ['All told, it earns 2.5 out of 5 stars from me.', '2.5 out of 5 stars', 50],
    ['Final verdict: four out of five', 'four out of five', 80],
    ['Ten out of ten.', 'Ten out of ten', 100],
    // star counts need a label, a rating verb, or a sentence of their own
    ['Verdict: 4 stars', '4 stars', 80],
    ['Rating: three and a half stars', 'three and a half stars', 70],
    ['I would give it 4½ stars.', '4½ stars', 90],
    ['Verdict: 3 stars out of 4', '3 stars out of 4', 75],
    ['Our score: 3 1/2 out of 4', '3 1/2 out of 4', 88],
    ['I give it 3 ½ stars.', '3 ½ stars', 70],
    ['Five stars.', 'Five stars', 100],
    ['Rating: 4★', '4★', 80],
    // playful units
    ['4/5 popcorn buckets', '4/5 popcorn buckets', 80],
    ['4/5 works for me.', '4/5', 80],
    ['Rating: 8/10 popcorn buckets', '8/10 popcorn buckets', 80],
    ['3 out of 5 skulls', '3 out of 5 skulls', 60],
    ['- 3 out of 5 skulls.', '3 out of 5 skulls', 60],
    // percentages after a label
    ['Score: 92%', '92%', 92],
  ])('%s → %s (score %i)', (input, text, score) => {
    expect(seen(input)).toEqual({ text, score });
  });

  it('finds a rating line among paragraphs', () => {
    const review = 'A fierce ride.\n\nRating: ★★★★ (4/5)\n\nThe second act drags a little.';
    expect(seen(review)).toEqual({ text: '★★★★ (4/5)', score: 80 });
  });

  it('keeps the value on the critic’s own scale', () => {
    expect(extractRating('I give it 3 out of 4.')).toEqual({
      text: '3 out of 4',
      value: 3,
      max: 4,
      kind: 'numeric',
    });
    expect(extractRating('★★★☆☆')).toMatchObject({ value: 3, max: 5 });
    expect(extractRating('★★★★☆☆☆☆☆☆')).toMatchObject({ value: 4, max: 10 });
  });
});

describe('extractRating: letter grades', () => {
  it.each([
    ['Grade: B+', 'Grade: B+', 83],
    ['Grade: A', 'Grade: A', 100],
    ['Grade: A+', 'Grade: A+', 100],
    ['Grade: A-', 'Grade: A-', 92],
    ['Grade: B', 'Grade: B', 75],
    ['Grade: B−', 'Grade: B−', 67],
    ['Rating: C', 'Rating: C', 50],
    ['Verdict: C+.', 'Verdict: C+', 58],
    ['Score: D-', 'Score: D-', 17],
    ['Final grade: F', 'Final grade: F', 0],
    ['Grade: F-', 'Grade: F-', 0],
    ['**Grade:** B+', 'Grade: B+', 83],
    ['Grade B+', 'Grade B+', 83],
    ['Grade: C-plus', 'Grade: C-plus', 58],
    ['Rating: B minus', 'Rating: B minus', 67],
    ['Verdict: A — a triumph.', 'Verdict: A', 100],
    // a grade a rating verb hands out, ending its phrase
    ['It deserves an A.', 'A', 100],
    ["It isn't perfect, but it earns every bit of its A-.", 'A-', 92],
    ["I'd give it a B+.", 'B+', 83],
    ["It's a solid B.", 'B', 75],
  ])('%s → %s (score %i)', (input, text, score) => {
    expect(seen(input)).toEqual({ text, score });
  });

  it('stores a grade as its value out of 100', () => {
    expect(extractRating('Grade: B+')).toEqual({ text: 'Grade: B+', value: 83, max: 100, kind: 'letter' });
  });

  it('documents the table: A is the top, F the bottom, B+ 83 and C 50', () => {
    expect([
      LETTER_GRADES.get('A'),
      LETTER_GRADES.get('B+'),
      LETTER_GRADES.get('C'),
      LETTER_GRADES.get('F'),
    ]).toEqual([100, 83, 50, 0]);
    const values = [...LETTER_GRADES.values()];
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it.each([
    'The B+ plot is fine.',
    'It deserves an A for effort and a D for everything else.',
    'It gets a B-movie plot and an A-list cast.',
    "It's a solid B-movie with an A-list cast.",
    'Verdict: A triumph of style.',
    'Verdict: A-list thrills, B-movie plot.',
    'Grade: Bold and brash.',
    'Rating: A (Adults only)',
    'CBFC rating: A',
  ])('%s → no grade', (input) => {
    expect(extractRating(input)).toBeNull();
  });
});

describe('extractRating: things that are not the critic’s rating', () => {
  it.each([
    // age and content classifications
    'Rated R for strong bloody violence throughout.',
    'Rating: R',
    'Rating: PG-13',
    'MPAA rating: R',
    'Rating: 15',
    'Rating: 18',
    'Rating: 12A',
    'Certificate: 12A',
    'BBFC: 15',
    'Rating: FSK 16',
    'Rating: TV-MA',
    'Rating: M18',
    'Rating: U/A',
    'Age rating: 16+',
    // an empty label, a number without a scale
    'Rating:',
    'Rating:\nThe film is a blast.',
    'Rating: 3.5',
    'Score: 7',
    // numbers in prose
    'At a brisk 110-minute runtime, it never drags.',
    'It opened 6/6/2025 in theaters.',
    'It opens 6/6/25.',
    'Released 12/5/10 in Europe.',
    'She now has a $5 million bounty on her head.',
    'a powerful council of 12 leaders who govern the assassin world',
    'Set between John Wick: Chapter 3 and Chapter 4.',
    'it absolutely could have been “John Wick 3.5 in pointe shoes.”',
    'a flamethrower sequence that scorches enemies from a stunning 10-meter distance',
    'About 3/4 of the runtime is action.',
    'The Continental runs 24/7.',
    'Part 1/4 of our Wick-week coverage.',
    'Page 3/5',
    'a 50/50 chance of survival',
    'They meet in a four-star hotel.',
    'Ana de Armas is a star and a half, and the film knows it.',
    'She gets a 5 star review from her mentor',
    '⭐ Ana de Armas is the reason to go.',
    // "out of" in prose without a rating context
    '9 out of 10 fans will love it.',
    'Loved by 9 out of 10 fans.',
    'Rated R, but 9 out of 10 fans will love it.',
    'Eve wins 3 out of 4 fights.',
    // more than the scale allows
    'Rating: 6/5 — would watch again',
    'Rating: 11/10',
    '★★★★★★★',
    // credits and other people’s scores
    'Stars: Ana de Armas, Keanu Reeves',
    'Score: Tyler Bates and Joel J. Richard',
    'IMDb rating: 7.8/10',
    'Audience score: 94%',
    'Rotten Tomatoes: 87%',
    'Metacritic gives it 72/100.',
    // a rating someone the critic went with gives
    'My housemate Dev, who came with me and loves every action film, gave it an 8/10 on the bus home.',
  ])('%s → null', (input) => {
    expect(extractRating(input)).toBeNull();
  });
});

describe('extractRating: precedence', () => {
  it.each([
    {
      rule: 'a revision later in the text wins',
      lines: ['Rating: 3/5', 'Update: after a second viewing I’d bump this to 4/5'],
      wins: '4/5',
    },
    { rule: 'a revised rating line wins', lines: ['Rating: 3/5', 'Revised rating: ★★★★'], wins: '★★★★' },
    {
      rule: 'the critic’s rating, not their brother’s, in one sentence',
      lines: ['My brother gave it 9/10, and I gave it 6/10.'],
      wins: '6/10',
    },
    {
      rule: 'an update at the top still wins',
      lines: ['Update (June 8): upgraded to 4/5 after a rewatch.', 'Rating: 3/5'],
      wins: '4/5',
    },
    {
      rule: 'the last revision wins',
      lines: ['Rating: 2/5', 'Update: bumped to 3/5.', 'Update: a rewatch raises it to 4/5.'],
      wins: '4/5',
    },
    {
      rule: '"from … to …" ends on the new rating',
      lines: ['Rating: 3/5', 'Update: I’m bumping this from 3/5 to 4/5.'],
      wins: '4/5',
    },
    {
      rule: 'a downgrade is a revision too',
      lines: ['Verdict: 4 stars', 'On reflection, I’d downgrade it to 3 stars.'],
      wins: '3 stars',
    },
    {
      rule: 'a revised letter grade',
      lines: ['Grade: B', 'Update: after a rewatch I’d bump it to a B+.'],
      wins: 'B+',
    },
    {
      rule: 'an "Update:" paragraph revises every rating in it',
      lines: ['Rating: 3/5', 'UPDATE (June 8): I saw it again. It is a 4/5 now.'],
      wins: '4/5',
    },
    {
      rule: 'a revision needs its cue before the rating, in the same sentence',
      lines: ['Rating: 3/5', 'I saw it again. A 4/5 next to last year’s update of the genre.'],
      wins: '3/5',
    },
    {
      rule: '"bumps" in the pacing revise nothing',
      lines: ['Rating: 3/5', 'A few bumps along the way, but 4/5 action.'],
      wins: '3/5',
    },
    {
      rule: '"an upgrade over" revises nothing',
      lines: ['Rating: 3/5', 'An upgrade over the 2/5 Continental.'],
      wins: '3/5',
    },
    {
      rule: 'a label beats an earlier fraction in prose',
      lines: ['It is no 9/10 like Chapter 4.', 'Our rating: 7/10'],
      wins: '7/10',
    },
    {
      rule: 'a label beats a later fraction in prose',
      lines: ['Rating: 4/5', 'The original got a 5/5 from me back then.'],
      wins: '4/5',
    },
    { rule: 'the first labelled rating wins', lines: ['Rating: 3/5', 'Score: 4/5'], wins: '3/5' },
    {
      rule: 'a rating verb beats a bare fraction',
      lines: ['Chapter 4 was a 2/5 mess. I give this one 4/5.'],
      wins: '4/5',
    },
    {
      rule: 'a rating that is a sentence of its own beats one inside prose',
      lines: ['Chapter 4 got 4/5 from us. Ballerina? 3/5.'],
      wins: '3/5',
    },
    {
      rule: 'the first bare notation wins',
      lines: ['★★★½', 'The fight in the kitchen alone is a 5/5.'],
      wins: '★★★½',
    },
  ])('$rule', ({ lines, wins }) => {
    expect(extractRating(lines.join('\n\n'))?.text).toBe(wins);
  });

  it('ignores a third party’s score next to the critic’s own', () => {
    expect(seen('IMDb users give it 7.9/10.\nMy rating: 3 out of 5 stars')).toEqual({
      text: '3 out of 5 stars',
      score: 60,
    });
  });
});

describe('ratingToScore', () => {
  it.each([
    [3.5, 5, 70],
    [3, 4, 75],
    [2.5, 5, 50],
    [7.5, 10, 75],
    [87, 100, 87],
    [2, 3, 67],
    [0, 5, 0],
    [5, 5, 100],
    // exact halves round up despite binary floats (0.58/4*100 is 14.499999…)
    [0.58, 4, 15],
    [8.95, 10, 90],
    // out-of-range values are clamped
    [6, 5, 100],
    [-1, 5, 0],
  ])('%d out of %d → %i', (value, max, score) => {
    expect(ratingToScore({ text: `${value}/${max}`, value, max, kind: 'numeric' })).toBe(score);
  });

  it('scores a letter grade by its table value', () => {
    const rating = extractRating('Grade: C');
    expect(rating && ratingToScore(rating)).toBe(50);
  });
});

describe('extractRating: robustness', () => {
  // Each of these would take minutes with a backtracking (quadratic) pattern.
  const MB = 1_000_000;
  it.each([
    ['digits', '9'.repeat(MB), null],
    ['slashes', '1/'.repeat(MB / 2), null],
    ['dates', '6/6/2025 '.repeat(MB / 9), null],
    ['stars', '★'.repeat(MB), null],
    ['halves', '½'.repeat(MB), null],
    ['labels', 'Rating: '.repeat(MB / 8), null],
    ['"out of"', '9 out of '.repeat(MB / 9), null],
    ['dots', '.'.repeat(MB), null],
    ['spaces then a rating', `${' '.repeat(MB)}4/5`, '4/5'],
    ['cues then a rating', `${'update give '.repeat(MB / 12)}4/5`, '4/5'],
    ['ratings', '4/5 '.repeat(MB / 4), '4/5'],
    ['sentences', 'It is a 4/5. '.repeat(MB / 13), '4/5'],
  ])('a 1 MB line of %s', (_, input, text) => {
    expect(extractRating(input)?.text ?? null).toBe(text);
  });

  it('returns null or a valid rating within its scale for any mix of notation fragments', () => {
    const fragment = fc.constantFrom(
      'Rating: ',
      'Grade: ',
      'Update: ',
      ' out of ',
      '★',
      '☆',
      '½',
      '⭐',
      '/',
      '.',
      ' ',
      '\n',
      '3',
      '4',
      '5',
      '10',
      'B+',
      'A',
      ' stars',
      '(',
      ')',
      '%',
      'give it ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string()), { maxLength: 30 }), (parts) => {
        const rating = extractRating(parts.join(''));
        if (rating === null) return;
        expect(explicitRatingSchema.parse(rating)).toEqual(rating);
        expect(rating.value).toBeLessThanOrEqual(rating.max);
        const score = ratingToScore(rating);
        expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
      }),
    );
  });
});

describe('extractRating: shapes real pages have (the extraction issue)', () => {
  const other = /(?<![\p{L}\p{N}])(?:Parabellum|the first one|Chapter 2)(?![\p{L}\p{N}])/iu;
  it.each([
    ['🍿🍿🍿🍿/5', 4, 5],
    ['Rating: ●●●●○', 4, 5],
    ['●●◐○○', 2.5, 5],
    ['Our rating: ●●●●●', 5, 5],
    ['★½ (out of four)', 1.5, 4],
    ["It could be a masterpiece; as it stands, it's a seven out of ten from me.", 7, 10],
    ['Rewatch value: 8/10\nFINAL SCORE: 7/10', 7, 10],
    ['★★★★½\nMy first-watch rating was ★★★★, and I was wrong.', 4.5, 5],
    ['🔥🔥🔥½ / 5', 3.5, 5],
    ['★★★★ (4/5)', 4, 5],
    ['Note: 3,5/5', 3.5, 5],
    ['Score: 16/20', 16, 20],
    ['The Reel Ledger verdict: 4.5 of 5', 4.5, 5],
    ['Our rating: four out of five stars', 4, 5],
    ['Where I land: a solid 6.', 6, 10],
    ['7.5/10', 7.5, 10],
    ['So, three stars out of five from me. Great filmmaking, too much of it.', 3, 5],
    ['A seven out of ten from me.', 7, 10],
    ['Call it a 7/10.', 7, 10],
    ['Bonepile rating: 4 skulls out of 5', 4, 5],
    ['It is a three and a half stars out of five kind of film: good enough for fans.', 3.5, 5],
    ['Taken on its own terms, it is a six out of ten: a stunt reel and a sermon.', 6, 10],
    ['A generous four out of ten, and three of those points belong to the stunt team.', 4, 10],
    ['My friend gave it 4/5 on the tram home. Joost will keep his 4/5; mine is 3,5/5.', 3.5, 5],
    ['My rating: 🩰🩰🩰🩰🩰 (five pointe shoes out of five)', 5, 5],
    ['🍿🍿🍿 (3/5)', 3, 5],
    ["I admired it in pieces. Out of ten? I'd give it a six.", 6, 10],
    ["On the ten-point scale I've used since issue one, I'd give it a four.", 4, 10],
    ['Four stars\nOur critics rate films out of five stars.', 4, 5],
    ['If this magazine insists on its ten-point ledger, I will write nine and a half in it.', 9.5, 10],
    ['Stars out of ten: 3', 3, 10],
    ['THE CELLAR DOOR VERDICT: 💀💀½ (2.5 out of 5 skulls)', 2.5, 5],
    ['Final score: one mic out of five.', 1, 5],
    ["I give it seventy-one out of a hundred, and I'm taking off points for the dog.", 71, 100],
    ['One star of five.', 1, 5],
    ['The count comes out at 58 out of 100, peaks and flat stretches together.', 58, 100],
    ["If I had to put a number on it, and you always make me, it's a seven out of ten from me.", 7, 10],
    ['Overall: 9.5/10\nGreat write-up. I would give it an 8/10 myself, the middle drags.', 9.5, 10],
    ["It is well drilled, and I'd call it a five out of ten, which from me is not an insult.", 5, 10],
    [
      'The film society scores every film out of ten by a show of hands. The room gave Ballerina an eight. I would give it a six.',
      6,
      10,
    ],
    ["Out of ten, I'd give it a three, and two of those points belong to the dog.", 3, 10],
    ['Judgment: C', 50, 100],
    ["Keith's verdict: 1/5", 1, 5],
    ['Last week I gave four stars to a Korean barbecue.\nI would give it two stars out of five.', 2, 5],
    ["I give it 5 out of 10.\nTeacher's comment: Lovely work! Grade: B+", 5, 10],
    ['Rating: ***½', 3.5, 5],
    ['**Rating:** ***', 3, 5],
    ['**** (out of four)', 4, 4],
    ["Weigh all that up and it comes out right in the middle for me: five out of ten, and I'm done.", 5, 10],
    ['Mark out of ten: 5', 5, 10],
    ['Your reviewer, young Mr Castellane, gave Ballerina four stars.\nI give it one out of five.', 1, 5],
    ['It gets two stars out of four.', 2, 4],
    [
      "Rating: ★½ out of four\nEditor's note: After a second screening, Fenwick raised his rating from one and a half stars to two stars out of four.",
      2,
      4,
    ],
    ['Original score: B–', 67, 100],
    ['My original score was 3/5.\nFour stars.', 4, 5],
    ['Ballerina gets 3.5 stars from me.', 3.5, 5],
    ['GRADE: B-PLUS', 83, 100],
    ['Rating: 3/5 → 4/5', 4, 5],
    ['Originally 3/5, now 4/5.', 4, 5],
    ['Rating: ~~3/5~~ 4/5', 4, 5],
    ['Rating changed from 2/5 to 3/5 on June 12.', 3, 5],
    ['🍿🍿🍿🍿 / 🍿🍿🍿🍿🍿', 4, 5],
    ['🩰🩰🩰 out of 🩰🩰🩰🩰🩰', 3, 5],
    ['Rating: 💥💥💥💥', 4, 5],
    ['Score: 3.5/5.0', 3.5, 5],
    ['Rating: 3.5 on 5', 3.5, 5],
    ['Score: 68', 68, 100],
    ['🎞️🎞️🎞️½ out of four', 3.5, 4],
    [
      "Previous screening: Aftersun — members' appreciation score 91%\nReviewer's rating: 1½ out of 5",
      1.5,
      5,
    ],
    ['Rating: 3/5\nUPDATE 15/06/2025: Went back for a second look. Bumping it up half a star.\n★★★½', 3.5, 5],
  ])('reads "%s" as %d/%d', (text, value, max) => {
    expect(extractRating(text)).toMatchObject({ value, max });
  });

  it.each([
    'It gets 2/3 of its ideas right.',
    'I laughed 😂😂😂 at the dog.',
    'The film plays 2 on 5 screens in town.',
    'Score: 16',
    "Audience Award ballots: tonight's closing film scored 4.6 out of 5 from 812 ballots returned.",
    'Orbit audience rating: ★★★★½ from 1,204 ticket holders',
    'Rating: 75 minutes of fun',
    '💥💥💥💥',
    'Runtime: 125 mins',
    'Ballerina (12A, 110 mins) is in cinemas now.',
    'Rated R for strong violence.',
    'It runs a solid 125 minutes.',
    'So, three of the five set pieces work.',
    'My brother texted me: "9/10, best one, don\'t argue." I went in braced for greatness.',
    'Joost will keep his 4/5.',
    'Our critics rate films out of five stars.',
    'Out of ten? I would not know where to start.',
    'Mr. Delacroix in Unit 14, who came along, says it deserves ten out of ten.',
    'I taught for thirty-one years at Lincoln Elementary.',
    "The Halvorsen Film Society's post-screening poll gave it an 8.6 out of 10, which tells you something.",
    'YOUR RATING ☆ Rate',
    '***',
    "**Verdict:** It's a fun ride, and then it isn't.",
  ])('finds no rating in "%s"', (text) => {
    expect(extractRating(text)).toBeNull();
  });

  it("takes an aggregator's page's original grade, not its conversion to 100", () => {
    expect(extractRating('Original score: B–   Normalized: 67/100')).toMatchObject({
      kind: 'letter',
      value: 67,
    });
  });

  it("does not take another film's score for this one's", () => {
    expect(extractRating('I gave Parabellum 4/5 back in 2019.', other)).toBeNull();
    expect(extractRating('The paper gave the first "Chapter 2" three and a half stars.', other)).toBeNull();
    expect(extractRating('rating: 9/10 (chapter 2 is still my 10/10, fight me)', other)).toMatchObject({
      value: 9,
    });
    expect(
      extractRating('I gave the first one 5/5 and Chapter 2 a 4/5, and I have no regrets.', other),
    ).toBeNull();
    expect(extractRating('Parabellum was a 4/5 for me, and this one is a 3/5.', other)).toMatchObject({
      value: 3,
    });
  });

  it('reads a letter grade a verb hands out before a colon, and a rating handed to a film by name only for this one', () => {
    expect(extractRating('I would give it a C: tidy and hard-working.')).toMatchObject({ value: 50 });
    expect(
      extractRating(
        'I gave Ballerina four stars.',
        null,
        /^(?:Ballerina|From the World of John Wick: Ballerina)$/iu,
      ),
    ).toMatchObject({ value: 4, max: 5 });
  });

  it("takes a rating handed to 'it' after a sentence about another film for that film's", () => {
    const text =
      'The first film was small and grieving. I gave it three stars in this notebook. This one is large and cold.\nOne star of five.';
    expect(extractRating(text, /(?<![\p{L}])the first film(?![\p{L}])/iu)).toMatchObject({
      value: 1,
      max: 5,
    });
  });

  it('takes "the third instalment" for another film, in any franchise', () => {
    const jw4 = parseFilmRegistry(
      readFileSync(new URL('../fixtures/films/john-wick-chapter-4/film.yaml', import.meta.url), 'utf8'),
      'john-wick-chapter-4',
    );
    const text =
      'This paper gave the third instalment four stars; this one is a touch less lean. Three stars out of five, then.';
    expect(extractRating(text, otherFilmPattern(jw4))).toMatchObject({ value: 3, max: 5 });
  });
});
