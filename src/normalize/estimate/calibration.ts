import type { ToneCalibration } from '../../schemas/lexicon.ts';
import { TONE_CALIBRATION } from '../lexicon.ts';

/**
 * Maps a raw tone to a 0–100 score on the fitted logistic curve (monotone increasing).
 * @param tone the review's raw tone, −1 … 1
 * @param calibration the curve; the one fitted on the dev split by default
 */
export function calibrate(tone: number, calibration: ToneCalibration = TONE_CALIBRATION): number {
  return Math.round(100 / (1 + Math.exp(-(tone - calibration.center) / calibration.scale)));
}

function steps(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
}

/**
 * The least-squares logistic curve for (tone, score 0–100) pairs, to four decimals.
 * @param samples raw tones with the scores they should map to
 * @returns the curve's center and scale
 */
export function fitCalibration(samples: readonly { tone: number; score: number }[]): {
  center: number;
  scale: number;
} {
  const loss = (center: number, scale: number): number =>
    samples.reduce(
      (sum, { tone, score }) => sum + (100 / (1 + Math.exp(-(tone - center) / scale)) - score) ** 2,
      0,
    );
  let best = { center: 0, scale: 0.1, loss: Number.POSITIVE_INFINITY };
  const search = (centers: number[], scales: number[]): void => {
    for (const center of centers)
      for (const scale of scales) {
        const l = loss(center, scale);
        if (l < best.loss) best = { center, scale, loss: l };
      }
  };
  search(steps(-1, 1, 0.01), steps(0.02, 2, 0.01));
  const coarse = { ...best };
  search(
    steps(coarse.center - 0.01, coarse.center + 0.01, 0.0005),
    steps(Math.max(0.005, coarse.scale - 0.01), coarse.scale + 0.01, 0.0005),
  );
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { center: round(best.center), scale: round(best.scale) };
}
