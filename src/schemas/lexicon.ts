import { z } from 'astro/zod';

const phrase = z.string().min(1);

/** What page furniture looks like (content/lexicon/furniture.yaml): general words, never one site's. */
export const furnitureLexiconSchema = z.strictObject({
  /** Lines that are furniture when they are exactly one of these. */
  exact: z.array(phrase),
  /** Lines that begin with one of these are furniture. */
  starts: z.array(phrase),
  /** Phrases that make a short line furniture wherever they stand. */
  contains: z.array(phrase),
  /** Headers of a list of links ("Related", "More from …"): the title-like lines under them are furniture. */
  linkLists: z.array(phrase),
  /** Headers of the readers' comments ("Comments", "Leave a reply"): below one, after the review, nothing is the critic's. */
  commentHeaders: z.array(phrase),
  /** A line made only of these words is a share bar. */
  shareTargets: z.array(phrase),
  /** Words a site's tagline describes the site with ("since", "weekly", "edition"): under the masthead it is furniture. */
  taglineWords: z.array(phrase),
  /** Labels of an ad on a line of their own ("Sponsored"): the ad's copy may follow. */
  adLabels: z.array(phrase),
  /** Imperatives an ad's copy opens with ("Stream", "Try"), as a headline does not. */
  adCopyOpeners: z.array(phrase),
  /** A line of three or more of these is a menu. */
  navigation: z.array(phrase),
  /**
   * What a site calls itself in its strapline ("newspaper", "news leader", "podcast"): a short line
   * that says "<kind> of/for/since …" or ends in the kind describes the site, not the review.
   */
  siteKinds: z.array(phrase),
  /** Studios and agencies a photo caption credits in brackets at its end ("… (Lionsgate via AP)"). */
  photoSources: z.array(phrase),
  /** A cookie or consent banner's phrases: a line holding one is furniture, however long. */
  consent: z.array(phrase),
  /** Longest line, in words, that a `contains` phrase makes furniture. */
  maxWords: z.number().int().positive(),
});

export type FurnitureLexicon = z.infer<typeof furnitureLexiconSchema>;

/** What a credits block's labels credit (content/lexicon/credits.yaml). */
export const creditsLexiconSchema = z.strictObject({
  /** A line label, lower case, and the role it credits; `facts` for certificates, runtimes and the like. */
  labels: z.record(phrase, phrase),
  /** Age certificates ("R", "15", "PG-13"), lower case. */
  certificates: z.array(phrase),
});

export type CreditsLexicon = z.infer<typeof creditsLexiconSchema>;

/** How pages name their critic and themselves (content/lexicon/bylines.yaml). */
export const bylinesLexiconSchema = z.strictObject({
  /** Labels before a critic's name ("review by", "critic"). */
  labels: z.array(phrase),
  /** Words that label a rating or verdict ("score", "verdict"). */
  ratingWords: z.array(phrase),
  /** Words that, opening a "<X> score:" label, show X is no outlet ("our", "imdb"). */
  notOutlets: z.array(phrase),
  /** What a forum prints under a poster's name ("senior member", "joined"): the name above is the author. */
  forumRanks: z.array(phrase),
  /** Words that end a forum's name in its breadcrumb ("forums", "boards"): "Gunmetal Forums › Film". */
  forumWords: z.array(phrase),
  /** News agencies ("associated press", "reuters"): a review the page credits to one is the agency's. */
  wires: z.array(phrase),
});

export type BylinesLexicon = z.infer<typeof bylinesLexiconSchema>;

/** How reviews refer to another film than the one reviewed (content/lexicon/films.yaml). */
export const filmsLexiconSchema = z.strictObject({
  /** Phrases that name another film in any franchise ("the first one", "its predecessor"). */
  otherFilm: z.array(phrase),
  /** Openings of a paragraph that turns to other films ("Also watched this week:"): it and what follows judge those. */
  otherFilmSections: z.array(phrase),
});

export type FilmsLexicon = z.infer<typeof filmsLexiconSchema>;

/** The critic's verdict vocabulary (content/lexicon/verdict.yaml): words of praise and of fault. */
export const verdictLexiconSchema = z.strictObject({
  /** Words and phrases of praise; a trailing * matches any ending. */
  praise: z.array(phrase),
  /** Words and phrases of fault. */
  fault: z.array(phrase),
  /** Praise that weighs double ("masterpiece", "best of the year"). */
  strongPraise: z.array(phrase),
  /** Fault that weighs double ("disaster", "unwatchable"). */
  strongFault: z.array(phrase),
  /** Praise that weighs half: lukewarm approval ("decent", "serviceable"). */
  faintPraise: z.array(phrase),
  /** Fault that weighs half: a small complaint ("wobbles", "a little long"). */
  faintFault: z.array(phrase),
  /** Words that turn the next three words around ("not great"). */
  negators: z.array(phrase),
  /** Words after which the rest of a sentence weighs more ("but", "yet"). */
  contrasts: z.array(phrase),
  /** Words that open a concession, whose clause weighs less ("while", "though"). */
  concessions: z.array(phrase),
  /** Words that announce the verdict ("overall", "in the end"). */
  verdictCues: z.array(phrase),
  /** Headings of pros lists and of cons lists. */
  prosHeadings: z.array(phrase),
  consHeadings: z.array(phrase),
  /** Words that show a sentence reports what others think ("fans", "the audience"). */
  others: z.array(phrase),
  /** Short answers to the critic's own question ("Is it good? Not quite."): yes keeps its tone, no turns it. */
  answers: z.strictObject({ yes: z.array(phrase), no: z.array(phrase) }),
  /** Words that judge nothing on their own (function words): the fitted word weights leave them out. */
  neutral: z.array(phrase),
  /** Phrases whose words judge nothing ("minor spoiler", "minor character"): no word inside one is praise or fault. */
  shadows: z.array(phrase),
});

