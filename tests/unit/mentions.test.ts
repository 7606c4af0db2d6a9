import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deletions, editDistance, typoBudget } from '../../src/normalize/fuzzy.ts';
import {
  createMentionMatcher,
  findMentions,
  type MentionBlock,
  type MentionResult,
} from '../../src/normalize/mentions/index.ts';
import { type Film, filmSchema } from '../../src/schemas/film.ts';
import { castMentionSchema, crewMentionSchema } from '../../src/schemas/review.ts';

const film: Film = filmSchema.parse(
  parse(readFileSync(new URL('../../content/films/ballerina-2025/film.yaml', import.meta.url), 'utf8')),
);
const rawDir = new URL('../../content/films/ballerina-2025/raw/', import.meta.url);
const seedFile = (prefix: string) => {
  const name = readdirSync(rawDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, rawDir), 'utf8');
};
/** Each non-empty line is a block outside any spoiler. */
const lines = (text: string): MentionBlock[] =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ text: l, spoiler: false, region: null }));
const find = (text: string, f: Film = film) => findMentions(lines(text), f);
const seed = (prefix: string) => findMentions(lines(seedFile(prefix)), film);
/** Cast as name → mention count. */
const cast = (r: MentionResult) => Object.fromEntries(r.cast.map((c) => [c.name, c.mentions]));
/** Crew as name → [role, mention count]. */
const crew = (r: MentionResult) => Object.fromEntries(r.crew.map((c) => [c.name, [c.role, c.mentions]]));
const forms = (r: MentionResult, name: string) => r.cast.find((c) => c.name === name)?.forms;
const summary = (r: MentionResult) =>
  r.cast.map((c) => ({ name: c.name, mentions: c.mentions, forms: c.forms }));

