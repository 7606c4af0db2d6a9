import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type FitSample, fitTone, toneSample } from '../../src/eval/fit.ts';
import type { Block } from '../../src/normalize/blocks.ts';
import {
  calibrate,
  estimateScore,
  filmTalkNames,
  fitCalibration,
  isPlotSentence,
  verdictTone,
  weightedSentences,
} from '../../src/normalize/estimate/index.ts';
import { TONE_CALIBRATION, VERDICT } from '../../src/normalize/lexicon.ts';
import { normalizeReview } from '../../src/normalize/review.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';
import { corpusLabelSchema } from '../../src/schemas/label.ts';
import { estimatedRatingSchema } from '../../src/schemas/review.ts';

const root = new URL('../../', import.meta.url);
const film = parseFilmRegistry(
  readFileSync(new URL('content/films/ballerina-2025/film.yaml', root), 'utf8'),
  'content/films/ballerina-2025/film.yaml',
);
const names = filmTalkNames(film);
const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));

describe('verdictTone: the critic verdict vocabulary (content/lexicon/verdict.yaml)', () => {
  it('reads praise as positive and fault as negative', () => {
    expect(verdictTone('A terrific, inventive piece of action filmmaking.')).toBeGreaterThan(0);
    expect(verdictTone('It is bloated, tedious and oddly hollow.')).toBeLessThan(0);
    expect(verdictTone('The film is a bore.')).toBeLessThan(0);
  });

  it('turns a word around after a negator', () => {
    expect(verdictTone('It is never dull.')).toBeGreaterThan(0);
    expect(verdictTone('This is not a great film.')).toBeLessThan(0);
    expect(verdictTone('None of it is memorable.')).toBeLessThan(0);
  });

  it('lets a second negator turn a negated word back', () => {
    expect(verdictTone('None of that stopped me grinning.')).toBeGreaterThan(0);
    expect(verdictTone('It never stopped me grinning.')).toBeGreaterThan(0);
  });

  it('reads "not bad" as fainter praise than "not great" is fault', () => {
    expect(verdictTone('It is not bad.')).toBeGreaterThan(0);
    expect(verdictTone('It is not bad.')).toBeLessThan(-verdictTone('It is not great.'));
  });

  it('lists every word once, in one grade only, so no word is both praise and fault', () => {
    const lists = ['strongPraise', 'praise', 'faintPraise', 'faintFault', 'fault', 'strongFault'] as const;
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const list of lists)
      for (const word of VERDICT[list]) {
        const other = seen.get(word);
        if (other) twice.push(`${word} (${other}, ${list})`);
        seen.set(word, list);
      }
    expect(twice).toEqual([]);
  });

  it('weighs a rave word above plain praise, and plain praise above faint praise', () => {
    expect(verdictTone('It is a masterpiece.')).toBeGreaterThan(verdictTone('It is entertaining.'));
    expect(verdictTone('It is entertaining.')).toBeGreaterThan(verdictTone('It is decent.'));
    expect(verdictTone('It is decent.')).toBeGreaterThan(0);
    expect(verdictTone('It is a disaster.')).toBeLessThan(verdictTone('It is tedious.'));
    expect(verdictTone('There are a few wobbles.')).toBeGreaterThan(verdictTone('It is tedious.'));
  });

  it('weighs what follows "but" more than what comes before it', () => {
    expect(verdictTone('The fights are inventive, but the script is hollow and tedious.')).toBeLessThan(0);
    expect(verdictTone('The script is thin, but the fights are terrific and thrilling.')).toBeGreaterThan(0);
  });

  it('gives violence and plot words no tone: they describe the story, not the film', () => {
    expect(verdictTone('She kills the men who murdered her father in a bloody fight.')).toBe(0);
  });
});

describe('isPlotSentence', () => {
  it('flags a sentence that retells the story through its characters', () => {
    expect(isPlotSentence('Eve tracks the killers to a village in the Alps.', names)).toBe(true);
  });

  it('does not flag a sentence about the film, its actors or its crew', () => {
    expect(isPlotSentence('Ana de Armas is wonderful.', names)).toBe(false);
    expect(isPlotSentence('Len Wiseman keeps every fight legible.', names)).toBe(false);
    expect(isPlotSentence('The script never finds a reason for any of it.', names)).toBe(false);
  });
});

