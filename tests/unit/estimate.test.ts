import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import vader from 'vader-sentiment';
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION,
  calibrate,
  estimateScore,
  fitCalibration,
  isPlotSentence,
  parseDomainLexicon,
  toneOf,
  toneOfSentence,
} from '../../src/normalize/estimate.ts';
import { estimatedRatingSchema } from '../../src/schemas/review.ts';

const CALIBRATION_DIR = new URL('../fixtures/calibration/', import.meta.url);
const RAW_DIR = new URL('../../content/raw/', import.meta.url);

/** The sibling .json of a calibration review: the critic's explicit rating. */
const ratingSchema = z.strictObject({
  film: z.string().min(1),
  rating: z.string().min(1),
  value: z.number().min(0),
  max: z.number().positive(),
});

const seedFile = (prefix: string): string => {
  const name = readdirSync(RAW_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, RAW_DIR), 'utf8');
};

/** Every review with an explicit rating: the calibration fixtures plus seed 001 (★★★½, 3.5/5 = 70). */
const labelled = [
  ...readdirSync(CALIBRATION_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const rating = ratingSchema.parse(
        JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.json'), CALIBRATION_DIR), 'utf8')),
      );
      return {
        name: f,
        text: readFileSync(new URL(f, CALIBRATION_DIR), 'utf8'),
        rating: Math.round((rating.value / rating.max) * 100),
      };
    }),
  { name: 'seed 001', text: seedFile('001'), rating: 70 },
];

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const out = new Array<number>(xs.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.x === order[i]?.x) j++;
    for (let k = i; k <= j; k++) out[order[k]?.i ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation, ties given their average rank. */
function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (a.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    const x = (ra[i] ?? 0) - mean;
    const y = (rb[i] ?? 0) - mean;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return num / Math.sqrt(da * db);
}

describe('estimateScore: calibration against explicit ratings', () => {
  const estimates = labelled.map((r) => estimateScore(r.text).score);

  it('has 12–20 calibration reviews of 80–200 words spanning 1/5 to 5/5', () => {
    const fixtures = labelled.filter((r) => r.name !== 'seed 001');
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    expect(fixtures.length).toBeLessThanOrEqual(20);
    for (const r of fixtures) {
      const words = r.text.split(/\s+/).filter(Boolean).length;
      expect(words, r.name).toBeGreaterThanOrEqual(80);
      expect(words, r.name).toBeLessThanOrEqual(200);
    }
    expect(Math.min(...fixtures.map((r) => r.rating))).toBe(20);
    expect(Math.max(...fixtures.map((r) => r.rating))).toBe(100);
  });

  it('ranks reviews as their ratings do (Spearman ≥ 0.8)', () => {
    expect(
      spearman(
        estimates,
        labelled.map((r) => r.rating),
      ),
    ).toBeGreaterThanOrEqual(0.8);
  });

  it('orders every pair whose ratings differ by 40 points or more', () => {
    const wrong: string[] = [];
    labelled.forEach((hi, i) => {
      labelled.forEach((lo, j) => {
        if (hi.rating - lo.rating >= 40 && !((estimates[i] ?? 0) > (estimates[j] ?? 0))) {
          wrong.push(`${hi.name} (${hi.rating}→${estimates[i]}) ≤ ${lo.name} (${lo.rating}→${estimates[j]})`);
        }
      });
    });
    expect(wrong).toEqual([]);
  });

  it('uses the constants a refit on the labelled reviews gives', () => {
    const fit = fitCalibration(labelled.map((r) => ({ tone: toneOf(r.text), rating: r.rating })));
    expect(fit.center).toBeCloseTo(CALIBRATION.center, 3);
    expect(fit.scale).toBeCloseTo(CALIBRATION.scale, 3);
  });
});

describe('calibrate and fitCalibration', () => {
  it('maps tone to 0–100 monotonically', () => {
    let previous = -1;
    for (let tone = -1; tone <= 1.0001; tone += 0.01) {
      const score = calibrate(tone);
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(previous);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      previous = score;
    }
    expect(calibrate(CALIBRATION.center)).toBe(50);
    expect(calibrate(-1)).toBeLessThan(5);
    expect(calibrate(1)).toBeGreaterThan(95);
  });

  it('recovers the constants of data drawn from a logistic curve', () => {
    const truth = { center: 0.1, scale: 0.2 };
    const samples = [-0.4, -0.2, 0, 0.1, 0.2, 0.4, 0.6].map((tone) => ({
      tone,
      rating: 100 / (1 + Math.exp(-(tone - truth.center) / truth.scale)),
    }));
    const fit = fitCalibration(samples);
    expect(fit.center).toBeCloseTo(truth.center, 3);
    expect(fit.scale).toBeCloseTo(truth.scale, 3);
  });
});

describe('estimateScore: seeds', () => {
  const score = (prefix: string) => estimateScore(seedFile(prefix)).score;

  it('rates the raves 000 and 004 above the 3.5/5 seed 001, and 001 above the mixed-negative 002', () => {
    expect(score('000')).toBeGreaterThan(score('001'));
    expect(score('004')).toBeGreaterThan(score('001'));
    expect(score('001')).toBeGreaterThan(score('002'));
  });

  it('reads the plot-heavy 003 as positive despite its violent synopsis', () => {
    expect(score('003')).toBeGreaterThan(50);
    expect(score('003')).toBeGreaterThan(score('002'));
  });

  it('returns a valid estimate with 3–6 trimmed evidence phrases from the text, strongest first', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = seedFile(prefix);
      const estimate = estimatedRatingSchema.parse(estimateScore(text));
      expect(estimate.evidence.length, prefix).toBeGreaterThanOrEqual(3);
      expect(estimate.evidence.length, prefix).toBeLessThanOrEqual(6);
      for (const phrase of estimate.evidence) {
        expect(phrase.length, phrase).toBeLessThanOrEqual(120);
        expect(phrase).toBe(phrase.trim());
        for (const piece of phrase.split('…').filter(Boolean)) expect(text, piece).toContain(piece);
      }
      const strength = (phrase: string) => Math.abs(toneOfSentence(phrase.replaceAll('…', '')));
      expect(strength(estimate.evidence[0] ?? '')).toBeGreaterThan(0);
    }
  });

  it('is deterministic, whatever was estimated before', () => {
    const text = seedFile('002');
    const first = estimateScore(text);
    for (const prefix of ['000', '003', '004']) estimateScore(seedFile(prefix));
    expect(estimateScore(text)).toEqual(first);
  });
});

