import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  type BylinesLexicon,
  bylinesLexiconSchema,
  type CreditsLexicon,
  creditsLexiconSchema,
  type FilmsLexicon,
  type FurnitureLexicon,
  filmsLexiconSchema,
  furnitureLexiconSchema,
  type NamesLexicon,
  namesLexiconSchema,
  type PlotLexicon,
  plotLexiconSchema,
  type SpoilerHints,
  spoilerHintsSchema,
  type ToneCalibration,
  toneCalibrationSchema,
  type VerdictLexicon,
  verdictLexiconSchema,
} from '../schemas/lexicon.ts';

/**
 * Reads one general word list from content/lexicon/ and validates it.
 * @param name the file's name without `.yaml`
 * @param schema the zod schema of that list
 * @returns the validated list; throws an Error naming the file and the failing field
 */
export function loadLexicon<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const file = `content/lexicon/${name}.yaml`;
  const result = schema.safeParse(parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')));
  if (!result.success)
    throw new Error(`${file}: does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** What page furniture looks like. */
export const FURNITURE: FurnitureLexicon = loadLexicon('furniture', furnitureLexiconSchema);
/** Credits-block labels and age certificates. */
export const CREDITS: CreditsLexicon = loadLexicon('credits', creditsLexiconSchema);
/** Byline labels, rating-label words and words that are no outlet. */
export const BYLINES: BylinesLexicon = loadLexicon('bylines', bylinesLexiconSchema);
/** How reviews refer to another film than the one reviewed. */
export const FILMS: FilmsLexicon = loadLexicon('films', filmsLexiconSchema);
/** The critic's words of praise and of fault. */
export const VERDICT: VerdictLexicon = loadLexicon('verdict', verdictLexiconSchema);
/** The tone calibration fitted on the dev split. */
export const TONE_CALIBRATION: ToneCalibration = loadLexicon('tone-calibration', toneCalibrationSchema);
/** How to tell plot summary from judgement. */
export const PLOT: PlotLexicon = loadLexicon('plot', plotLexiconSchema);
/** Words that point at the story's secrets. */
export const SPOILER_HINTS: SpoilerHints = loadLexicon('spoilers', spoilerHintsSchema);
/** How English tells a person's name from other words. */
export const NAMES: NamesLexicon = loadLexicon('names', namesLexiconSchema);
