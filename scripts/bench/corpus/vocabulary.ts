/**
 * The generator's word lists: the words its templates fill in (adjectives, nouns, title words,
 * outlet and critic name parts, actors from other films) and the fixed lines it plants (headings,
 * spoiler markers and notes, verdicts, distractors).
 */

/** Adjectives for a performance or a craft. */
export const ADJECTIVES = [
  'ferocious',
  'graceful',
  'steely',
  'haunted',
  'magnetic',
  'wry',
  'controlled',
  'volcanic',
  'understated',
  'commanding',
  'brittle',
  'fearless',
  'luminous',
  'weary',
  'playful',
  'icy',
  'tender',
  'relentless',
  'precise',
  'mournful',
];
/** Nouns for what a performance brings. */
export const NOUNS = [
  'conviction',
  'menace',
  'poise',
  'gravity',
  'warmth',
  'intensity',
  'restraint',
  'swagger',
  'melancholy',
  'wit',
  'fury',
  'focus',
  'charm',
  'stillness',
  'grit',
];
/** The noun of a headline's phrase ("A Savage Pirouette"). */
export const TITLE_WORDS = [
  'Pirouette',
  'Vendetta',
  'Requiem',
  'Encore',
  'Overture',
  'Reckoning',
  'Ballet',
  'Duet',
  'Curtain Call',
  'Grand Jeté',
  'Firestorm',
  'Debut',
  'Spotlight',
  'Arabesque',
  'Inheritance',
  'Initiation',
  'Masquerade',
  'Crossfire',
];
/** The adjective of a headline's phrase. */
export const TITLE_ADJECTIVES = [
  'Savage',
  'Graceful',
  'Bloody',
  'Brilliant',
  'Hollow',
  'Fiery',
  'Elegant',
  'Brutal',
  'Uneven',
  'Dazzling',
  'Familiar',
  'Deadly',
  'Fierce',
  'Frozen',
  'Restless',
];
/** The first word of an outlet's name. */
export const OUTLET_A = [
  'Midnight',
  'Silver',
  'Neon',
  'Second',
  'Velvet',
  'Paper',
  'Marquee',
  'Late',
  'Final',
  'Crimson',
  'Golden',
  'Back',
];
/** The second word of an outlet's name. */
export const OUTLET_B = [
  'Reel',
  'Screen',
  'Take',
  'Cut',
  'Frame',
  'Critic',
  'Projector',
  'Balcony',
  'Aisle',
  'Row',
];
/** A critic's first name. */
export const FIRST_NAMES = [
  'Maya',
  'Tomasz',
  'Priya',
  'Oren',
  'Harriet',
  'Kwame',
  'Lucía',
  'Dmitri',
  'Aoife',
  'Rafael',
  'Ingrid',
  'Jun',
  'Beatrix',
  'Malik',
  'Sunniva',
  'Teodor',
];
/** A critic's surname. */
export const SURNAMES = [
  'Lindqvist',
  'Okafor',
  'Varga',
  'Castellanos',
  'Whitcombe',
  'Nakashima',
  'Brennan',
  'Achterberg',
  'Moravec',
  'Delacroix',
  'Huttunen',
  'Sørensen',
  'Pemberton',
  'Adeyemi',
];
/** Actors not in the film, named for comparison: person-like names that must not become tags. */
export const OUTSIDERS = [
  ['Charlize Theron', 'Atomic Blonde'],
  ['Michelle Yeoh', 'Everything Everywhere All at Once'],
  ['Uma Thurman', 'Kill Bill'],
  ['Jennifer Garner', 'Peppermint'],
  ['Mary Elizabeth Winstead', 'Kate'],
] as const;
/** Section headings, beside the seeds' own. */
export const HEADINGS = [
  'Review',
  'The Verdict',
  'Verdict',
  'Performances',
  'The Action',
  'Cast & Character Breakdown',
  'Tone, Style & First Impressions',
  'Should You See It?',
  'Plot',
  'Conclusion',
  'Final Thoughts',
  'Direction and Craft',
];
/** The heading over a list of highlights. */
export const LIST_HEADINGS = ['The Good', 'What Works', 'Highlights'];
/** The heading over the closing verdict. */
export const CLOSING_HEADINGS = ['The Verdict', 'Conclusion', 'Final Thoughts'];
/** An author's spoiler markers. */
export const MARKERS = [
  'Spoilers below',
  'SPOILER ALERT',
  '⚠️ Spoilers Below: Full Breakdown & Big Reveals',
  'Spoiler warning: what follows discusses the ending.',
  'Warning: spoilers ahead!',
  '[Spoilers ahead]',
];
/** Notes that a review holds no spoilers. */
export const SPOILER_FREE = [
  'This review is spoiler-free.',
  'No spoilers here, promise.',
  '(Spoiler-free review.)',
  'Don’t worry: this review contains no spoilers.',
];
/** Age classifications and an empty rating label: lines that look like a rating and are not one. */
export const DISTRACTORS = [
  'Rated R for strong bloody violence throughout, and language.',
  'BBFC rating: 15',
  'Rating:',
  'Certificate: 15 (strong bloody violence)',
];
/** Closing verdicts by the review's mood. */
export const VERDICTS = {
  positive: [
    'A thrilling, stylish ride that earns its place in the franchise.',
    'It is a gorgeous, brutal and genuinely moving piece of action cinema.',
    'Easily one of the most exciting action films of the year, and a triumph for its lead.',
    'Inventive, confident and great fun from start to finish.',
  ],
  mixed: [
    'Fun in places, but uneven and thin where it counts.',
    'The action is strong; the story around it is forgettable.',
    'A decent spin-off that never quite finds its own voice.',
    'Good fights, a muddled plot, and a lead who deserves better material.',
  ],
  negative: [
    'A tiresome, hollow spin-off that squanders its star.',
    'Loud, empty and exhausting: a dull cash-grab dressed up as a ballet.',
    'The film is a boring, clumsy mess that wastes a great cast.',
    'Disappointing and lifeless, it is the weakest entry in the series.',
  ],
} as const;
/** A review's mood: which verdicts it closes with and where its score lies. */
export type Mood = keyof typeof VERDICTS;