describe('toneOfSentence: agreement with the library', () => {
  // Plain sentences (no names, dashes or film-review words) where our tokens equal VADER's own.
  const plain = [
    'The food was not good at all.',
    'It is never boring and never dull.',
    'The acting is very good, but the script is really bad.',
    'It was sort of good.',
    'It was kind of good.',
    'The party was the bomb.',
    'It is at least good.',
    'It was the very least bad option.',
    'They lived hand to mouth for years, a kiss of doom.',
    'This is so good!',
    'It was never so good.',
    'It was never this good.',
    'It is hardly worth it.',
    "The dialogue isn't funny, and the ending is awful.",
    'I absolutely love this movie!!',
    'The sets are GREAT but the sound is poor.',
    'Not a single moment works, and nothing is good.',
    'It was just enough fun to keep me awake?',
    'The score is somewhat good, the pace is extremely slow, and the end is quite sad.',
    'Do not miss it, it is not bad, it is not terrible, it is wonderful.',
    'One of the best films of the year, and the best of the lot.',
    'Their new album was the bomb of the summer.',
    'In the end it was good, or at least not bad.',
    'It was sort of the best, just enough good to cut the mustard and good.',
    'Yeah right, the good old days, hand to mouth and happy.',
  ];

  it('gives the compound of VADER’s polarity_scores, also when its per-token cache is warm', () => {
    for (let pass = 0; pass < 2; pass++) {
      for (const sentence of plain) {
        expect(toneOfSentence(sentence), sentence).toBe(
          vader.SentimentIntensityAnalyzer.polarity_scores(sentence).compound,
        );
      }
    }
  });

  it('keeps multi-word rules when the same words appear in other windows first', () => {
    toneOfSentence('We ate the cake of the day at the end, just as planned, and it was good.');
    expect(toneOfSentence('The party was the bomb.')).toBe(
      vader.SentimentIntensityAnalyzer.polarity_scores('The party was the bomb.').compound,
    );
    expect(toneOfSentence('It is at least good.')).toBe(
      vader.SentimentIntensityAnalyzer.polarity_scores('It is at least good.').compound,
    );
  });
});

