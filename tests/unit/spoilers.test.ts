import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Block, blockText, type SpoilerRegion } from '../../src/normalize/blocks.ts';
import { findSpoilers, spoilerCue } from '../../src/normalize/spoilers/index.ts';

const h = (text: string): Block => ({ type: 'heading', text });
const p = (text: string): Block => ({ type: 'paragraph', text });
const q = (text: string): Block => ({ type: 'blockquote', text });
const list = (...items: string[]): Block => ({ type: 'list', items });

const PLAIN = 'The choreography is tight and the score hums along.';
const PLAIN2 = 'Ana de Armas carries the film with real physical commitment.';

/** The region holding block `i`, if any. */
const regionAt = (regions: readonly SpoilerRegion[], i: number) =>
  regions.find((r) => r.start <= i && i < r.end);

/** Seed blocks as the brief defines them: lines are paragraphs, "- " lines a list, short unpunctuated lines headings. */
function seedBlocks(raw: string): Block[] {
  const out: Block[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    if (t.startsWith('- ')) {
      const last = out.at(-1);
      if (last?.type === 'list') last.items.push(t.slice(2).trim());
      else out.push(list(t.slice(2).trim()));
    } else if (t.length < 60 && !/[.!?:”]$/u.test(t)) out.push(h(t));
    else out.push(p(t));
  }
  return out;
}