describe('fuzzy helpers', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions as one edit each', () => {
    expect(editDistance('reeves', 'reeves', 2)).toBe(0);
    expect(editDistance('reevs', 'reeves', 2)).toBe(1);
    expect(editDistance('macaro', 'macarro', 2)).toBe(1);
    expect(editDistance('okonkow', 'okonkwo', 2)).toBe(1);
    expect(editDistance('chancelier', 'chancellor', 2)).toBe(2);
  });

  it('stops at the budget', () => {
    expect(editDistance('wiseman', 'stahelski', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows no typo under five letters, one up to seven, two from eight', () => {
    expect([4, 5, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
  });

  it('lists deletion variants up to the depth', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect(deletions('abcd', 2).has('ad')).toBe(true);
    expect(deletions('abcd', 1).has('ad')).toBe(false);
  });
});

describe('seeds (content/films/ballerina-2025/raw + content/films/ballerina-2025/film.yaml, one block per non-empty line)', () => {
  it('000: the whole cast but Catalina Sandino Moreno and Ava McCarthy, directed by Len Wiseman', () => {
    const r = seed('000');
    expect(summary(r)).toEqual([
      { name: 'Ana de Armas', mentions: 7, forms: ['Ana de Armas', 'Eve', 'de Armas'] },
      { name: 'Ian McShane', mentions: 2, forms: ['Ian McShane', 'Winston', 'McShane'] },
      { name: 'Keanu Reeves', mentions: 2, forms: ['John Wick', 'Keanu Reeves', 'Reeves'] },
      { name: 'Anjelica Huston', mentions: 1, forms: ['Director', 'Anjelica Huston'] },
      { name: 'Gabriel Byrne', mentions: 1, forms: ['Gabriel Byrne', 'The Chancellor'] },
      { name: 'Lance Reddick', mentions: 1, forms: ['Lance Reddick'] },
      { name: 'Norman Reedus', mentions: 1, forms: ['Norman Reedus', 'Daniel Pine'] },
    ]);
    expect(crew(r)).toEqual({ 'Len Wiseman': ['director', 1] });
    expect(r.warnings).toEqual([]);
  });

  it('000: Eve is named in seven sentences, the last a quotation', () => {
    const ana = seed('000').cast.find((c) => c.name === 'Ana de Armas');
    expect(ana?.sentences).toHaveLength(7);
    expect(ana?.sentences.at(-1)).toEqual({
      text: 'Are you prepared to be cast out again… Eve?”',
      spoiler: false,
      region: null,
    });
  });

  it('001: the same cast plus producers Basil Iwanyk and Erica Lee', () => {
    const r = seed('001');
    expect(summary(r)).toEqual([
      { name: 'Ana de Armas', mentions: 8, forms: ['Ana de Armas', 'Eve'] },
      { name: 'Keanu Reeves', mentions: 3, forms: ['John Wick', 'Keanu Reeves'] },
      { name: 'Anjelica Huston', mentions: 2, forms: ['the Director', 'Anjelica Huston', 'Huston'] },
      { name: 'Gabriel Byrne', mentions: 2, forms: ['the Chancellor', 'Gabriel Byrne', 'Chancellor'] },
      { name: 'Lance Reddick', mentions: 2, forms: ['Lance Reddick', 'Charon'] },
      { name: 'Norman Reedus', mentions: 2, forms: ['Norman Reedus', 'Daniel Pine'] },
      { name: 'Ian McShane', mentions: 1, forms: ['Winston', 'Ian McShane'] },
    ]);
    expect(crew(r)).toEqual({
      'Len Wiseman': ['director', 2],
      'Basil Iwanyk': ['producer', 1],
      'Erica Lee': ['producer', 1],
    });
    expect(r.crew.map((c) => c.name)).toEqual(['Len Wiseman', 'Basil Iwanyk', 'Erica Lee']);
    expect(r.warnings).toEqual([]);
  });

  it('001: the "Director" of a heading listing roles is nobody', () => {
    const huston = seed('001').cast.find((c) => c.name === 'Anjelica Huston');
    expect(huston?.sentences.map((s) => s.text)).toEqual([
      'Trained under the watchful eye of the Director (Anjelica Huston), Eve becomes a Kikimora—an elite assassin and spiritual protector.',
      'Huston brings back the icy discipline of the Ruska Roma, grounding the film in the Wick universe’s familiar mythos.',
    ]);
  });

  it('002: first names, the cameo heading and a comparison actor', () => {
    const r = seed('002');
    expect(summary(r)).toEqual([
      { name: 'Ana de Armas', mentions: 12, forms: ['Eve', 'Ana de Armas', 'Ana'] },
      { name: 'Keanu Reeves', mentions: 7, forms: ['Keanu Reeves', 'John Wick', 'Keanu', 'John', 'Wick'] },
      { name: 'Ian McShane', mentions: 1, forms: ['Winston', 'Ian McShane'] },
      { name: 'Norman Reedus', mentions: 1, forms: ['Norman Reedus'] },
    ]);
    expect(crew(r)).toEqual({ 'Chad Stahelski': ['producer', 1] });
    expect(r.warnings).toEqual(['Donnie Yen']);
  });

  it('003: misspellings (Eve Macaro, Daniel Fine, Luska Rome) and Ella', () => {
    const r = seed('003');
    expect(summary(r)).toEqual([
      { name: 'Ana de Armas', mentions: 15, forms: ['Eve Macaro', 'Ana de Armas', 'Eve'] },
      { name: 'Keanu Reeves', mentions: 8, forms: ['John Wick', 'Keanu Reeves', 'Wick'] },
      { name: 'Ava McCarthy', mentions: 2, forms: ['Ella'] },
      { name: 'Anjelica Huston', mentions: 1, forms: ['Luska Rome’s director'] },
      { name: 'Norman Reedus', mentions: 1, forms: ['Daniel Fine'] },
    ]);
    expect(crew(r)).toEqual({ 'Len Wiseman': ['director', 2] });
    expect(r.warnings).toEqual([]);
    expect(r.cast.find((c) => c.name === 'Norman Reedus')?.sentences).toEqual([
      {
        text: 'While hunting the cult, Eve encounters Daniel Fine, a man who escaped the group in hopes of giving his daughter, Ella, a normal life.',
        spoiler: false,
        region: null,
      },
    ]);
  });

  it('004: Chancelier, possessive pairs, two crew and a cinematographer nobody registered', () => {
    const r = seed('004');
    expect(summary(r)).toEqual([
      { name: 'Ana de Armas', mentions: 12, forms: ['Ana de Armas', 'Eve Macarro', 'de Armas', 'Eve'] },
      { name: 'Keanu Reeves', mentions: 2, forms: ['Wick', 'Keanu Reeves'] },
      { name: 'Gabriel Byrne', mentions: 1, forms: ['Gabriel Byrne', 'Chancelier'] },
      { name: 'Ian McShane', mentions: 1, forms: ['Ian McShane', 'Winston'] },
      { name: 'Lance Reddick', mentions: 1, forms: ['Lance Reddick', 'Charon'] },
    ]);
    expect(r.crew.map((c) => [c.name, c.role, c.mentions, c.sentences.length])).toEqual([
      ['Chad Stahelski', 'producer', 4, 3],
      ['Len Wiseman', 'director', 3, 3],
    ]);
    expect(r.warnings).toEqual(['Ross Dowd']);
    // "As Eve Macarro, …, de Armas balances …" names her twice in one sentence: two mentions, one sentence.
    expect(r.cast[0].sentences).toHaveLength(11);
  });

  it('no seed mentions Catalina Sandino Moreno, and every output fits the review schema', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const r = seed(prefix);
      expect(r.cast.map((c) => c.name)).not.toContain('Catalina Sandino Moreno');
      expect(z.array(castMentionSchema).parse(r.cast)).toEqual(r.cast);
      expect(z.array(crewMentionSchema).parse(r.crew)).toEqual(r.crew);
      for (const c of r.cast) {
        for (const s of c.sentences) {
          expect(
            c.forms.some((f) => s.text.toLowerCase().includes(f.toLowerCase())),
            `${c.name}: ${s.text}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('names from the registry', () => {
  it('matches full names, surnames, unambiguous first names and characters', () => {
    expect(
      cast(find('Then Keanu Reeves arrives. We watch Reeves. Later Keanu waves. But Wick waits.')),
    ).toEqual({
      'Keanu Reeves': 4,
    });
    expect(cast(find('We meet Ava McCarthy, then McCarthy again, then Ella.'))).toEqual({
      'Ava McCarthy': 3,
    });
    expect(cast(find('It stars Catalina Sandino Moreno; later Sandino Moreno returns as Lena.'))).toEqual({
      'Catalina Sandino Moreno': 2,
    });
  });

  it('matches titles from the registry with "the", even with a few adjectives between', () => {
    expect(forms(find('She obeys the Director.'), 'Anjelica Huston')).toEqual(['the Director']);
    expect(forms(find('She obeys the stern and enigmatic Director.'), 'Anjelica Huston')).toEqual([
      'Director',
    ]);
    expect(cast(find('She obeys the Chancellor, and The Chancellor smiles.'))).toEqual({
      'Gabriel Byrne': 2,
    });
  });

  it('reads a title’s full stop inside a name ("Mr. Nobody"), as an initial’s', () => {
    const jw4: Film = filmSchema.parse(
      parse(
        readFileSync(new URL('../fixtures/films/john-wick-chapter-4/film.yaml', import.meta.url), 'utf8'),
      ),
    );
    expect(cast(find('A bounty hunter known as Mr. Nobody follows along with his dog.', jw4))).toEqual({
      'Shamier Anderson': 1,
    });
  });

  it('needs capitals on a single-word alias', () => {
    expect(find('It happens on the eve of battle.').cast).toEqual([]);
    expect(find('You must lance the boil.').cast).toEqual([]);
    expect(find('Fans pine for more and a wick burns.').cast).toEqual([]);
    expect(find('It walks a fine line with a norman arch.').cast).toEqual([]);
    expect(cast(find('Then Eve fights and Pine watches.'))).toEqual({
      'Ana de Armas': 1,
      'Norman Reedus': 1,
    });
  });

  it('does not take a word inside a hyphenated compound', () => {
    expect(find('Shot in winston-salem and Winston-Salem.').cast).toEqual([]);
    expect(find('It is Reeves-style action.').cast).toEqual([]);
  });

  it('counts possessives, straight or curly', () => {
    expect(cast(find("It fills Reeves’s shoes, Reeves's boots and Reeves’ hat."))).toEqual({
      'Keanu Reeves': 3,
    });
    expect(forms(find('And Byrne’s menace lingers.'), 'Gabriel Byrne')).toEqual(['Byrne']);
    expect(forms(find('Note Ana de Armas’ physicality.'), 'Ana de Armas')).toEqual(['Ana de Armas']);
  });
});

describe('misspellings', () => {
  it.each([
    ['We saw Keanu Reevs again.', 'Keanu Reeves', 'Keanu Reevs'],
    ['Critics love Ana De Armas here.', 'Ana de Armas', 'Ana De Armas'],
    ['IN SHORT, ANA DE ARMAS IS GREAT.', 'Ana de Armas', 'ANA DE ARMAS'],
    ['Then Ian Mcshane smirks.', 'Ian McShane', 'Ian Mcshane'],
    ['The great Angelica Huston glowers.', 'Anjelica Huston', 'Angelica Huston'],
    ['The great Angelica Houston glowers.', 'Anjelica Huston', 'Angelica Houston'],
    ['We follow Eve Macaro closely.', 'Ana de Armas', 'Eve Macaro'],
    ['We follow Macaro closely.', 'Ana de Armas', 'Macaro'],
    ['Then Daniel Fine escapes.', 'Norman Reedus', 'Daniel Fine'],
    ['The “Chancelier” schemes.', 'Gabriel Byrne', 'Chancelier'],
    ['And the late Lance Redick shines.', 'Lance Reddick', 'Lance Redick'],
    ['We love Reddik here.', 'Lance Reddick', 'Reddik'],
  ])('%s → %s', (text, name, form) => {
    const r = find(text);
    expect(cast(r)).toEqual({ [name]: 1 });
    expect(forms(r, name)).toEqual([form]);
  });

  it('never fuzzes short or lower-case words', () => {
    expect(find('That is Fine by me.').cast).toEqual([]);
    expect(find('A fine pine and a wine line.').cast).toEqual([]);
    expect(find('The Rick and Lana show.').cast).toEqual([]);
    expect(find('They were leaving, then reddick and macaro.').cast).toEqual([]);
  });

  it('keeps the first letter of a lone fuzzy word', () => {
    expect(find('We saw Sharon there.').cast).toEqual([]);
    expect(find('We saw Dinston there.').cast).toEqual([]);
    expect(cast(find('We saw Winstan there.'))).toEqual({ 'Ian McShane': 1 });
  });

  it('ignores a fuzzy lone word at a sentence start', () => {
    expect(cast(find('Normal service resumes. Norman Reedus is wasted.'))).toEqual({ 'Norman Reedus': 1 });
  });
});

describe('franchise or character', () => {
  it.each([
    'Unlike the John Wick films, it drags.',
    'It follows John Wick: Chapter 4 closely.',
    'With John Wick 5 coming, fans wait.',
    'It is “John Wick 3.5 in pointe shoes.”',
    'The Wickverse grows.',
    'It sits in the Wick universe.',
    'This is Wick-lite.',
    'The Wick aesthetic stuns.',
    'Like the mainline Wick entries, it is lean.',
    'No John Wick film is complete without it.',
    'It honours the John Wick style and John Wick’s world.',
    'It is a John Wick spin-off.',
    'It feels like the John Wick cinematic universe.',
    'It is a Wick movie for Wick fans.',
    'From the World of John Wick: Ballerina opens.',
  ])('%s → nobody', (text) => {
    expect(find(text).cast).toEqual([]);
  });

  it.each([
    ['Then John Wick (Keanu Reeves) appears.', ['John Wick', 'Keanu Reeves']],
    ['It picks up as Wick finds himself on the run.', ['Wick']],
    ['Despite Wick’s warning, she goes.', ['Wick']],
    ['It raised John Wick.', ['John Wick']],
    ['Eve crosses paths with John Wick and runs.', ['John Wick']],
  ])('%s → Keanu Reeves', (text, expected) => {
    expect(forms(find(text), 'Keanu Reeves')).toEqual(expected);
  });

  it('tells the two apart in one sentence', () => {
    const r = find('It is Eve Macarro’s journey, not Wick’s, though the Wick films loom.');
    expect(cast(r)).toEqual({ 'Ana de Armas': 1, 'Keanu Reeves': 1 });
  });
});

describe('crew titles and character titles', () => {
  it('reads a role before a crew name as the crew member, never the Director character', () => {
    for (const text of [
      'We meet director Len Wiseman today.',
      'Director Len Wiseman keeps it tight.',
      'Praise for the Director Len Wiseman.',
      'Praise for Len Wiseman, the Director, today.',
    ]) {
      const r = find(text);
      expect(r.cast, text).toEqual([]);
      expect(crew(r), text).toEqual({ 'Len Wiseman': ['director', 1] });
    }
  });

  it('reads the Director with an actor as the character', () => {
    expect(cast(find('She trains under the stern and enigmatic Director (Anjelica Huston).'))).toEqual({
      'Anjelica Huston': 1,
    });
    expect(cast(find('Trained under the Director (Anjelica Huston), Eve grows.'))).toEqual({
      'Anjelica Huston': 1,
      'Ana de Armas': 1,
    });
  });

  it('reads a capitalised Director without "the" as nobody', () => {
    expect(find('Plot and Actor, Director, and Crew Details').cast).toEqual([]);
  });

  it('takes the role the text uses when it is one of theirs, else the first', () => {
    expect(crew(find('We thank action director Chad Stahelski.'))).toEqual({
      'Chad Stahelski': ['action director', 1],
    });
    expect(crew(find('We thank Chad Stahelski.'))).toEqual({ 'Chad Stahelski': ['producer', 1] });
    expect(crew(find('We thank writer Chad Stahelski.'))).toEqual({ 'Chad Stahelski': ['producer', 1] });
    expect(crew(find('Written by Shay Hatten, it flows. Hatten knows.'))).toEqual({
      'Shay Hatten': ['writer', 2],
    });
  });

  it('matches the Director through a misspelt organisation', () => {
    expect(forms(find('She ignores Luska Rome’s director and leaves.'), 'Anjelica Huston')).toEqual([
      'Luska Rome’s director',
    ]);
  });
});

describe('one reference, one mention', () => {
  it.each([
    ['Winston (Ian McShane) returns.', 'Ian McShane', ['Winston', 'Ian McShane']],
    ['Winston (McShane) warns her.', 'Ian McShane', ['Winston', 'McShane']],
    [
      'It follows Eve Macaro (played by Ana de Armas) closely.',
      'Ana de Armas',
      ['Eve Macaro', 'Ana de Armas'],
    ],
    ['It follows Eve, played by Ana de Armas, closely.', 'Ana de Armas', ['Eve', 'Ana de Armas']],
    ['It stars Ana de Armas as Eve.', 'Ana de Armas', ['Ana de Armas', 'Eve']],
    ['It stars Norman Reedus as the cryptic Daniel Pine.', 'Norman Reedus', ['Norman Reedus', 'Daniel Pine']],
    [
      'Then Lance Reddick makes a touching final appearance as Charon.',
      'Lance Reddick',
      ['Lance Reddick', 'Charon'],
    ],
    ['We see Ian McShane’s Winston again.', 'Ian McShane', ['Ian McShane', 'Winston']],
    ['We see Gabriel Byrne’s “Chancelier” at last.', 'Gabriel Byrne', ['Gabriel Byrne', 'Chancelier']],
  ])('%s', (text, name, expected) => {
    const r = find(text);
    expect(cast(r)).toEqual({ [name]: 1 });
    expect(forms(r, name)).toEqual(expected);
  });

  it('counts separate references in one sentence, and lists the sentence once', () => {
    const r = find('As Eve Macarro, a former ballerina, de Armas balances grace and Eve wins.');
    expect(cast(r)).toEqual({ 'Ana de Armas': 3 });
    expect(r.cast[0].sentences).toHaveLength(1);
  });

  it('does not join two different people', () => {
    expect(cast(find('Then Winston (Lance Reddick) talks.'))).toEqual({
      'Ian McShane': 1,
      'Lance Reddick': 1,
    });
  });
});

describe('people who are not in the film', () => {
  it('warns about comparison actors instead of tagging them', () => {
    const r = find('Unlike Donnie Yen’s Caine, she sulks, and nobody beats Tom Cruise at running.');
    expect(r.cast).toEqual([]);
    expect(r.warnings).toEqual(['Donnie Yen', 'Tom Cruise']);
  });

  it('does not take a registry word that is part of another name', () => {
    const r = find('We love Tom Reeves, Winston Churchill and Lance Armstrong; Eve Hewson is absent too.');
    expect(r.cast).toEqual([]);
    expect(r.warnings).toEqual(['Eve Hewson', 'Lance Armstrong', 'Tom Reeves', 'Winston Churchill']);
    expect(find('It ends on New Year’s Eve.').cast).toEqual([]);
    const johns = find('It stars no John Travolta, and Elton John sings.');
    expect(johns.cast).toEqual([]);
    expect(johns.warnings).toEqual(['Elton John', 'John Travolta']);
  });

  it('tags the actor under a wrong character name', () => {
    const r = find('Sadly Norman Reedus as Daryl is wasted.');
    expect(cast(r)).toEqual({ 'Norman Reedus': 1 });
    expect(r.warnings).toEqual([]);
  });

  it('keeps honorifics and the film title before a single-word alias', () => {
    expect(cast(find('Then Mr Reeves arrives.'))).toEqual({ 'Keanu Reeves': 1 });
    expect(cast(find('It is Ballerina’s Eve at last.'))).toEqual({ 'Ana de Armas': 1 });
  });
});

describe('warnings', () => {
  it('warns once per name, sorted', () => {
    const r = find('We saw Ross Dowd and Donnie Yen. Later Ross Dowd and Donnie Yen returned.');
    expect(r.warnings).toEqual(['Donnie Yen', 'Ross Dowd']);
  });

  it('drops the first word of a sentence, so a role before a name is not part of it', () => {
    expect(find('Cinematographer Ross Dowd captures it.').warnings).toEqual(['Ross Dowd']);
  });

  it.each([
    'His ties to the Ruska Roma and the High Table are clear.',
    'She becomes a Kikimora at the Continental Hotel, and The Continental shows it.',
    'She serves the Luska Rome organization.',
    'It topped the North American box office.',
    'With the Academy introducing a Best Stunt category, fine.',
    'Stay tuned, only here on Indori Nerd!',
    'Imagine a “Grace Meter” that tracks fluidity.',
    'Donnie Yen is great.',
    'Ultimate Gaming Strategy Guide Plus Weekly Pro Tips',
    'Spoilers Below: Full Breakdown & Big Reveals',
    'The film was released on August 6th in New York.',
    'It is no CGI FEST.',
  ])('no warning: %s', (text) => {
    expect(find(text).warnings).toEqual([]);
  });
});

describe('sentences and spoilers', () => {
  it('lists each distinct sentence in order with the spoiler flag of its block', () => {
    const r = findMentions(
      [
        { text: 'Eve trains hard. It rains.', spoiler: false, region: null },
        { text: 'Finally Eve kills the villain. Winston (Ian McShane) nods.', spoiler: true, region: 0 },
        { text: 'Eve trains hard.', spoiler: false, region: null },
      ],
      film,
    );
    expect(r.cast.find((c) => c.name === 'Ana de Armas')).toEqual({
      name: 'Ana de Armas',
      character: 'Eve Macarro',
      mentions: 3,
      forms: ['Eve'],
      sentences: [
        { text: 'Eve trains hard.', spoiler: false, region: null },
        { text: 'Finally Eve kills the villain.', spoiler: true, region: 0 },
      ],
    });
    expect(r.cast.find((c) => c.name === 'Ian McShane')?.sentences).toEqual([
      { text: 'Winston (Ian McShane) nods.', spoiler: true, region: 0 },
    ]);
  });

  it('returns nothing for no text', () => {
    expect(findMentions([], film)).toEqual({ cast: [], crew: [], warnings: [] });
    expect(findMentions([{ text: '   ', spoiler: false, region: null }], film)).toEqual({
      cast: [],
      crew: [],
      warnings: [],
    });
  });
});

describe('weak positions', () => {
  it('needs another mention for a lone word at a sentence start', () => {
    expect(find('Lance the boil.').cast).toEqual([]);
    expect(find('Reeves is back.').cast).toEqual([]);
    expect(cast(find('Reeves is back. Keanu Reeves rules.'))).toEqual({ 'Keanu Reeves': 2 });
    expect(cast(find('Reeves is back. Reeves rules.'))).toEqual({ 'Keanu Reeves': 2 });
  });

  it('needs another mention for a lone word in a title-cased heading', () => {
    expect(find('Eve Takes Revenge Tonight').cast).toEqual([]);
    expect(cast(find('Eve Takes Revenge Tonight\nIt follows Ana de Armas.'))).toEqual({ 'Ana de Armas': 2 });
  });

  it('does not weaken a word after "As", "When" or a colon', () => {
    expect(cast(find('As Eve steps in, it works.'))).toEqual({ 'Ana de Armas': 1 });
    expect(cast(find('- Underused Lead: Ana is overshadowed by spectacle.'))).toEqual({ 'Ana de Armas': 1 });
  });
});

describe('output', () => {
  it('sorts by mentions, then name', () => {
    const r = find(
      'We see Reddick, McShane, Reddick, Byrne and Huston. Then Stahelski and Iwanyk, and Iwanyk.',
    );
    expect(r.cast.map((c) => [c.name, c.mentions])).toEqual([
      ['Lance Reddick', 2],
      ['Anjelica Huston', 1],
      ['Gabriel Byrne', 1],
      ['Ian McShane', 1],
    ]);
    expect(r.crew.map((c) => [c.name, c.mentions])).toEqual([
      ['Basil Iwanyk', 2],
      ['Chad Stahelski', 1],
    ]);
  });

  it('gives the same result from a reused matcher as from findMentions', () => {
    const matcher = createMentionMatcher(film);
    expect(matcher.film).toBe(film);
    for (const prefix of ['002', '003']) {
      const blocks = lines(seedFile(prefix));
      expect(matcher.find(blocks)).toEqual(findMentions(blocks, film));
      expect(matcher.find(blocks)).toEqual(matcher.find(blocks));
    }
  });
});

/** A made-up film with nothing in common with Ballerina: the matcher knows only what the registry says. */
const orchard: Film = filmSchema.parse({
  title: 'The Glass Orchard',
  shortTitle: 'Glass Orchard',
  year: 2031,
  franchise: { names: ['Juniper Vale', 'Vale'], terms: ['Valeverse', 'Tessellate Guild'] },
  cast: [
    { name: 'Mira Okonkwo', character: 'Juniper Vale', aliases: ['Okonkwo', 'Mira', 'Juniper', 'Vale'] },
    { name: 'Tobias Lindqvist', character: 'The Editor', aliases: ['Lindqvist', 'the Editor'] },
    { name: 'Selma Brandt', character: 'Ada Brandt', aliases: ['Brandt', 'Ada'] },
    { name: 'Jonas Brandt', character: 'Old Brandt', aliases: ['Brandt'] },
  ],
  crew: [
    { name: 'Ilse Marchetti', roles: ['director', 'editor'], aliases: ['Marchetti'] },
    { name: 'Mira Okonkwo', roles: ['producer'], aliases: ['Okonkwo'] },
  ],
});

describe('another film (data-driven)', () => {
  it('finds its people and none of Ballerina’s', () => {
    const r = find('It is no Keanu Reeves vehicle, though Mira Okonkwo stars as Juniper Vale.', orchard);
    expect(summary(r)).toEqual([
      { name: 'Mira Okonkwo', mentions: 1, forms: ['Mira Okonkwo', 'Juniper Vale'] },
    ]);
    expect(r.warnings).toEqual(['Keanu Reeves']);
    expect(find('Then Mira Okonkwo and Ilse Marchetti talk.', film).cast).toEqual([]);
    expect(find('Then Mira Okonkwo and Ilse Marchetti talk.', film).warnings).toEqual([
      'Ilse Marchetti',
      'Mira Okonkwo',
    ]);
  });

  it('uses its own franchise names and terms', () => {
    const r = find(
      'Unlike the Vale films and Juniper Vale 2, Vale (Mira Okonkwo) smiles in the Valeverse.',
      orchard,
    );
    expect(cast(r)).toEqual({ 'Mira Okonkwo': 1 });
    expect(find('She joins the Tessellate Guild.', orchard).warnings).toEqual([]);
  });

  it('tolerates typos in its names', () => {
    expect(forms(find('We meet Mira Okonkow there.', orchard), 'Mira Okonkwo')).toEqual(['Mira Okonkow']);
    expect(cast(find('We meet Lindkvist there.', orchard))).toEqual({ 'Tobias Lindqvist': 1 });
  });

  it('tells its crew title from its character title', () => {
    const asCrew = find('We thank the Editor Ilse Marchetti.', orchard);
    expect(asCrew.cast).toEqual([]);
    expect(crew(asCrew)).toEqual({ 'Ilse Marchetti': ['editor', 1] });
    expect(cast(find('We fear the Editor (Tobias Lindqvist).', orchard))).toEqual({ 'Tobias Lindqvist': 1 });
    expect(crew(find('We thank Marchetti.', orchard))).toEqual({ 'Ilse Marchetti': ['director', 1] });
  });

  it('credits nobody for an alias two people share, and both roles of one person', () => {
    const r = find('Then Brandt argues with Selma Brandt, and Ada agrees.', orchard);
    expect(cast(r)).toEqual({ 'Selma Brandt': 2 });
    expect(r.warnings).toEqual([]);
    const both = find('The film, produced by Okonkwo, is tight.', orchard);
    expect(cast(both)).toEqual({ 'Mira Okonkwo': 1 });
    expect(crew(both)).toEqual({ 'Mira Okonkwo': ['producer', 1] });
  });
});

describe('scale', () => {
  it('handles a large registry and long reviews without blowing up', () => {
    const syllables = ['ka', 'lo', 'mir', 'vet', 'sa', 'dun', 'ril', 'bo', 'zen', 'ta', 'qua', 'nor'];
    // Three base-12 digits of n as syllables: distinct for n < 1728, yet many names a typo apart.
    const word = (n: number) => {
      const out =
        syllables[n % 12] + syllables[Math.floor(n / 12) % 12] + syllables[Math.floor(n / 144) % 12];
      return out[0].toUpperCase() + out.slice(1);
    };
    const people = Array.from({ length: 300 }, (_, n) => ({
      name: `${word(n)} ${word(n + 300)}`,
      character: `${word(n + 600)} ${word(n + 900)}`,
      aliases: [word(n + 300)],
    }));
    const big = filmSchema.parse({ title: 'Big', shortTitle: 'Big', year: 2030, cast: people });
    const filler = 'the quiet Montage rolls on while Someone Else waits and nothing much happens here at all';
    const reviews = Array.from({ length: 60 }, (_, n) => {
      const parts: string[] = [];
      for (let k = 0; k < 50; k++) parts.push(`${filler} with ${people[(n * 50 + k) % 300].name} today.`);
      return [{ text: parts.join(' '), spoiler: false, region: null }];
    });
    // Speed is measured by `npm run bench`, not here; this checks the matcher stays exact at registry scale.
    const results = reviews.map((r) => findMentions(r, big));
    for (const r of results) expect(r.cast.reduce((n, c) => n + c.mentions, 0)).toBe(50);
  });
});