describe('toneOfSentence: negation, contrast and emphasis', () => {
  it('negates: "not good" is negative, "never boring" positive', () => {
    expect(toneOfSentence('The film is good.')).toBeGreaterThan(0);
    expect(toneOfSentence('The film is not good.')).toBeLessThan(0);
    expect(toneOfSentence('It is boring.')).toBeLessThan(0);
    expect(toneOfSentence('It is never boring.')).toBeGreaterThan(0);
  });

  it('negates with a curly apostrophe', () => {
    expect(toneOfSentence('It isn’t funny.')).toBeLessThan(0);
    expect(toneOfSentence('It isn’t funny.')).toBe(toneOfSentence("It isn't funny."));
  });

  it('weights the clause after "but" more, also when the sentence opens with "But"', () => {
    expect(toneOfSentence('The acting is great, but the plot is a mess.')).toBeLessThan(0);
    expect(toneOfSentence('The plot is a mess, but the acting is great.')).toBeGreaterThan(0);
    expect(toneOfSentence('But the acting is great.')).toBeGreaterThan(
      toneOfSentence('The acting is great.'),
    );
  });

  it('reads boosters and dampeners', () => {
    expect(toneOfSentence('The film is very good.')).toBeGreaterThan(toneOfSentence('The film is good.'));
    expect(toneOfSentence('The film is slightly good.')).toBeLessThan(toneOfSentence('The film is good.'));
  });

  it('splits words joined by dashes', () => {
    expect(toneOfSentence('It is a fine extension—stylish and thrilling.')).toBeGreaterThan(
      toneOfSentence('It is a fine extension.'),
    );
  });
});

describe('toneOfSentence: the film-review lexicon (content/lexicon/tone.yaml)', () => {
  it('neutralizes violence that describes the plot', () => {
    expect(toneOfSentence('Her father was killed in a brutal, blood-soaked murder.')).toBe(0);
    expect(toneOfSentence('She kills the villain in a violent fight.')).toBe(0);
    expect(toneOfSentence('The fights are brutal, bloody and thrilling.')).toBe(
      toneOfSentence('It is thrilling.'),
    );
  });

  it('neutralizes genre and role words', () => {
    expect(toneOfSentence('A romantic comedy with a supporting cast of heroes.')).toBe(0);
  });

  it('scores critic words the library lacks', () => {
    expect(toneOfSentence('The story is thin.')).toBeLessThan(0);
    expect(toneOfSentence('The villain is generic and the pacing uneven.')).toBeLessThan(0);
    expect(toneOfSentence('Norman Reedus is a complete non-factor.')).toBeLessThan(0);
    expect(toneOfSentence('The choreography is inventive.')).toBeGreaterThan(0);
  });

  it('applies negation to adjusted words as to native ones', () => {
    expect(toneOfSentence('The script is not generic.')).toBeGreaterThan(0);
    expect(toneOfSentence('The choreography is not inventive.')).toBeLessThan(0);
  });

  it('reads "like" as a comparison, not a liking', () => {
    expect(toneOfSentence('The sequence plays out like a dance.')).toBe(0);
  });

  it('treats capitalized words inside a sentence as names and titles', () => {
    expect(toneOfSentence('The comedy Best Man Down simply isn’t funny.')).toBeLessThan(0);
    expect(toneOfSentence('The comedy Best Man Down is a hoot.')).toBe(
      toneOfSentence('The comedy is a hoot.'),
    );
    expect(toneOfSentence('The film stars Grace Good.')).toBe(0);
  });

  it('validates the lexicon file and rejects malformed data', () => {
    const lexicon = parseDomainLexicon(
      readFileSync(new URL('../../content/lexicon/tone.yaml', import.meta.url), 'utf8'),
    );
    expect(lexicon.topic.words).toContain('killed');
    expect(lexicon.critic.thin).toBeLessThan(0);
    expect(() => parseDomainLexicon('topic: {scale: 0, words: []}\ncritic: {thin: 9}')).toThrow();
    expect(() => parseDomainLexicon('topic: {scale: 0, words: [Killed]}\ncritic: {}')).toThrow();
    expect(() => parseDomainLexicon('topic: {scale: 2, words: []}\ncritic: {}')).toThrow();
  });
});

describe('isPlotSentence', () => {
  it('flags sentences that retell the story', () => {
    expect(isPlotSentence('Eve kills the Chancellor and saves Ella.')).toBe(true);
    expect(isPlotSentence('She uncovers a conspiracy linked to her father’s death.')).toBe(true);
    expect(isPlotSentence('Winston warns her: “You can still leave, you have a choice.”')).toBe(true);
  });

  it('does not flag sentences about the film, even when they name people or the title', () => {
    expect(isPlotSentence('The film is a triumph.')).toBe(false);
    expect(isPlotSentence('Ana de Armas gives a fierce performance.')).toBe(false);
    expect(isPlotSentence('“Ballerina” is a worthy extension of the saga.')).toBe(false);
    expect(isPlotSentence('It is never boring.')).toBe(false);
  });
});