const rawDir = new URL('../../content/films/ballerina-2025/raw', import.meta.url).pathname;
function seed(prefix: string): Block[] {
  const file = readdirSync(rawDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  return seedBlocks(readFileSync(join(rawDir, file), 'utf8'));
}
const indexOf = (blocks: readonly Block[], start: string): number => {
  const i = blocks.findIndex((b) => blockText(b).startsWith(start));
  if (i < 0) throw new Error(`no block starting "${start}"`);
  return i;
};

describe('spoilerCue: reveals', () => {
  it.each([
    ['Winston dies in the third act.', 'dies'],
    ['Winston (Ian McShane) eventually dies.', 'dies'],
    ["Eve's father dies in her arms.", 'dies'],
    ['In the end, everyone dies.', 'dies'],
    ["Winston doesn't make it.", "doesn't make it"],
    ['It turns out the Chancellor was her father all along.', 'turns out'],
    ['As it turns out, Pine was working for the cult.', 'turns out'],
    ['Pine turns out to be her brother.', 'turns out to be'],
    ['Pine turns out to be smuggling his daughter out of the village.', 'turns out to be'],
    ['Wick reaches the top of the stairs, wins his duel, and dies there at sunrise.', ', and dies'],
    ["Then there's the epilogue, in which Winston is back at the Continental.", 'the epilogue'],
    ["In Osaka the film has Caine cut down Hiroyuki Sanada's Koji.", 'cut down Hiroyuki Sanada'],
    ['The sequence ends with Caine cutting Koji down.', 'cutting Koji down'],
    ['In the hotel Koji is cut down by Caine.', 'is cut down by Caine'],
    ['The choice costs her mentor his life.', 'costs her mentor his life'],
    ['The ending takes a gamble, leaving Eve alone in the snow.', 'The ending'],
    ['Pine is revealed to be her brother.', 'is revealed to be'],
    ['It is later revealed that the Director knew.', 'It is later revealed'],
    ['The Chancellor was her father all along.', 'all along'],
    ['The Director was behind it all.', 'was behind it all'],
    ['The real villain is her mentor.', 'The real villain'],
    ['The twist is that Pine works for the cult.', 'The twist is that'],
    ['Its late twist recasts the whole film.', 'Its late twist'],
    ['The Director betrays Eve.', 'betrays'],
    ['She is betrayed by her mentor.', 'is betrayed by'],
    ['Eve kills the villain in a church.', 'kills the villain'],
    ['Eve kills the Chancellor.', 'kills the Chancellor'],
    ['The Chancellor is eventually killed by Eve.', 'is eventually killed by'],
    ['Pine double-crosses Eve.', 'double-crosses'],
    ['Eve learns that her father was a traitor.', 'was a traitor'],
    ['Daniel was secretly working for the cult.', 'was secretly'],
    ['The finale ends on a cliffhanger.', 'ends on a cliffhanger'],
    ["Charon doesn't survive the attack.", "doesn't survive"],
    ['After Winston dies, Eve is alone.', 'dies'],
    ["Eve finally takes out her father's killer.", "takes out her father's killer"],
    ['Daniel is killed by the Chancellor.', 'is killed by'],
    ['Daniel survives.', 'survives'],
    ['Ella’s mother sacrifices herself to save the girl.', 'sacrifices herself'],
    ['The film kills off Charon early.', 'kills off'],
    ['John lets her live.', 'lets her live'],
    ['In the final scene, Eve walks away from the Ruska Roma.', 'In the final scene'],
    ['The film ends with Eve burning the village to the ground.', 'ends with'],
    ['This chapter closes with Eve on the run, a bounty on her head.', 'closes with'],
    ['It ends, as these things now do, with Eve on the run.', 'ends, as these things now do, with'],
    ['The ending sees Eve alone on a frozen lake.', 'The ending'],
    ['The Chancellor orders a hit on Eve.', 'orders a hit on Eve'],
    [
      'Meanwhile, the head of Luska Rome sends John Wick to eliminate her.',
      'sends John Wick to eliminate her',
    ],
    ['Eve uncovers the shocking truth behind her father’s death.', 'uncovers the shocking truth'],
    ['Eve’s long-lost sister is a sleeper agent.', 'long-lost sister'],
  ])('%s → %s', (sentence, cue) => {
    expect(spoilerCue(sentence)).toBe(cue);
  });

  it('reports the earliest cue of a sentence', () => {
    expect(
      spoilerCue(
        'Eve uncovers the shocking truth behind her father’s death, and the revelation adds a twist.',
      ),
    ).toBe('uncovers the shocking truth');
  });
});

describe('spoilerCue: traps', () => {
  it.each([
    // Action praise.
    'She single-handedly takes down a squad of armed men in a nightclub — even dispatching the final boss with a hand axe.',
    'In one particularly unsettling moment, she wraps a larger man in plastic to immobilize him before delivering a fatal blow.',
    'The flamethrower sequence scorches enemies from a stunning 10-meter distance.',
    'Eve kills dozens of goons with ice skates.',
    'Along the way she gets nearly killed multiple times.',
    'Eve almost dies twice in the first hour.',
    'Her father fights off three of them and nearly dies in the attempt.',
    'The epilogue is the weakest part of the film.',
    'The theatrical cut is cut down by the studio to two hours.',
    'The film costs a fortune, and every cent of it is on the screen.',
    'The ending is great, leaving me breathless.',
    'Eve turns out to be quite a good dancer, too.',
    // Premise and backstory.
    'The film centers on Eve, who, after witnessing her father’s murder as a child, is taken in by Winston.',
    'Ballerina follows Eve on a blood-soaked mission to avenge her father’s murder.',
    'Years later, while on assignment, a revelation from her past reignites a thirst for vengeance.',
    'While seeking vengeance against the man who murdered her father, Eve crosses paths with John Wick.',
    'After her father is murdered, Eve trains for a decade.',
    'She sets out to uncover the truth about her father.',
    "She discovers that her father's killer is part of a cult-like group that has twisted the organization.",
    // Thematic and stylistic uses.
    'It sharpens the stakes of her revenge against a system that betrayed her.',
    'This is how you spin off a franchise without losing its soul.',
    'The score twists the knife in every quiet scene.',
    'Ballerina offers a fresh twist on the revenge formula.',
    'Sloppy Writing: Convenient plot twists, missed opportunities, and logic gaps galore.',
    'Winston warns Eve of her obsession with truth.',
    'The momentum dies in the second act.',
    // Verdict idioms and opinions about the ending.
    'In the end, Ballerina proves that a spin-off can pirouette into its own spotlight.',
    'The film ends with a bang.',
    'The film’s ending is a letdown.',
    'In the final act, the pacing drags.',
    'It turns out to be a blast.',
    'The film turned out great.',
    'The action is actually a blast.',
    // Negations and withheld reveals.
    'Nobody dies.',
    'No one walks away clean.',
    'Not everyone survives.',
    "I won't spoil the twist, but it's a good one.",
    'Without revealing who dies, the last act hits hard.',
    // Real-world deaths.
    'The late Lance Reddick makes a touching final appearance as Charon.',
    'Lance Reddick died in 2023, before the film’s release.',
  ])('%s → null', (sentence) => {
    expect(spoilerCue(sentence)).toBeNull();
  });
});

describe('findSpoilers: markers', () => {
  it.each([
    'Spoilers below',
    'spoilers below',
    'SPOILER ALERT',
    '⚠️ Spoilers Below: Full Breakdown & Big Reveals',
    'Spoilers ahead',
    '[Spoilers]',
    '(Spoilers)',
    'Spoiler warning',
    'Major spoilers follow',
    '** SPOILERS **',
    '🚨 spoiler alert 🚨',
    'Spoiler Talk',
  ])('heading "%s" hides what follows and stays visible', (marker) => {
    const blocks = [p(PLAIN), h(marker), p('Eve trains in Austria.'), p('Then she heads east.')];
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual(blocks);
    expect(r.regions).toEqual([{ start: 2, end: 4, reason: 'marked', cue: marker, label: 'Plot details' }]);
  });

  it.each([
    ['Spoilers ahead!', 'Spoilers ahead!'],
    ['SPOILER ALERT:', 'SPOILER ALERT'],
    ['Warning: major spoilers follow.', 'Warning: major spoilers follow'],
    ['The rest of this review contains spoilers.', 'The rest of this review contains spoilers'],
    ["If you haven't seen the film, stop reading now.", "If you haven't seen the film, stop reading now"],
  ])('paragraph "%s" opens a marked section', (marker, cue) => {
    const blocks = [p(marker), p('Eve trains in Austria.'), list('A hidden lake.', 'A cult.')];
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual(blocks);
    expect(r.regions).toEqual([{ start: 1, end: 3, reason: 'marked', cue, label: 'Plot details' }]);
  });

  it('splits an inline marker off its content and hides only that content', () => {
    const blocks = [p('SPOILER ALERT: Eve dies at the end.'), p(PLAIN)];
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual([p('SPOILER ALERT'), p('Eve dies at the end.'), p(PLAIN)]);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'SPOILER ALERT', label: "A character's fate" },
    ]);
  });

  it.each([
    ['[Spoilers] Pine is her brother, and he knew.', '[Spoilers]', 'Pine is her brother, and he knew.'],
    ['Spoiler: the dog lives.', 'Spoiler', 'the dog lives.'],
    ['Spoiler alert! Winston survives.', 'Spoiler alert!', 'Winston survives.'],
    ['** SPOILER ** The Director knew everything.', '** SPOILER **', 'The Director knew everything.'],
  ])('inline prefix "%s"', (text, marker, rest) => {
    const r = findSpoilers([p(text), p(PLAIN)]);
    expect(r.blocks).toEqual([p(marker), p(rest), p(PLAIN)]);
    expect(r.regions).toHaveLength(1);
    expect(r.regions[0]).toMatchObject({ start: 1, end: 2, reason: 'marked', cue: marker });
  });

  it('a forward-pointing inline marker hides the rest of the section', () => {
    const r = findSpoilers([
      p('Spoilers ahead: Eve is hunted across Austria.'),
      p('She wins.'),
      h('Verdict'),
      p(PLAIN),
    ]);
    expect(r.blocks.map(blockText)).toEqual([
      'Spoilers ahead',
      'Eve is hunted across Austria.',
      'She wins.',
      'Verdict',
      PLAIN,
    ]);
    expect(r.regions).toEqual([
      { start: 1, end: 3, reason: 'marked', cue: 'Spoilers ahead', label: 'Plot details' },
    ]);
  });

  it('a marker sentence followed by content is split at the sentence', () => {
    const r = findSpoilers([p('Spoilers follow. Pine is her brother.'), p('The cult burns.')]);
    expect(r.blocks).toEqual([p('Spoilers follow'), p('Pine is her brother.'), p('The cult burns.')]);
    expect(r.regions).toEqual([
      { start: 1, end: 3, reason: 'marked', cue: 'Spoilers follow', label: 'Plot details' },
    ]);
  });

  it('keeps the block type of a split block quote', () => {
    const r = findSpoilers([q('Spoiler: Winston dies.')]);
    expect(r.blocks).toEqual([q('Spoiler'), q('Winston dies.')]);
    expect(r.regions[0]).toMatchObject({ start: 1, end: 2, label: "A character's fate" });
  });

  it('a heading marker loses only a trailing colon', () => {
    expect(findSpoilers([h('Spoilers:'), p('Eve wins.')]).regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers', label: 'Plot details' },
    ]);
  });

  it('a long spoiler-free paragraph is not an inline marker', () => {
    const blocks = [
      p(
        'Spoiler-free review: Ballerina is a stylish, savage spin-off with a breakout lead and world-class action.',
      ),
      p(PLAIN),
    ];
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual(blocks);
    expect(r.regions).toEqual([]);
  });

  it('"Spoilers aside" is not a marker', () => {
    const r = findSpoilers([p('Spoilers aside, the film is a blast.'), p(PLAIN)]);
    expect(r.regions).toEqual([]);
  });

  it('a show\'s chapter note ("58:30 Spoiler zone") marks the audio, not the written review', () => {
    const r = findSpoilers([p("58:30 Spoiler zone (skip to 1:14:02 if you haven't seen it yet)"), p(PLAIN)]);
    expect(r.regions).toEqual([]);
  });
});

