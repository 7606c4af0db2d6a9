/**
 * Minimal types for vader-sentiment 1.1.3 (a JavaScript port of VADER), which ships none.
 * Only the static steps of `SentimentIntensityAnalyzer` that src/normalize/estimate.ts calls.
 */
declare module 'vader-sentiment' {
  /** VADER's scores for one text: proportions of negative, neutral and positive tokens, and the compound in [-1, 1]. */
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }

  /** The token view VADER's per-token step reads (its internal `SentiText`). */
  export interface SentiTextView {
    words_and_emoticons: string[];
    /** Whether some, but not all, tokens are in ALL CAPS (caps then add emphasis). */
    is_cap_diff: boolean;
  }

  /** The analyzer class; every method is static. */
  export interface SentimentIntensityAnalyzerStatic {
    /** Tokenizes and scores a text in one call. */
    polarity_scores(text: string): PolarityScores;
    /** Appends the valence of token `index` (lexicon value, boosters, negation, idioms) to `sentiments`. */
    sentiment_valence(
      valence: number,
      sentiText: SentiTextView,
      item: string,
      index: number,
      sentiments: number[],
    ): number[];
    /** Halves valences before a "but" and multiplies those after it by 1.5. */
    but_check(words: string[], sentiments: number[]): number[];
    /** Sums the valences (plus ! and ? emphasis from `text`) into the final scores. */
    score_valence(sentiments: number[], text: string): PolarityScores;
  }

  const vader: { SentimentIntensityAnalyzer: SentimentIntensityAnalyzerStatic };
  export default vader;
}
