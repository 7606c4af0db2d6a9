import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/normalize/segment/index.ts';

const seed = (name: string) =>
  readFileSync(new URL(`../../content/films/ballerina-2025/raw/${name}`, import.meta.url), 'utf8');
const types = (text: string) => segment(text).blocks.map((b) => b.type);

describe('segment: title and headings', () => {
  it('takes a short unpunctuated first line as the title', () => {
    const s = segment('A New Name in a Familiar World\nBallerina follows Eve on a mission. It is fun.');
    expect(s.title).toBe('A New Name in a Familiar World');
    expect(s.blocks).toEqual([{ type: 'paragraph', text: 'Ballerina follows Eve on a mission. It is fun.' }]);
  });

  it('does not take a prose first line as the title', () => {
    expect(segment('Ballerina is great fun.\nMore text here.').title).toBeNull();
  });

  it('unwraps a title that is wholly quoted', () => {
    expect(segment('“Ballerina Review”\nText follows here.').title).toBe('Ballerina Review');
  });

  it('reads short lines without end punctuation as headings', () => {
    expect(types('Intro line that is prose.\nThe Verdict\nIt works.')).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });

  it('reads a short question before prose as a heading, a long question as prose', () => {
    expect(types('Intro.\nShould You See It?\nYes.')).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(
      types('Intro.\nIs this the best action film of the year so far, or just more of the same?\nYes.'),
    ).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('never makes the last line a heading', () => {
    expect(types('Intro.\nThe end of it')).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps a "Rating:" line as content, not a heading', () => {
    expect(segment('Intro.\nRating: ★★★½ (3.5/5)\nMore.').blocks[1]).toEqual({
      type: 'paragraph',
      text: 'Rating: ★★★½ (3.5/5)',
    });
  });

  it('allows a parenthesised tag at the end of a heading', () => {
    expect(types('Intro.\nKeanu Reeves as John Wick (Cameo)\nTwo appearances.')).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});

describe('segment: lists and quotes', () => {
  it('groups consecutive dash, bullet and numbered lines into one list', () => {
    const s = segment('Intro.\n- one\n• two\n3. three\nAfter.');
    expect(s.blocks[1]).toEqual({ type: 'list', items: ['one', 'two', 'three'] });
  });

  it('joins consecutive "> " lines into one block quote', () => {
    const s = segment('Intro.\n> Needing to know\n> is what got us banished.\nAfter.');
    expect(s.blocks[1]).toEqual({ type: 'blockquote', text: 'Needing to know is what got us banished.' });
  });
});

describe('segment: boilerplate', () => {
  it.each([
    'Stay connected with us for the latest and exclusive updates on global entertainment—only here on Indori Nerd!',
    'Subscribe to our newsletter for weekly picks.',
    'Follow us on Instagram and TikTok',
    'Click here to read our Chapter 4 review.',
    "Get access to exclusive strategies, hidden tips, and pro-level insights that we don't share publicly.",
    'Also read: The 10 best John Wick fights',
    'Advertisement',
  ])('removes the promo line %j', (line) => {
    const s = segment(`Ballerina is great.\n${line}\nEve fights well.`);
    expect(s.removed).toContain(line);
    expect(s.blocks.map((b) => (b.type === 'list' ? '' : b.text))).not.toContain(line);
  });

  it.each(
    Object.entries({
      'podcast, forum, diary or blog': [
        '00:00 Intro and listener mail',
        '(1:02:15) What we watched this week',
        '14 thoughts on “A review of something”',
        '3 comments on "Another review"',
        'Photography: Lionsgate',
        'NEXT REVIEW › Some Other Film ★★★☆☆',
        'Watched 07 Jun 2025',
        'Watched 26 Mar 2023 · Rewatch',
        'Support the Late Show Podcast on Patreon',
        'Next issue: our autumn preview',
        'Where to watch: In cinemas',
        'Page 3 of 7   « First   ‹ Prev   2   3   4   Next ›',
        '#41',
        'Last edited by some_user; Mar 25, 2023 at 11:52 PM.',
        'Scores are out of 10. Capsules are edited for length.',
        'Timestamps',
        '#ballerina #john wick #film #rant',
        '38 notes',
        '♡ like   ⟳ reblog',
        'Quote · Reply · 👍 14',
        '♥ Like review · 214 likes',
        'watched 2 April 2023, Screen 6, 9:40pm show, alone',
        'Ana de Armas in Ballerina. © Lionsgate',
        'Reuse this content',
        '▶ Play episode   ⬇ Download   Subscribe: Apple Podcasts · Spotify · RSS',
        'Having trouble reading this? Open it in your browser.',
        'Started by laneway_lurker · 46 replies · 2,310 views',
      ],
      'aggregator, video, social or cookie': [
        '0:48',
        '5 star 58%',
        'level 2',
        '2,416 global ratings',
        '48.2K subscribers',
        '86 Likes · 3 Restacks',
        'u/pointe_and_shoot · 2 days ago',
        '⬆ 131 ⬇   Reply   Award   Share',
        'We use cookies to give you the best experience on our site. You can accept all or choose which ones to allow.',
        'Was this review helpful? Sign in to vote.',
        '47 out of 52 found this helpful.',
        'This review was translated from German by the author. Please excuse small errors.',
      ],
    }).flatMap(([kind, lines]) => lines.map((line) => [kind, line])),
  )('removes the %s furniture %j', (_kind, line) => {
    const s = segment(`Ballerina is great.\n${line}\nEve fights well.`);
    // Removed lines are kept as cleaned: runs of spaces collapse.
    expect(s.removed).toContain(line.replace(/ {2,}/g, ' '));
  });

  it('keeps prose that opens with a time of day', () => {
    const line = '10:30 in the morning is no time to watch a man lose a finger, and yet here we were.';
    expect(segment(`Ballerina is great.\n${line}\nEve fights well.`).removed).toEqual([]);
  });

  it('removes the film page header, the film title and its year, when it knows the film', () => {
    const film = { title: 'John Wick: Chapter 4', shortTitle: 'Chapter 4', cast: [], crew: [] };
    const text =
      'Films   Lists   Members\nJohn Wick: Chapter 4 (2023)\n\nThe stairs scene is the best thing in it.';
    const s = segment(text, film as unknown as Parameters<typeof segment>[1]);
    expect(s.removed).toContain('John Wick: Chapter 4 (2023)');
    expect(s.title).toBeNull();
  });

  it('finds the headline under a kicker and the film’s bare title', () => {
    const film = {
      title: 'John Wick: Chapter 4',
      shortTitle: 'Chapter 4',
      cast: [],
      crew: [],
    } as unknown as Parameters<typeof segment>[1];
    const prose = 'The stairs scene is the best thing in it, and the rest is very long indeed.';
    expect(
      segment(
        `MOVIE REVIEW\nJohn Wick: Chapter 4\nA long climb to a short duel\nBy Ada Quist\n\n${prose}`,
        film,
      ).title,
    ).toBe('A long climb to a short duel');
    expect(
      segment(
        `John Wick: Chapter 4\nDir. Chad Stahelski / Scr. Shay Hatten / DoP Dan Laustsen\n\n${prose}`,
        film,
      ).title,
    ).toBeNull();
  });

  it('keeps a headline above a photo credit, and takes the sentence below it for the caption', () => {
    const prose = 'The stairs scene is the best thing in it, and the rest is very long indeed.';
    const s = segment(
      `A dancer with a grudge\nPhoto: Lionsgate\nAna de Armas as Eve in the snow.\nBy Ada Quist\n\n${prose}`,
    );
    expect(s.title).toBe('A dancer with a grudge');
    expect(s.removed).toContain('Ana de Armas as Eve in the snow.');
  });

  it('removes a pull quote printed again above the sentence it pulls', () => {
    const quote = 'Reeves has never been better, and never been asked to do more with less.';
    const s = segment(`Headline here\n\n"${quote}"\n\nThe fights are long. ${quote} He barely speaks.`);
    expect(s.removed).toContain(`"${quote}"`);
    expect(s.blocks.some((b) => b.type === 'paragraph' && b.text.includes(quote))).toBe(true);
  });

  it('removes a pull quote trimmed in the middle, and keeps a quoted line the text does not hold', () => {
    const sentence =
      'The finale is loud, it knows it is loud, and it turns the noise into a kind of joke that is also a kind of music.';
    const callout = '"The finale is loud, it knows it is loud, and it turns the noise into a kind of music."';
    const line = '"Nobody walks away from the Table, not even you, not tonight."';
    const s = segment(
      `Headline here\n\n${sentence}\n\n${callout}\n\n${line}\n\nThe fights are long and the talk is short.`,
    );
    expect(s.removed).toContain(callout);
    expect(s.removed).not.toContain(line);
  });

  it('removes a photo caption that ends with its photographer and agency', () => {
    const caption = 'Ana de Armas as Eve in the snow. (Jo Marlow/Lionsgate)';
    const s = segment(
      `Headline here\n\nThe fights are long and the talk is short.\n${caption}\nThe snow is very white.`,
    );
    expect(s.removed).toContain(caption);
  });

  it('leaves a site’s average, with its vote count, out of the body', () => {
    const s = segment(
      'Customer reviews\n4.3 out of 5\n2,416 global ratings\n\nRATING 7.7/10 (318K)\n\nIt is a fine film.',
    );
    expect(s.removed).toEqual(expect.arrayContaining(['4.3 out of 5', 'RATING 7.7/10 (318K)']));
  });

  it('takes every line under the comments header, once the review has begun, for a reader’s', () => {
    const review =
      'The film is long and loud and I liked most of it, though the middle drags for a good twenty minutes.';
    const s = segment(
      `${review}\n\n97 Comments\nSort by: Best\nu/someone · 2 days ago\nHard disagree, I'd give it an 8/10 easily.`,
    );
    expect(s.blocks).toEqual([{ type: 'paragraph', text: review }]);
  });

  it('takes a kicker and then a rating off the headline', () => {
    expect(segment('Ballerina review: 7/10 – a nasty little treat\n\nIt is a fine film. Really.').title).toBe(
      'a nasty little treat',
    );
    expect(
      segment('Jane Roe\n2.0 out of 5 stars Pretty, loud and oddly empty\n\nIt is a fine film. Really.')
        .title,
    ).toBe('Pretty, loud and oddly empty');
  });

  it('takes an episode or issue number off the headline', () => {
    expect(segment('Episode 187 – Ballerina: pointe blank\n\nIt is a fine film. Really.').title).toBe(
      'Ballerina: pointe blank',
    );
    expect(segment('Matinee Mondays #131: the long, long goodbye\n\nIt is a fine film. Really.').title).toBe(
      'the long, long goodbye',
    );
  });

  it('reads the lines under a forum quote header as a block quote, someone else’s words', () => {
    const s = segment(
      'Originally posted by steelcut88:\nBest action film of the decade, 5/5.\n\nI disagree, and here is why.',
    );
    expect(s.blocks[0]).toEqual({ type: 'blockquote', text: 'Best action film of the decade, 5/5.' });
  });

  it('takes no lead-in line ending in a colon, nor a user name, for the headline', () => {
    expect(
      segment('Written up from the episode (scores are out of ten):\n\nIt is a fine film. Really.').title,
    ).toBeNull();
    expect(segment('ferrous_ghost\n\nIt is a fine film. Really.').title).toBeNull();
  });

  it('keeps prose that merely uses promo-ish words', () => {
    const s = segment('Eve stays connected to her past. She gets access to the Director.\nMore.');
    expect(s.removed).toEqual([]);
  });

  it('removes a short heading-like tail after the last promo line', () => {
    const s = segment(seed('004_41548d693e3df93c.txt'));
    expect(s.removed).toEqual([
      "Get access to exclusive strategies, hidden tips, and pro-level insights that we don't share publicly.",
      'Ultimate Gaming Strategy Guide + Weekly Pro Tips',
    ]);
  });

  it('takes the outlet a promo line names', () => {
    expect(segment(seed('001_7cd0c8dedc355856.txt')).outlet).toBe('Indori Nerd');
    expect(segment('Text.\nFollow us on Screen Rant.').outlet).toBe('Screen Rant');
  });

  it('takes the outlet from a publication credit', () => {
    const s = segment('Ballerina is great.\nOriginally published on The Film Stage.');
    expect(s.outlet).toBe('The Film Stage');
    expect(s.blocks).toHaveLength(1);
  });

  it('has no outlet when the text names none', () => {
    expect(segment(seed('000_707371c8b41e717f.txt')).outlet).toBeNull();
  });
});

describe('segment: sign-offs', () => {
  it('moves a dash sign-off ending a paragraph to the author', () => {
    const s = segment("Intro.\nIt's worth the ride. – Asmodeus\nWhat's next is unclear.");
    expect(s.author).toBe('Asmodeus');
    expect(s.blocks[1]).toEqual({ type: 'paragraph', text: "It's worth the ride." });
  });

  it.each([
    ['Review by Jane Doe', 'Jane Doe'],
    ['Reviewed by Ana María López', 'Ana María López'],
    ['By Sam Lee', 'Sam Lee'],
    ['— Kim Park', 'Kim Park'],
  ])('reads %j as the author', (line, author) => {
    const s = segment(`Ballerina is great.\n${line}`);
    expect(s.author).toBe(author);
    expect(s.blocks).toEqual([{ type: 'paragraph', text: 'Ballerina is great.' }]);
  });

  it('does not read a dash inside a sentence as a sign-off', () => {
    const s = segment('The film is stylish – Wick would approve of it all.\nMore.');
    expect(s.author).toBeNull();
  });

  it('finds the seed sign-off in the middle of the review', () => {
    const s = segment(seed('002_67b06dde32a0666c.txt'));
    expect(s.author).toBe('Asmodeus');
    expect(s.title).toBe('A New Name in a Familiar World');
  });
});

describe('segment: critics and outlets in newsletters, forums and blogs', () => {
  const body =
    'The fights are long and the stairs scene is the best thing in the whole film, by a distance, and I would watch it again tomorrow.';

  it('takes both from a newsletter footer, over a first-name sign-off', () => {
    const s = segment(
      `Hi all,\n\n${body}\n\nSee you next Friday,\n— Hal\n\nYou're receiving this because you subscribed to Frame Rate Friday.\nFrame Rate Friday is written by Halvard Quist · PO Box 1, Ashbury`,
    );
    expect(s.author).toBe('Halvard Quist');
    expect(s.outlet).toBe('Frame Rate Friday');
  });

  it('takes the forum from its breadcrumb and the poster from the name above their rank', () => {
    const s = segment(
      `Gunmetal Forums › Film & TV › Now Showing\nSome film (2023) — impressions thread\n#41\nferrous_ghost\nSenior Member\nJoined: Aug 2016 · Posts: 4,212\n\n${body}`,
    );
    expect(s.author).toBe('ferrous_ghost');
    expect(s.outlet).toBe('Gunmetal Forums');
  });

  it('takes both from a footer that describes the letter first', () => {
    const s = segment(
      `${body}\n\nProjector Hum is a weekly letter about films, written by Femke van Oorschot in Utrecht.`,
    );
    expect(s.author).toBe('Femke van Oorschot');
    expect(s.outlet).toBe('Projector Hum');
    expect(
      segment(`${body}\n\n– C.\n\nMatinee Mondays is written and sent by Cordelia Haverford-Osei.`).author,
    ).toBe('Cordelia Haverford-Osei');
  });

  it('drops the poster’s rank and stats line with the name', () => {
    const s = segment(`laneway_lurker\nMember · 612 posts\n\n${body}`);
    expect(s.author).toBe('laneway_lurker');
    expect(s.removed).toContain('Member · 612 posts');
  });

  it('takes a Reddit post’s author and subreddit, an author box, and a blog platform’s publication', () => {
    const reddit = segment(`r/StuntCinema\nPosted by u/halfmoon_gaffer · 2 days ago\n\n${body}`);
    expect([reddit.author, reddit.outlet]).toEqual(['halfmoon_gaffer', 'r/StuntCinema']);
    const bio = segment(
      `${body}\n\nAbout the author\nRavenna Holloway-Sutch is a film critic based in Sheffield.`,
    );
    expect(bio.author).toBe('Ravenna Holloway-Sutch');
    const medium = segment(
      `A title of some length here\nTobiah Marchetti-Lund\nFollow\nPublished in Long Takes · 4 min read · Jun 14, 2025\n\n${body}`,
    );
    expect(medium.outlet).toBe('Long Takes');
  });

  it('takes a user review’s author from the name above its date, and no critic from a section label', () => {
    expect(segment(`The stairs alone are worth it\nquillfeather_77\n26 March 2023\n\n${body}`).author).toBe(
      'quillfeather_77',
    );
    expect(segment(`CRITIC REVIEWS\n\n${body}`).author).toBeNull();
  });

  it('reads bylines and outlets of conventional pages: "By X on <date>", "X writes about film for Y", a dated edition, a strapline byline', () => {
    expect(segment(`Posted by Dorian Achterberg on June 9, 2025 · 4 min read\n\n${body}`).author).toBe(
      'Dorian Achterberg',
    );
    expect(segment(`Filed by Amandine Verhoeven under Reviews · 29 March 2023\n\n${body}`).author).toBe(
      'Amandine Verhoeven',
    );
    const bio = segment(`${body}\n\nLukas Varga writes about film and television for The Heron.`);
    expect([bio.author, bio.outlet]).toEqual(['Lukas Varga', 'The Heron']);
    expect(segment(`Reviewed by Bart Quaye\nThe Sunday Clarion, 26 March 2023\n\n${body}`).outlet).toBe(
      'The Sunday Clarion',
    );
    const diary = segment(
      `The Long Take\na film diary by Casimir Ndlovu-Frey\nMenu ≡\n\nSecond time's the charm\n\n${body}`,
    );
    expect([diary.author, diary.outlet, diary.title]).toEqual([
      'Casimir Ndlovu-Frey',
      'The Long Take',
      "Second time's the charm",
    ]);
  });

  it('takes no festival edition for the outlet', () => {
    const s = segment(
      `First look – The stairs are the thing | The Projection Booth\nSXSW 2023 · Posted March 14, 2023\n\n${body}\n\nMore from SXSW 2023`,
    );
    expect([s.title, s.outlet]).toEqual(['The stairs are the thing', 'The Projection Booth']);
  });

  it('takes a masthead above a lower-case menu or a section label for the outlet, and the line under it for the headline', () => {
    const menu = segment(
      `LATE SHOW LEDGER\nreviews · lists · the podcast · about us\nKnives out\n★★★½\n\n${body}`,
    );
    expect([menu.outlet, menu.title]).toEqual(['LATE SHOW LEDGER', 'Knives out']);
    const section = segment(
      `The Millbrook Herald\nEntertainment\nA long night at the opera of bullets\nBy Ada Quist\n\n${body}`,
    );
    expect([section.outlet, section.title, section.author]).toEqual([
      'The Millbrook Herald',
      'A long night at the opera of bullets',
      'Ada Quist',
    ]);
    expect(section.removed).toContain('Entertainment');
  });

  it('removes a station’s and a paper’s top furniture: straplines, weather, traffic, menus, language and cookie bars', () => {
    const top = [
      'Skip navigation',
      'Got a tip?',
      'Your Lower Fenwick Valley news leader',
      'The independent student newspaper of Marlow College since 1931',
      'News  Weather  Traffic  7 On Your Side  Watch Live',
      "Today's Paper   e-Edition   Subscribe   Log in",
      '54° Cloudy · H 61° L 40° · Full forecast',
      'Traffic alert: lane closed on Route 9 near the bridge',
      'DE | EN',
      'Privacy settings: We use cookies and similar technologies. Accept all · Settings',
      'We value your privacy. We and our 842 partners store and access information on your device, such as cookies, to measure audiences, personalise content and ads, and develop our services, which you can refuse or change at any time in the settings below. Accept all · Refuse all · Customise',
      'The Wick wiki · 1,206 pages',
    ];
    const s = segment(`${top.join('\n')}\nA dancer who fights like a brawler\n\n${body}`);
    // Removed lines are kept as cleaned: runs of spaces collapse.
    expect(s.removed).toEqual(expect.arrayContaining(top.map((l) => l.replace(/ {2,}/g, ' '))));
    expect(s.title).toBe('A dancer who fights like a brawler');
    const turn = '360° camera moves are the best thing in the film, and the fights are long.';
    expect(segment(`A dancer who fights like a brawler\n\n${turn}\n\n${body}`).removed).not.toContain(turn);
  });

  it('reads the critic from a dated "Posted … by" meta line, a forum meta line and a video’s credit', () => {
    expect(
      segment(`A title of some length\nPosted March 29, 2023 by Ines Moraga-Holt · 6 min read\n\n${body}`)
        .author,
    ).toBe('Ines Moraga-Holt');
    expect(
      segment(
        `A thread title of some length\nreel_talk88 · Gold Member · 3,881 edits · 2 days ago\n\n${body}`,
      ).author,
    ).toBe('reel_talk88');
    const video = segment(
      `BALLERINA Review: Is It Any Good? (Spoiler-Free, Then Spoilers)\nWritten and presented by Ines Moraga-Holt.\nChapters   Transcript\n\n${body}`,
    );
    expect([video.title, video.author]).toEqual(['Is It Any Good?', 'Ines Moraga-Holt']);
    expect(video.removed).toContain('Chapters Transcript');
  });

  it('removes a link list under a short header of its own, corrections, support asks and sponsor reads', () => {
    const tail = [
      'Trending on KWVR 8',
      'School board delays vote on a four-day week after a packed meeting',
      'Correction: An earlier version of this review misnamed the actor who plays Killa.',
      'Support The Northern Chronicle from just £2 a month',
      'Thanks to Brightside VPN for sponsoring this video! Get 3 months free with code REEL.',
    ];
    const s = segment(`A title of some length\n\n${body}\n\n${tail.join('\n')}`);
    expect(s.removed).toEqual(expect.arrayContaining(tail));
  });

  it('takes the critic from a name line under a long standfirst, with the date line below it', () => {
    const dek =
      'The franchise adds a dancer-assassin to its roster, but beyond a few breakable set pieces this is a series marking time until the next one';
    const s = segment(
      `A headline of some length\n${dek}\n★★☆☆☆\nIdris Okonkwo-Lane\nThu 5 Jun 2025 17.30 BST\n\n${body}`,
    );
    expect(s.author).toBe('Idris Okonkwo-Lane');
  });

  it('credits a wire review to the agency, not the station that carries it', () => {
    const s = segment(
      `KWXX 9 News\nNews  Weather  Traffic  Sports  Watch Live\nReview: A dancer who fights like a brawler\nBy Ada Quist, Associated Press\n\n${body}\n\nCopyright 2025 The Associated Press. All rights reserved.`,
    );
    expect([s.outlet, s.author, s.title]).toEqual([
      'The Associated Press',
      'Ada Quist',
      'A dancer who fights like a brawler',
    ]);
    expect(s.removed).toContain('KWXX 9 News');
  });

  it('takes a video channel’s name above its subscriber count for the outlet', () => {
    const s = segment(
      `Is It Any Good? A Review\nCut to the Chase with Ada\n212K subscribers\nSubscribe\n\n${body}`,
    );
    expect(s.outlet).toBe('Cut to the Chase with Ada');
  });

  it('reads an icon rating "out of 5" above the headline, and "<Outlet> · Reviews · <date>" for the outlet', () => {
    const s = segment(
      `🔫🔫🔫🔫 out of 5\nDonnie Yen walks away with it\nIda Brennan-Osei\nPopcorn Court · Reviews · March 26, 2023\n\n${body}`,
    );
    expect([s.title, s.author, s.outlet]).toEqual([
      'Donnie Yen walks away with it',
      'Ida Brennan-Osei',
      'Popcorn Court',
    ]);
    expect(segment(`A title of some length\nReviews · Ida Brennan-Osei · 5 min read\n\n${body}`).author).toBe(
      'Ida Brennan-Osei',
    );
  });

  it('keeps a paragraph that opens like a paywall counter ("You have read …"), and a headline under a menu opening with "Latest"', () => {
    const long = `You have read this paragraph before, in some form, about a dozen other films. ${body} ${body}`;
    const s = segment(
      `Latest  Film  Streaming  Essays\nA spin-off that gets its footwork right\nBy Ada Quist\n\n${long}`,
    );
    expect(s.title).toBe('A spin-off that gets its footwork right');
    expect(s.removed).not.toContain(long);
  });

  it('passes over a site’s short motto above the headline', () => {
    const s = segment(
      `Lumen & Loam\nCulture, slowly.\nHome | Film | Books\n\nThe stairs alone are worth the ticket — 16/20\nBy Ada Quist · Lumen & Loam\n\n${body}`,
    );
    expect([s.outlet, s.title]).toEqual(['Lumen & Loam', 'The stairs alone are worth the ticket']);
  });

  it('takes the outlet from an author box that names the critic’s job there', () => {
    const bio = segment(`${body}\n\nOrla Fenwick-Basu is Second Reel's deputy film editor.`);
    expect([bio.author, bio.outlet]).toEqual(['Orla Fenwick-Basu', 'Second Reel']);
  });

  it('reads "Written by X" alone as the critic’s byline, and in a credits block as the film’s writer', () => {
    const alone = segment(`${body}\n\nWritten by Ines Moraga-Holt\n312 claps · 14 responses`);
    expect(alone.author).toBe('Ines Moraga-Holt');
    expect(alone.removed).toContain('Written by Ines Moraga-Holt');
    const block = segment(`${body}\n\nDirected by Len Wiseman\nWritten by Shay Hatten\nRuntime: 125 minutes`);
    expect(block.author).toBeNull();
  });

  it('leaves readers’ and press averages, print-edition notes, numeric dates and "Like this:" out of the body', () => {
    const s = segment(
      `A title of some length here\n23-03-2023\n\n${body}\n\nReader score: 3.1/5 (412 votes) · Rate this film\nPress average: 3.9/5 · Spectators: 4.4/5\nThis article appeared in the print edition of Friday 6 June 2025.\nLike this:`,
    );
    expect(s.removed).toEqual(
      expect.arrayContaining([
        '23-03-2023',
        'Reader score: 3.1/5 (412 votes) · Rate this film',
        'Press average: 3.9/5 · Spectators: 4.4/5',
        'This article appeared in the print edition of Friday 6 June 2025.',
        'Like this:',
      ]),
    );
  });

  it('takes the poster from an edit note', () => {
    expect(segment(`${body}\nLast edited by reel_talk88; Mar 25, 2023 at 11:52 PM.`).author).toBe(
      'reel_talk88',
    );
  });

  it('takes the critic from a date line that names them', () => {
    const s = segment(`A long shrug\nMarch 27, 2023 by Delphine Abara-Whitcomb\n\n${body}`);
    expect(s.author).toBe('Delphine Abara-Whitcomb');
    expect(s.removed).toContain('March 27, 2023 by Delphine Abara-Whitcomb');
  });

  it('takes no section of a menu for the outlet, and finds the one the page names', () => {
    const s = segment(
      `Arts & Life | Film | Music | Stage | Books\nFILM REVIEW | The stairs are the thing\n\n${body}\n\nMore from The Northgate Echo`,
    );
    expect(s.outlet).toBe('The Northgate Echo');
    expect(segment(`Screenings | Capsules | Streaming | Search\n\n${body}`).outlet).toBeNull();
  });
});

describe('segment: whitespace', () => {
  it('normalizes non-breaking spaces, tabs and zero-width characters', () => {
    const s = segment('Ana\u00A0de\tArmas  shines\u200B here.\nMore.');
    expect(s.blocks[0]).toEqual({ type: 'paragraph', text: 'Ana de Armas shines here.' });
  });
});