describe('findSpoilers: where a marked section ends', () => {
  it.each([
    'End of spoilers',
    'End spoilers',
    'Spoilers end here',
    '/spoilers',
    '[/spoilers]',
    'Spoiler-free from here on',
    'Back to spoiler-free territory',
    'End of spoilers.',
  ])('end marker "%s" closes the section and stays visible', (end) => {
    const blocks = [h('Spoilers'), p('Eve wins.'), h(end), p(PLAIN)];
    const r = findSpoilers(blocks);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers', label: 'Plot details' },
    ]);
  });

  it('an end marker as the first sentence of a paragraph is split off; the rest is visible', () => {
    const r = findSpoilers([h('Spoilers'), p('Eve wins.'), p(`End of spoilers. ${PLAIN}`)]);
    expect(r.blocks).toEqual([h('Spoilers'), p('Eve wins.'), p('End of spoilers.'), p(PLAIN)]);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers', label: 'Plot details' },
    ]);
  });

  it('an end marker as the last sentence of a paragraph ends the section after it', () => {
    const r = findSpoilers([h('Spoilers'), p('Eve wins. End of spoilers.'), p(PLAIN)]);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers', label: 'Plot details' },
    ]);
  });

  it.each([
    h('The Good'),
    h('The Bad'),
    h('Verdict'),
    h('Verdict: 4/5'),
    h('Conclusion'),
    h('Final Thoughts'),
    h('Final thoughts on Ballerina'),
    h('Bottom Line'),
    h('Should You See It?'),
    p('Should You See It?'),
    h('Pros'),
    h('Cons'),
    h('Pros & Cons'),
    h("What's Next?"),
    p('What’s Next?'),
    p('Verdict: a must-see for fans of the franchise.'),
  ])('verdict block %j ends the section', (stop) => {
    const r = findSpoilers([h('Spoilers below'), p('Eve wins.'), stop, p(PLAIN)]);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers below', label: 'Plot details' },
    ]);
  });

  it('runs to the end of the document without an end', () => {
    const r = findSpoilers([h('Spoilers below'), p('Eve wins.'), h('The Bad Guys'), p('They lose.')]);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers below', label: 'Plot details' },
      { start: 3, end: 4, reason: 'marked', cue: 'Spoilers below', label: 'The Bad Guys' },
    ]);
  });

  it('a new marker ends the previous section', () => {
    const r = findSpoilers([h('Spoilers'), p('Eve wins.'), h('More spoilers ahead'), p('Pine lives.')]);
    expect(r.regions.map((g) => [g.start, g.end, g.cue])).toEqual([
      [1, 2, 'Spoilers'],
      [3, 4, 'More spoilers ahead'],
    ]);
  });

  it('a spoiler-free statement ends an open section', () => {
    const r = findSpoilers([h('Spoilers'), p('Eve wins.'), h('No spoilers below'), p(PLAIN)]);
    expect(r.regions.map((g) => [g.start, g.end])).toEqual([[1, 2]]);
  });
});