export type VerdictLexicon = z.infer<typeof verdictLexiconSchema>;

/** How much each kind of sentence counts in the tone estimate; fitted with the calibration. */
export const toneWeightsSchema = z.strictObject({
  /** The headline. */
  headline: z.number().min(0),
  /** The opening paragraph (dek or lede). */
  opening: z.number().min(0),
  /** The last two paragraphs. */
  closing: z.number().min(0),
  /** A sentence that announces the verdict ("Overall, …"). */
  verdictCue: z.number().min(0),
  /** A sentence that retells the plot. */
  plot: z.number().min(0),
  /** A sentence that reports what others think. */
  others: z.number().min(0),
  /** A sentence that names another film: it judges that film. */
  otherFilm: z.number().min(0),
  /** The sentence holding the critic's rating and its neighbours: the verdict. */
  nearRating: z.number().min(0),
  /** How far a pros or cons item leans its way, whatever its words. */
  listLean: z.number().min(0),
  /** Smoothing of tone = Σ w·t / (Σ w·|t| + smoothing): a review with little to go on stays near 0. */
  smoothing: z.number().min(0),
});

export type ToneWeights = z.infer<typeof toneWeightsSchema>;

/** One line of the fitted word weights: "epic 0.3512", "not:dull 0.12". */
const WORD_WEIGHT = /^(\S+) (-?\d+(?:\.\d+)?(?:e-?\d+)?)$/u;

/** The tone calibration fitted on the corpus's dev split (content/lexicon/tone-calibration.yaml). */
export const toneCalibrationSchema = z.strictObject({
  weights: toneWeightsSchema,
  /**
   * How much the verdict lexicon's tone counts beside the fitted word weights: the raw tone is
   * word tone + lexicon × lexicon tone.
   */
  lexicon: z.number().min(0),
  /** Logistic curve score = 100 / (1 + e^(−(tone − center) / scale)). */
  center: z.number(),
  scale: z.number().positive(),
  /** Fewer toned sentences than this is too little to go on: no estimate. */
  minEvidence: z.number().int().min(1),
  /** What it was fitted on, for the record. */
  fittedOn: z.string().min(1),
  /**
   * Word weights fitted on the dev split (see wordProfile), a judging word's pull on the tone:
   * "word weight" lines in one block, which loads a hundred times faster than a YAML mapping.
   */
  words: z.string().transform((block, ctx) => {
    const entries: [string, number][] = [];
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      const m = WORD_WEIGHT.exec(line.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `not a "word weight" line: ${line}` });
        return z.NEVER;
      }
      entries.push([m[1] ?? '', Number(m[2])]);
    }
    return Object.fromEntries(entries);
  }),
});

export type ToneCalibration = z.infer<typeof toneCalibrationSchema>;

/** How to tell plot summary from judgement (content/lexicon/plot.yaml). */
export const plotLexiconSchema = z.strictObject({
  /** Words of talk about the film as a film ("script", "pacing", "I"). */
  filmTalk: z.array(phrase),
  /** Third-person pronouns. */
  narrative: z.array(phrase),
});

export type PlotLexicon = z.infer<typeof plotLexiconSchema>;

/** Words that point at the story's secrets (content/lexicon/spoilers.yaml). */
export const spoilerHintsSchema = z.strictObject({
  hints: z.array(phrase),
});

export type SpoilerHints = z.infer<typeof spoilerHintsSchema>;

/** How English tells a person's name from other words (content/lexicon/names.yaml). */
export const namesLexiconSchema = z.strictObject({
  /** Words after a franchise name that make it the series ("universe", "movie"). */
  franchiseNouns: z.array(phrase),
  /** Words between an article and a franchise name that make it a film ("first", "latest"). */
  franchiseOrdinals: z.array(phrase),
  /** Titles before a surname ("mr", "dame"). */
  honorifics: z.array(phrase),
  /** Lower-case particles inside names ("de", "van"). */
  particles: z.array(phrase),
  /** Capitalised words never part of a person's name. */
  notNameWords: z.array(phrase),
  /** Words after which a capitalised pair is a place or title. */
  notPersonBefore: z.array(phrase),
});

export type NamesLexicon = z.infer<typeof namesLexiconSchema>;
