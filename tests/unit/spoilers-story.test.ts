import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, blockText } from '../../src/normalize/blocks.ts';
import { findMentions } from '../../src/normalize/mentions/index.ts';
import { findSpoilers } from '../../src/normalize/spoilers/index.ts';
import { parseFilmRegistry } from '../../src/schemas/film.ts';

const registry = (rel: string) =>
  parseFilmRegistry(readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8'), rel);
const ballerina = registry('content/films/ballerina-2025/film.yaml');
const jw4 = registry('tests/fixtures/films/john-wick-chapter-4/film.yaml');
const p = (text: string): Block => ({ type: 'paragraph', text });

/** The text of the blocks behind a control, and of those in view. */
function split(blocks: Block[], film = ballerina) {
  const r = findSpoilers(blocks, film);
  const hidden = r.blocks.filter((_, i) => r.regions.some((g) => i >= g.start && i < g.end));
  const shown = r.blocks.filter((b) => !hidden.includes(b));
  return {
    hidden: hidden.map(blockText).join(' '),
    shown: shown.map(blockText).join(' '),
    regions: r.regions,
  };
}

describe('spoilers: inline markers hide the sentence they stand in', () => {
  it.each([
    'Spoiler alert: the whole village turns out to be the cult.',
    'And minor spoiler – Pine is barely in the first half.',
    '(spoiler) Eve does get her revenge on him.',
    '[spoilers] The Director sends Wick after her.',
    'The film assumes that — spoilers for Chapter 3 — Winston shot John off the roof.',
    "It stings, and, spoilers for Chapter 4 if you've dodged them, Wick ends that film beside a headstone.",
  ])('"%s"', (sentence) => {
    const { hidden, shown } = split([p(`The fights are superb. ${sentence} The score is loud.`)]);
    expect(hidden).toContain(sentence.replace(/^\[spoilers\] /, '').replace(/^\(spoiler\) /, ''));
    expect(shown).toContain('The fights are superb.');
    expect(shown).toContain('The score is loud.');
  });

  it('hides the rest of the paragraph after a sentence that only warns', () => {
    const { hidden, shown } = split([
      p('The action is good. Okay, spoiler warning. So the whole village? They are all in the cult.'),
    ]);
    expect(shown).toBe('The action is good.');
    expect(hidden).toContain('They are all in the cult.');
  });

  it('marks nothing for a spoiler-free statement', () => {
    expect(split([p('This review is spoiler-free, so go in blind.')]).regions).toEqual([]);
  });
});

describe('spoilers: the premise stays visible, the film’s reveals are hidden', () => {
  it('keeps the setup of a plot summary in view and hides from the first reveal on', () => {
    const setup = 'As a child, Eve sees her father murdered, and Winston brings her to the Ruska Roma.';
    const reveal = 'Later the Director sends John Wick himself after her.';
    const { hidden, shown, regions } = split([p(`${setup} ${reveal} Their fight is short.`)]);
    expect(shown).toContain(setup);
    expect(hidden).toContain(reveal);
    expect(hidden).toContain('Their fight is short.');
    expect(regions[0]).toMatchObject({ reason: 'detected', cue: 'John Wick is sent to stop Eve' });
  });

  it('hides a known reveal of the second film by its registry words', () => {
    const { hidden } = split([p('The Marquis has the New York Continental demolished early on.')], jw4);
    expect(hidden).toContain('demolished');
  });

  it('keeps in view a mission the premise states, though "sends him after" is a reveal elsewhere', () => {
    const setup = "The Marquis puts the squeeze on Caine, Wick's old friend, and sends him after Wick.";
    const { shown, regions } = split([p(`${setup} Wick hides out in Osaka with Koji.`)], jw4);
    expect(regions).toEqual([]);
    expect(shown).toContain(setup);
  });

  it("keeps in view the franchise's backstory, which the premise list states", () => {
    const setup = 'Wick is a killer. He loved a woman and she died. He has been killing since.';
    expect(split([p(setup)], jw4).regions).toEqual([]);
  });

  it('keeps in view a setup that says "after her father", which is no one sent after her', () => {
    const setup =
      'Eve is a dancer and assassin raised by the Ruska Roma after her father was killed, in the middle of the third John Wick film.';
    expect(split([p(setup)]).regions).toEqual([]);
  });

  it('reads "it turns out." closing an answer as no twist', () => {
    const text =
      'Is it any good? A little, it turns out. The setup is pure melodrama, and the fights are sharp.';
    expect(split([p(text)]).regions).toEqual([]);
  });

  it('hides the village reveal however it is worded', () => {
    const reveal =
      'Eve tracks the cult to a snowy mountain village and discovers that everyone who lives there is part of it.';
    expect(split([p(reveal)]).hidden).toContain('part of it');
  });

  it('leaves praise of a scene in view', () => {
    expect(split([p('The nightclub fight is a marvel of staging and sound.')], jw4).regions).toEqual([]);
  });
});

describe('mentions: a title that holds a character’s name is not that character', () => {
  const names = (text: string) =>
    findMentions([{ text, spoiler: false, region: null }], jw4).cast.map((c) => c.name);
  it.each([
    'I loved John Wick: Chapter 4 from its first frame.',
    'It is the longest film in the John Wick universe.',
    'Nobody expected a John Wick movie to run three hours.',
    'The first John Wick was lean and mean.',
  ])('"%s" names nobody', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('but "Wick limps up the steps" names the character', () => {
    expect(names('By the end Wick limps up the steps to Sacré-Cœur.')).toEqual(['Keanu Reeves']);
  });

  it('names people in a credits line in capitals', () => {
    expect(names('STARRING: KEANU REEVES, DONNIE YEN').sort()).toEqual(['Donnie Yen', 'Keanu Reeves']);
  });
});