describe('findSpoilers: sub-sections', () => {
  it('makes one region per sub-heading, labelled by it, with the heading visible', () => {
    const blocks = [
      h('Spoilers'),
      h('Plot Summary'),
      p('Eve trains for a decade.'),
      h('Ending:'),
      p('She walks away.'),
      p('Snow falls.'),
    ];
    const r = findSpoilers(blocks);
    expect(r.regions).toEqual([
      { start: 2, end: 3, reason: 'marked', cue: 'Spoilers', label: 'Plot Summary' },
      { start: 4, end: 6, reason: 'marked', cue: 'Spoilers', label: 'Ending' },
    ]);
  });

  it('hides a sub-heading that reveals something itself', () => {
    const r = findSpoilers([h('Spoilers'), h('Winston Dies'), p('It is sudden.')]);
    expect(r.regions).toEqual([
      { start: 1, end: 3, reason: 'marked', cue: 'Spoilers', label: "A character's fate" },
    ]);
  });

  it('keeps a generic sub-heading such as "The Twist" visible', () => {
    const r = findSpoilers([h('Spoilers'), h('The Twist'), p('Pine is her brother.')]);
    expect(r.regions).toEqual([{ start: 2, end: 3, reason: 'marked', cue: 'Spoilers', label: 'The Twist' }]);
  });

  it('labels content before the first sub-heading by what it reveals', () => {
    const r = findSpoilers([h('Spoilers'), p('Winston dies.'), h('Twists'), p('Pine is her brother.')]);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'marked', cue: 'Spoilers', label: "A character's fate" },
      { start: 3, end: 4, reason: 'marked', cue: 'Spoilers', label: 'Twists' },
    ]);
  });

  it.each([
    [[h('Spoilers ahead')]],
    [[p(PLAIN), h('Spoilers ahead'), h('Verdict'), p(PLAIN)]],
    [[h('Spoilers ahead'), h('Plot'), h('Ending')]],
    [[h('Spoilers ahead'), h('End of spoilers'), p(PLAIN)]],
  ])('makes no empty region (%#)', (blocks) => {
    expect(findSpoilers(blocks).regions).toEqual([]);
  });
});