describe('estimateScore', () => {
  it('gives no estimate when the text carries no opinion', () => {
    const blocks = paragraphs(
      'The film runs 125 minutes and opens in cinemas on Friday.',
      'It was shot in Prague and Budapest over the winter of 2022.',
    );
    expect(estimateScore(null, blocks, { names })).toBeNull();
  });

  it('scores a rave above a pan', () => {
    const rave = estimateScore(
      'A thrilling, gorgeous triumph',
      paragraphs(
        'Ana de Armas is terrific.',
        'Every fight is inventive and exhilarating.',
        'Overall, a joy.',
      ),
      { names },
    );
    const pan = estimateScore(
      'A hollow, tedious slog',
      paragraphs(
        'The script is thin.',
        'The fights are repetitive and numbing.',
        'Overall, a disappointment.',
      ),
      { names },
    );
    expect(rave?.score).toBeGreaterThan(60);
    expect(pan?.score).toBeLessThan(40);
  });

  it('lets the closing verdict outweigh an aside in the middle', () => {
    const blocks = paragraphs(
      'I went in with an open mind.',
      'One chase is clumsy and the middle act sags.',
      'The dialogue scenes are fine.',
      'Overall, it is a terrific, thrilling ride and one of the best of the year.',
    );
    expect(estimateScore(null, blocks, { names })?.score).toBeGreaterThan(50);
  });

  it('reads a question by its answer: a question alone asserts nothing', () => {
    const asked = estimateScore(null, paragraphs('It is handsome and long.', 'Is it thrilling? Not quite.'), {
      names,
    });
    const answered = estimateScore(
      null,
      paragraphs('It is handsome and long.', 'Is it thrilling? Absolutely.'),
      { names },
    );
    // A "no" reads worse than a text that judges nothing (raw tone 0), a yes better.
    expect(asked?.score).toBeLessThan(calibrate(0));
    expect(answered?.score).toBeGreaterThan(calibrate(0));
    expect(
      estimateScore('Is this the best film of the year?', paragraphs('It opens on Friday.'), { names }),
    ).toBeNull();
  });

  it('reads "No" to a question of fault as faint praise, as "not a bad film" is', () => {
    const answer = weightedSentences(null, paragraphs('Is it a bad film? Not really.'))[1];
    expect(answer?.tone).toBeCloseTo(verdictTone('It is not a bad film.'));
    expect(answer?.tone).toBeLessThan(verdictTone('It is a great film.'));
  });

  it('leans a list its heading’s way: "what it gets right" up, "what it gets wrong" down', () => {
    const list = (label: string): Block[] => [
      { type: 'paragraph', text: 'The film runs two hours, and the action is inventive.' },
      { type: 'paragraph', text: label },
      { type: 'list', items: ['the kitchen fight', 'the grenade scene', 'the ending in the snow'] },
    ];
    const right = estimateScore(null, list('what it gets right:'), { names })?.score ?? 0;
    const wrong = estimateScore(null, list('what it gets wrong:'), { names })?.score ?? 100;
    expect(right).toBeGreaterThan(wrong);
  });

  it('weighs the sentences around the critic’s rating as the verdict', () => {
    const blocks = paragraphs(
      'The action is dazzling and the fights are inventive.',
      'My score: 2/5. It is tedious, hollow and far too long.',
    );
    const plain = estimateScore(null, blocks, { names });
    const rated = estimateScore(null, blocks, { names, rating: '2/5' });
    expect(rated?.score).toBeLessThan(plain?.score ?? 0);
  });

  it('reads a paragraph that turns to other films, and what follows it, as judging those', () => {
    const praise = 'Ana de Armas is terrific and the action is thrilling.';
    const pan = 'It is tedious, hollow and lifeless; skip it.';
    const elsewhere = paragraphs(praise, 'Also watched this week: a heist picture on streaming.', pan);
    const same = paragraphs(praise, 'And a word on the rest of it.', pan);
    expect(estimateScore(null, elsewhere, { names })?.score).toBeGreaterThan(
      estimateScore(null, same, { names })?.score ?? 100,
    );
  });

  it('gives a valid estimate whose evidence comes from the text', () => {
    const blocks = paragraphs(
      'The action is dazzling.',
      'The plotting is lazy and generic.',
      'It is worth seeing.',
    );
    const estimate = estimateScore(null, blocks, { names });
    expect(estimatedRatingSchema.parse(estimate)).toEqual(estimate);
    const text = blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' ');
    for (const phrase of estimate?.evidence ?? []) expect(text).toContain(phrase.replace(/…$/u, ''));
  });
});

describe('calibrate and fitCalibration', () => {
  it('maps tone to 0–100 monotonically', () => {
    let last = -1;
    for (let tone = -1; tone <= 1; tone += 0.05) {
      const score = calibrate(tone);
      expect(score).toBeGreaterThanOrEqual(last);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      last = score;
    }
  });

  it('recovers the constants of data drawn from a logistic curve', () => {
    const samples = Array.from({ length: 41 }, (_, i) => {
      const tone = -1 + i * 0.05;
      return { tone, score: 100 / (1 + Math.exp(-(tone - 0.1) / 0.3)) };
    });
    const fit = fitCalibration(samples);
    expect(fit.center).toBeCloseTo(0.1, 2);
    expect(fit.scale).toBeCloseTo(0.3, 2);
  });
});

describe('the committed calibration (content/lexicon/tone-calibration.yaml)', () => {
  it('is what a fit on the dev split alone gives', () => {
    const dir = new URL('tests/fixtures/corpus/dev/', root);
    const films = new Map<string, typeof film>([['ballerina', film]]);
    const samples: FitSample[] = readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((name) => {
        const label = corpusLabelSchema.parse(
          parse(readFileSync(new URL(name.replace(/\.txt$/, '.yaml'), dir), 'utf8')),
        );
        if (!films.has(label.film)) {
          const rel = `tests/fixtures/films/${label.film}/film.yaml`;
          films.set(label.film, parseFilmRegistry(readFileSync(new URL(rel, root), 'utf8'), rel));
        }
        const f = films.get(label.film) as typeof film;
        const result = normalizeReview({ file: name, text: readFileSync(new URL(name, dir), 'utf8') }, f);
        if (!result.ok) throw new Error(result.error);
        return toneSample(result.value, label, f, name);
      });
    const fitted = fitTone(samples, TONE_CALIBRATION.weights);
    expect(fitted.weights).toEqual(TONE_CALIBRATION.weights);
    expect(fitted.lexicon).toBe(TONE_CALIBRATION.lexicon);
    expect(fitted.words).toEqual(TONE_CALIBRATION.words);
    expect(fitted.center).toBeCloseTo(TONE_CALIBRATION.center, 3);
    expect(fitted.scale).toBeCloseTo(TONE_CALIBRATION.scale, 3);
    // It normalizes the whole dev split (362 reviews) and refits, with ten-fold cross-validation:
    // about a minute alone, longer beside the other test files.
  }, 300_000);
});