describe('estimateScore: small texts and confidence', () => {
  it('gives no evidence and zero confidence when nothing carries tone', () => {
    for (const text of ['', '   \n  ', 'The film runs 110 minutes.']) {
      const estimate = estimateScore(text);
      expect(estimate.confidence).toBe(0);
      expect(estimate.evidence).toEqual([]);
      expect(estimate.score).toBe(calibrate(0));
    }
  });

  it('has low confidence for a one-line review', () => {
    const estimate = estimateScore('A great film with a superb cast.');
    expect(estimate.score).toBeGreaterThan(50);
    expect(estimate.confidence).toBeGreaterThan(0);
    expect(estimate.confidence).toBeLessThan(0.2);
    expect(estimate.evidence).toEqual(['A great film with a superb cast.']);
  });

  it('is more confident for long, consistent reviews than for short or mixed ones', () => {
    const praise = [
      'The film is a wonderful surprise.',
      'The cast is superb and the direction is confident.',
      'Every scene is beautiful and the score is lovely.',
      'It is funny, moving and smart.',
      'I loved it from start to finish.',
      'This is a brilliant piece of filmmaking.',
    ];
    const complaints = [
      'The script is a disappointment.',
      'The dialogue is awful and the pacing is dreadful.',
      'The ending is a terrible mess.',
    ];
    const consistent = estimateScore(praise.join(' '));
    const mixed = estimateScore([...praise.slice(0, 3), ...complaints].join(' '));
    const short = estimateScore(praise[0] ?? '');
    const long = estimateScore(seedFile('000'));
    expect(mixed.confidence).toBeLessThan(consistent.confidence);
    expect(short.confidence).toBeLessThan(consistent.confidence);
    expect(consistent.confidence).toBeLessThan(long.confidence);
    expect(long.confidence).toBeGreaterThan(0.7);
    expect(mixed.score).toBeLessThan(consistent.score);
  });

  it('ignores a promo sentence inside a paragraph', () => {
    const review = 'The film is dreadful. The acting is wooden and the plot is a mess.';
    const noisy =
      'The film is dreadful. Subscribe to our newsletter for more! The acting is wooden and the plot is a mess.';
    expect(estimateScore(noisy)).toEqual(estimateScore(review));
  });

  it('ignores promo lines and headings', () => {
    const review = 'The film is dreadful.\nThe acting is wooden and the plot is a mess.';
    const noisy = `The Good\n${review}\nStay connected with us for exclusive updates, only here on Film Blog!`;
    expect(estimateScore(noisy)).toEqual(estimateScore(review));
  });

  it('counts the closing verdict more than a middle aside', () => {
    const filler = Array.from({ length: 4 }, () => 'The hotel has a lobby and a lift.').join(' ');
    const closingPraise = estimateScore(`${filler} The film is awful. ${filler} The film is wonderful.`);
    const closingPan = estimateScore(`${filler} The film is wonderful. ${filler} The film is awful.`);
    expect(closingPraise.score).toBeGreaterThan(50);
    expect(closingPan.score).toBeLessThan(50);
  });

  it('counts plot sentences half', () => {
    const verdict = 'The film is wonderful.';
    const plot = 'Eve is devastated when her beloved mentor betrays her.';
    expect(estimateScore(`${verdict} ${plot}`).score).toBeGreaterThan(
      estimateScore(`${verdict} The film is devastated when the beloved mentor betrays it.`).score,
    );
  });

  it('gives as evidence the phrases that pulled the way the estimate went, strongest first', () => {
    const text =
      'The film is good. The cast is wonderful and superb. The score is lovely. The ending is awful.';
    const estimate = estimateScore(text);
    expect(estimate.score).toBeGreaterThan(50);
    expect(estimate.evidence).toEqual([
      'The cast is wonderful and superb.',
      'The score is lovely.',
      'The film is good.',
    ]);
    const pan = estimateScore('The film is dreadful. The cast is awful and dull. The ending is nice.');
    expect(pan.evidence).toEqual([
      'The cast is awful and dull.',
      'The film is dreadful.',
      'The ending is nice.',
    ]);
  });

  it('trims long evidence to 120 characters around the strongest words', () => {
    const notes = 'The production notes run on and list the locations, the dates and the crew members, ';
    const long = `${notes.repeat(2)}and the film itself is an absolute masterpiece of the form that will be studied for years.`;
    const [phrase] = estimateScore(long).evidence;
    expect(phrase?.length).toBeLessThanOrEqual(120);
    expect(phrase).toContain('masterpiece');
  });
});