describe('findSpoilers: spoiler-free statements mark nothing', () => {
  it.each([
    h('Spoiler-free review'),
    h('No spoilers ahead'),
    p('This review is spoiler-free.'),
    p('A review without spoilers.'),
    p("I won't spoil anything here."),
    p('No spoilers, promise.'),
    h('Minor spoilers only'),
    p('Mild spoilers ahead.'),
    p('Light spoilers below, nothing major.'),
    p('There are spoilers in the trailer, sadly.'),
    p('The trailer contains spoilers.'),
    p("Quick setup if you haven't seen the trailers."),
  ])('%j', (statement) => {
    const blocks = [statement, p(PLAIN), list('Great fights.', 'Thin plot.'), p(PLAIN2)];
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual(blocks);
    expect(r.regions).toEqual([]);
  });

  it('still detects a concrete reveal after a minor-spoilers disclaimer', () => {
    const r = findSpoilers([h('Minor spoilers only'), p(PLAIN), p('Winston dies in the third act.')]);
    expect(r.regions).toEqual([
      { start: 2, end: 3, reason: 'detected', cue: 'dies', label: "A character's fate" },
    ]);
  });
});

describe('findSpoilers: detection', () => {
  it('hides each revealing paragraph on its own with cue and label', () => {
    const blocks = [
      p(PLAIN),
      p('Midway through, Pine is revealed to be her brother. It lands.'),
      p(PLAIN2),
      p('The film ends with Eve on a frozen lake.'),
      p('The Director betrays Eve.'),
      p('Meanwhile, the Chancellor sends assassins to kill her.'),
    ];
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual(blocks);
    expect(r.regions).toEqual([
      { start: 1, end: 2, reason: 'detected', cue: 'is revealed to be', label: 'Twist' },
      { start: 3, end: 4, reason: 'detected', cue: 'ends with', label: 'Ending' },
      { start: 4, end: 5, reason: 'detected', cue: 'betrays', label: 'Betrayal' },
      { start: 5, end: 6, reason: 'detected', cue: 'sends assassins to kill her', label: 'Plot reveal' },
    ]);
  });

  it('checks list items and block quotes', () => {
    const r = findSpoilers([
      list('Great fights.', 'Winston dies.'),
      q('You can still leave. You have a choice.'),
      q('It turns out the Chancellor was her father.'),
    ]);
    expect(r.regions).toEqual([
      { start: 0, end: 1, reason: 'detected', cue: 'dies', label: "A character's fate" },
      { start: 2, end: 3, reason: 'detected', cue: 'turns out', label: 'Twist' },
    ]);
  });

  it('hides a heading only for a concrete reveal', () => {
    const r = findSpoilers([h('The Twist'), p(PLAIN), h('Winston Dies'), p(PLAIN2)]);
    expect(r.regions).toEqual([
      { start: 2, end: 3, reason: 'detected', cue: 'dies', label: "A character's fate" },
    ]);
  });

  it('leaves lists of criticism and style remarks visible', () => {
    const r = findSpoilers([
      h('The Good'),
      list('Hard-Hitting Brutality: The violence has weight. No one walks away clean.', 'Nobody dies.'),
      h('The Bad'),
      list('Sloppy Writing: Convenient plot twists, missed opportunities, and logic gaps galore.'),
      p('In the end, Ballerina proves that a spin-off can stand on its own.'),
    ]);
    expect(r.regions).toEqual([]);
  });

  it('does not add detected regions inside a marked section', () => {
    const r = findSpoilers([h('Spoilers'), p('Winston dies.'), p('Pine is revealed to be her brother.')]);
    expect(r.regions).toEqual([
      { start: 1, end: 3, reason: 'marked', cue: 'Spoilers', label: "A character's fate" },
    ]);
  });

  it('returns the same block objects and leaves the input alone', () => {
    const blocks: readonly Block[] = Object.freeze(
      [p(PLAIN), p('Winston dies.'), h('Spoilers'), p('Eve wins.')].map((b) => Object.freeze(b)),
    );
    const r = findSpoilers(blocks);
    expect(r.blocks).not.toBe(blocks);
    r.blocks.forEach((b, i) => {
      expect(b).toBe(blocks[i]);
    });
  });

  it('handles an empty document', () => {
    expect(findSpoilers([])).toEqual({ blocks: [], regions: [] });
  });
});

describe('findSpoilers: seeds (content/films/ballerina-2025/raw)', () => {
  it('000 has no spoilers', () => {
    expect(findSpoilers(seed('000_')).regions).toEqual([]);
  });

  it('001 has no spoilers (premise only)', () => {
    expect(findSpoilers(seed('001_')).regions).toEqual([]);
  });

  it('002: one marked region per sub-section, the verdict sections visible, the closing reveal detected', () => {
    const blocks = seed('002_');
    const r = findSpoilers(blocks);
    expect(r.blocks).toEqual(blocks);
    const marker = indexOf(blocks, '⚠️ Spoilers Below');
    const cue = '⚠️ Spoilers Below: Full Breakdown & Big Reveals';
    const sub = (heading: string) => {
      const i = indexOf(blocks, heading);
      expect(blocks[i]?.type).toBe('heading');
      return { start: i + 1, end: i + 2, reason: 'marked', cue, label: heading };
    };
    const closing = indexOf(blocks, 'This chapter closes with Eve on the run');
    expect(r.regions).toEqual([
      sub('Plot Summary'),
      sub('John Wick Cameos'),
      sub('Big Twists'),
      sub('Ending'),
      { start: closing, end: closing + 1, reason: 'detected', cue: 'closes with', label: 'Ending' },
    ]);
    expect(regionAt(r.regions, marker)).toBeUndefined();
    expect(blocks[indexOf(blocks, 'Big Twists') + 1]?.type).toBe('list');
    for (const visible of ['The Good', 'The Bad', 'From the World of John Wick: Ballerina:', 'Lionsgate']) {
      const i = indexOf(blocks, visible);
      expect(regionAt(r.regions, i), visible).toBeUndefined();
      if (visible.startsWith('The ')) expect(regionAt(r.regions, i + 1), `${visible} list`).toBeUndefined();
    }
  });

  it('003: the shocking-truth paragraph is detected; the action-praise paragraphs are not', () => {
    const r = findSpoilers(seed('003_'));
    // Regions index the output blocks: a paragraph may be split where its first reveal starts.
    const blocks = r.blocks;
    const truth = regionAt(
      r.regions,
      indexOf(blocks, 'In a key turning point, Eve uncovers the shocking truth'),
    );
    expect(truth).toMatchObject({
      reason: 'detected',
      cue: 'uncovers the shocking truth',
      label: 'Plot reveal',
    });
    // The paragraph's setup stays visible; the region starts at the sentence with the reveal.
    expect(regionAt(r.regions, indexOf(blocks, 'But beneath the blood-soaked surface'))).toBeUndefined();
    expect(regionAt(r.regions, indexOf(blocks, 'Meanwhile, the head of Luska Rome'))).toMatchObject({
      reason: 'detected',
      cue: 'sends John Wick to eliminate her',
    });
    for (const visible of [
      'Driven by rage',
      'Wiseman takes the action further',
      'Despite the film’s title',
    ]) {
      expect(regionAt(r.regions, indexOf(blocks, visible)), visible).toBeUndefined();
    }
    expect(r.regions).toHaveLength(2);
  });

  it('004 has no spoilers', () => {
    expect(findSpoilers(seed('004_')).regions).toEqual([]);
  });
});

describe('findSpoilers: invariants', () => {
  const pool: Block[] = [
    h('Spoilers below'),
    h('⚠️ Spoilers Below: Full Breakdown & Big Reveals'),
    p('SPOILER ALERT: Eve dies at the end.'),
    p('Spoilers follow. Pine is her brother.'),
    p('[Spoilers] The Director knew.'),
    h('End of spoilers'),
    p(`End of spoilers. ${PLAIN}`),
    p('Eve wins. End of spoilers.'),
    h('No spoilers ahead'),
    h('Minor spoilers only'),
    h('Verdict'),
    p('What’s Next?'),
    h('Plot Summary'),
    h('Winston Dies'),
    h('The Twist'),
    p(PLAIN),
    p(PLAIN2),
    p('Winston dies in the third act.'),
    p('In the end, Ballerina proves itself.'),
    list('Convenient plot twists.', 'No one walks away clean.'),
    list('The Director betrays Eve.'),
    q('It turns out the Chancellor was her father all along.'),
  ];
  const markers = new Set([
    'Spoilers below',
    'SPOILER ALERT',
    'Spoilers follow',
    '[Spoilers]',
    'End of spoilers',
  ]);

  it('regions are sorted, non-overlapping, non-empty and in range; markers stay visible; no text is lost', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 25 }), (blocks) => {
        const r = findSpoilers(blocks);
        let last = 0;
        for (const g of r.regions) {
          expect(g.start).toBeGreaterThanOrEqual(last);
          expect(g.end).toBeGreaterThan(g.start);
          expect(g.end).toBeLessThanOrEqual(r.blocks.length);
          expect(g.cue.length).toBeGreaterThan(0);
          expect(g.label.length).toBeGreaterThan(0);
          last = g.end;
        }
        r.blocks.forEach((b, i) => {
          if (markers.has(blockText(b)) || blockText(b).startsWith('⚠️'))
            expect(regionAt(r.regions, i)).toBeUndefined();
        });
        const words = (bs: readonly Block[]) => bs.map(blockText).join(' ').split(/\s+/).join(' ');
        expect(words(r.blocks).replace(/[:.]/g, '')).toBe(words(blocks).replace(/[:.]/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('performance', () => {
  it('has no regex blow-up on long adversarial input', () => {
    const inputs = [
      `${'was '.repeat(20_000)}all alon`,
      `${'The '.repeat(20_000)}dies`,
      `${'Eve Eve '.repeat(10_000)}nearly dies`,
      `${'a big '.repeat(10_000)}twis`,
      `${'spoilers ahead '.repeat(5_000)}x`,
      `Spoilers${' -'.repeat(20_000)}`,
    ];
    // A catastrophic regex would hang here until the test's timeout; speed itself is the benchmark's job.
    for (const s of inputs) {
      expect(() => spoilerCue(s)).not.toThrow();
      expect(findSpoilers([p(s), h(s.slice(0, 80))]).blocks.length).toBeGreaterThan(0);
    }
  });

  it('gives the same regions when run over the seeds again and again (no state between calls)', () => {
    const seeds = ['000_', '001_', '002_', '003_', '004_'].map(seed);
    let regions = 0;
    for (let i = 0; i < 500; i++) regions += findSpoilers(seeds[i % 5] as Block[]).regions.length;
    expect(regions).toBe(100 * 5 + 100 * 2);
  });
});

describe('spoilers: a heading that points to spoilers further down', () => {
  it('opens no section where it stands', () => {
    const blocks = [h('HEA or HFN? See the very bottom, spoilers and all'), p(PLAIN), p(PLAIN2)];
    expect(findSpoilers(blocks).regions).toEqual([]);
  });
});
