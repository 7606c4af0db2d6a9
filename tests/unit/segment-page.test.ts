import { describe, expect, it } from 'vitest';
import { segment } from '../../src/normalize/segment/index.ts';
import { BODY, body, film, page } from './page.ts';

describe('segment: page furniture leaves the body', () => {
  it.each([
    'Skip to main content',
    'Home | Movies | TV | Reviews | Festivals',
    'Reviews › Action',
    'Advertisement',
    'Share on Facebook',
    'Facebook Twitter Email',
    '6 min read',
    'Updated June 5, 2025 3:14 pm ET',
    'Tags: Action, Ana de Armas, Lionsgate',
    'Photo: Lionsgate',
    'reviews/ballerina-review-ana-de-armas',
    'Sign up for our weekly newsletter',
    'Subscribe to keep reading',
    '214 comments',
    '#Ballerina #JohnWick',
    'Culture ▸ Film ▸ Reviews',
    '‹ Back',
    'View full site',
    'Search loopr',
    'Aa 🔖 ⤴',
    'We care about your privacy',
    'Log in to keep reading',
    'Added: 24. 3. 2023 | Reading: 6 min',
    'Ana de Armas as Eve in "Ballerina." (Lionsgate via AP)',
    'Cutting the Fight, part 7 of 12',
    'MeterScore 68/100 · based on 152 critic reviews',
    'Subscribe now: 99¢ for your first month',
    "Editor's pick",
    'Contains spoilers',
    'Table of contents',
    'Gift article',
    'Article continues after this ad',
    'Trending: Box office weekend, Ballerina opens soft',
    'Now streaming: Ballerina on Prime Video',
    '(Lionsgate)',
    'Ana de Armas in From the World of John Wick: Ballerina. LIONSGATE HANDOUT',
    '« Scream VI Air »',
    '← Previous: Aftersun, again',
    'Johannesburg 14°C · R/$ 17.84 · Load-shedding: not scheduled today',
    'Your cinema: Orbit Sheffield Riverside ▾ Sign in',
    "Patreon members get an ad-free feed and a bonus episode every Friday. It's the best four dollars you'll spend this month.",
    '44',
    'WBN acknowledges the Traditional Custodians of the lands on which we live, work and broadcast, and pays respect to Elders past and present.',
    "Read this week's paper online: Digital Edition from €1.50 a week",
    'a Wellington film blog · cheap seats, strong opinions, since 2012',
    'Next: Tár and the art of the long pause →',
    'Recent: Creed III B+ · Scream VI C+ · 65 D · Cocaine Bear C',
    '♥ 64',
    '♡ 38 💬 11 ↻ Share',
    'Audience average: 4.5 of 5 (9,870 ratings)',
    'Reader rating: ★★★½ (average of 214 votes) · Rate this movie',
    'Post by gravelvoice_gwen » Sat Jun 07, 2025 11:42 pm',
    '👍 12 😂 3 😡 1',
    'Low Light Letters · Issue #47',
    'Sections ▾ Pages ▾ Zoom + − Text view Print Share Download PDF',
    'frameratefiend liked this',
    'saltandsabre reblogged this and added: the candle meetings are real though',
    'From: The Electric Lantern <letters@electriclantern.co.uk>',
    'Subject: This week at the Lantern',
    'Search this site',
    'r/flickdiscourse comments',
    'r/FilmDiscussionClub • 19 hr. ago',
    'Issue No. 47 · Spring 2023 · 12 poems, 6 essays, 1 film',
    'In this issue: Spring clean-up dates · Library opening times',
    'SPRING TOUR: Austin, Denver & Minneapolis on sale now →',
    'Forums › Off the Mat › Movies, TV & Fight Choreography',
    'Get App Log In',
    'Page 6',
    'WEEKEND | Page C1',
    'Fri 24 – 17:45, 20:30',
    'Off Shift › Film & TV',
    '‹ Today',
    'U.S. Army (Ret.) · Infantry, 1988–2010 · Posted 2d ago',
    'Spring 2023 · Vol. 61, No. 2',
    "Friday film live: Ballerina and the rest of the weekend's new releases, reviewed as they land",
    'School closings & delays: 3 active',
    'For You Following Explore + Create 🔔',
    'Cut to Black © 2023',
    'LIVE',
    'Flipped by Jane Doe into Action on Screen',
    'Hide spoilers Sort by: Helpfulness ▾ Filter by rating: Show all ▾',
    'Your Say › Letters',
    '▶ Listen Live Schedule Programs News Arts & Culture Donate',
    'Seen at: The Grand Electric, Screen 1 · Projection ★★★★ · Sound ★★★★★',
    "Members' preview: free to read until 30 April",
  ])('drops "%s"', (line) => {
    const s = page('A headline that names nothing', line, BODY, 'The end is worth the wait, truly.');
    expect(body(s)).not.toContain(line);
    expect(s.removed).toContain(line);
  });

  it("drops a replica's toolbar set apart by wide spaces, arrows and all", () => {
    const s = page(
      'A headline that names nothing',
      'Contents   ‹ Previous page   Next page ›   Zoom   Download PDF',
      BODY,
    );
    expect(body(s)).not.toContain('Download PDF');
  });

  it('drops a headline printed a second time, and a caption above a photo credit', () => {
    const s = page(
      'Dancing with grenades',
      'Dancing with grenades',
      'Ana de Armas in a fight.',
      'Photo: Lionsgate',
      BODY,
    );
    expect(s.title).toBe('Dancing with grenades');
    expect(body(s)).not.toContain('Dancing with grenades');
    expect(body(s)).not.toContain('Ana de Armas in a fight.');
  });
});

describe('segment: the author box under the review', () => {
  it.each([
    "Jane Okafor-Lind is The Republic Standard's film critic. She has covered movies since 2011 and lives in Baltimore.",
    "Mathilde Aguirre is Trente-Cinq's Paris correspondent. Her book on stunt cinema is out next spring.",
    'Corliss Fenwick reviews movies for the Sentinel. Reach him at cfenwick@example.com.',
  ])('drops "%s" and takes its name for the critic', (line) => {
    const s = page('A headline that names nothing', BODY, line);
    expect(body(s)).not.toContain(line);
    expect(s.author).toBe(line.split(/ is | reviews /)[0]);
  });
});

describe('segment: the credits block', () => {
  it('never takes a grade for a credit ("Original score: B–" is the critic\'s, not the composer\'s)', () => {
    expect(body(page('A headline that names nobody', 'Original score: B–', BODY))).toContain(
      'Original score: B–',
    );
  });

  it('keeps credits as a credits list, in any case, and never takes a writer for the critic', () => {
    const s = page(
      BODY,
      'DIRECTOR: LEN WISEMAN',
      'Written by: Shay Hatten',
      'Runtime: 125 minutes',
      'Rated R',
    );
    const credits = s.blocks.find((b) => b.type === 'list' && b.credits);
    expect(credits?.type === 'list' && credits.items).toEqual([
      'DIRECTOR: LEN WISEMAN',
      'Written by: Shay Hatten',
      'Runtime: 125 minutes',
      'Rated R',
    ]);
    expect(s.author).toBeNull();
  });
});

describe('segment: the critic', () => {
  it.each([
    [['By Jane Doe'], 'Jane Doe'],
    [['Review by Jane Doe'], 'Jane Doe'],
    [['Critic: Jane Doe'], 'Jane Doe'],
    [['Jane Doe · June 6, 2025 · 5 min read'], 'Jane Doe'],
    [['By Jane Doe and John Roe'], 'Jane Doe'],
    [['Jane Doe @janedoe'], 'Jane Doe'],
    [['Jane Doe, Film Critic'], 'Jane Doe'],
    [['Review by Jane Doe, mom of three'], 'Jane Doe'],
  ])('finds the critic in %j under the headline', (byline, critic) => {
    expect(page('A headline that names nobody', ...byline, BODY).author).toBe(critic);
  });

  it('finds the critic in a sign-off, with the outlet after a comma or "for"', () => {
    expect(page(BODY, '— Jane Doe, The Reel Ledger')).toMatchObject({
      author: 'Jane Doe',
      outlet: 'The Reel Ledger',
    });
    expect(page(BODY, '— Jane Doe for The Reel Ledger')).toMatchObject({
      author: 'Jane Doe',
      outlet: 'The Reel Ledger',
    });
    expect(page(BODY, '-- Jane Doe').author).toBe('Jane Doe');
  });

  it('takes "Jane Doe, Entertainment Editor" and a name-and-date line under a long dek for the critic', () => {
    expect(page('A headline that names nobody', 'Tolu Adeyinka, Entertainment Editor', BODY).author).toBe(
      'Tolu Adeyinka',
    );
    const dek =
      'Ana de Armas plays an assassin out for revenge in the first spin-off of the series, and the fights alone are worth it';
    expect(
      page('A headline that names nobody', dek, 'Cheryl Tan Wei Ling | Updated: 05 Jun 2025, 6:30 pm', BODY)
        .author,
    ).toBe('Cheryl Tan Wei Ling');
  });

  it('takes a name on the first line for the critic when the line under it gives their role', () => {
    const s = segment(`Eleanor Quist\nSpecial to the Examiner\nPublished June 11, 2025\n\n${BODY}`, film);
    expect(s.author).toBe('Eleanor Quist');
    expect(s.title).toBeNull();
    expect(body(s)).not.toContain('Special to the Examiner');
  });

  it("keeps the critic's rating on the byline line for the rating stage", () => {
    const s = page(
      'A headline that names nobody',
      'By Jane Doe | Courier movie critic | 7.5 out of 10',
      BODY,
    );
    expect(s.author).toBe('Jane Doe');
    expect(body(s)).toContain('7.5 out of 10');
    expect(
      page('A headline', 'Reviewed by Jane Doe · March 21, 2023 · Grade: A', BODY)
        .blocks.map((b) => JSON.stringify(b))
        .join(' '),
    ).toContain('Grade: A');
  });

  it("never takes a reader's comment header below the review for the critic", () => {
    const s = page(
      'A headline that names nobody',
      'By Jane Doe',
      BODY,
      '14 comments',
      'grenade_fan • 18 hr. ago',
      'Loved it.',
    );
    expect(s.author).toBe('Jane Doe');
  });

  it("never takes a byline's job title for the outlet, nor a line of capitals for the critic", () => {
    expect(page('A headline that names nobody', 'By Jane Doe, Film Critic', BODY).outlet).toBeNull();
    expect(
      page('A headline that names nobody', 'READ IN APP', 'CONTENT AT A GLANCE', BODY).author,
    ).toBeNull();
  });
});

describe('segment: the outlet', () => {
  it.each([
    [['The Reel Ledger score: 4/5'], 'The Reel Ledger'],
    [['© 2025 The Reel Ledger. All rights reserved.'], 'The Reel Ledger'],
    [['This review originally appeared in The Reel Ledger.'], 'The Reel Ledger'],
    [['Enjoying this? Get the Reel Ledger newsletter every Friday.'], 'Reel Ledger'],
    [["You're receiving this because you subscribed to the Reel Ledger newsletter."], 'Reel Ledger'],
    [['Filed to: The Reel Ledger / Arts / Screen'], 'The Reel Ledger'],
  ])('finds the page naming itself in %j', (lines, outlet) => {
    expect(page('A headline that names nobody', BODY, ...lines).outlet).toBe(outlet);
  });

  it('takes a masthead above its strapline and menu', () => {
    const s = page('The Reel Ledger', 'one seat from the exit since 2009', 'Home | Reviews | About', BODY);
    expect(s.outlet).toBe('The Reel Ledger');
  });

  it("takes a paper's name on a line of its own under the byline, and drops it from the body", () => {
    const s = page(
      'A headline that names nobody',
      'By Jane Doe',
      '7 June 2025',
      'The Northgate Courier',
      BODY,
    );
    expect(s.outlet).toBe('The Northgate Courier');
    expect(s.author).toBe('Jane Doe');
    expect(body(s)).not.toContain('The Northgate Courier');
  });

  it('takes no certificate label for an outlet ("US rating: R")', () => {
    expect(page('A headline that names nobody', BODY, 'US rating: R').outlet).toBeNull();
  });

  it('takes a masthead above a menu, and drops it from the body', () => {
    const s = page(
      'The Reel Ledger',
      'Home | Reviews | Features | About',
      'A headline that names nobody',
      BODY,
    );
    expect(s.outlet).toBe('The Reel Ledger');
    expect(s.title).toBe('A headline that names nobody');
    expect(body(s)).not.toContain('The Reel Ledger');
  });
});

describe('segment: the headline', () => {
  it('takes a tacked-on rating and a kicker off the headline, and hands the rating on', () => {
    const s = page('Ballerina review – a pirouette of grenades ★★★★', BODY);
    expect(s.title).toBe('a pirouette of grenades');
    expect(s.titleRating).toBe('★★★★');
    expect(page('[9/10] A pirouette of grenades', BODY).title).toBe('A pirouette of grenades');
  });

  it('keeps a rating line of its own in the body, never taking it for a date or a link', () => {
    expect(body(page('A headline that names nobody', '7.5/10', BODY))).toContain('7.5/10');
    const first = page('16/20', 'A headline that names nobody', BODY);
    expect(first.title).toBe('A headline that names nobody');
    expect(body(first)).toContain('16/20');
  });

  it('never takes a rating line, a date, a menu or the bare film title for the headline', () => {
    expect(page('Rating: 2/5', 'A pirouette of grenades', BODY).title).toBe('A pirouette of grenades');
    expect(page('June 5, 2025', BODY).title).toBeNull();
    expect(page('Home | Reviews | Features', BODY).title).toBeNull();
    expect(page('From the World of John Wick: Ballerina', 'Director: Len Wiseman', BODY).title).toBeNull();
    expect(
      page('From the World of John Wick: Ballerina', 'Original title: Ballerina', BODY).title,
    ).toBeNull();
    expect(page('Ballerina (15, 125 mins)', BODY).title).toBeNull();
    expect(
      page('From the World of John Wick: Ballerina (2025) · R · 2h 5m · Action, Thriller', BODY).title,
    ).toBeNull();
  });

  it('takes the headline under a "Trending:" line, a kicker and a tacked-on "[7/10]"', () => {
    const s = page(
      'TRENDING: Box office weekend, Ballerina opens soft · Inside the premiere',
      'MOVIE REVIEW',
      'Ballerina is three hours of correct action [7/10]',
      'Reviewed by Chiamaka Obi',
      BODY,
    );
    expect([s.title, s.titleRating]).toEqual(['Ballerina is three hours of correct action', '[7/10]']);
  });

  it('takes the headline under a numbered "Trending" list and a section label in capitals', () => {
    const s = page(
      'Trending',
      '1. Council confirms new bin collection days from April',
      '2. Eleven spring walks within an hour of the city',
      'ENTERTAINMENT',
      'Ana de Armas cannot dance around a hollow script',
      'Our film critic says the spin-off has the moves, and not much behind them',
      'By Marguerite Haas',
      BODY,
    );
    expect(s.title).toBe('Ana de Armas cannot dance around a hollow script');
    expect(body(s)).not.toContain('Council confirms');
  });

  it('takes a short headline above a long dek on a page whose masthead is known', () => {
    const s = page(
      'THE RIVERBEND READER',
      'News | Music | Film | Events',
      'Pirouettes and Powder Burns',
      "Ballerina is the nastiest, bloodiest, most punishing fun you'll have in a theater this summer",
      'by Marguerite Strand',
      BODY,
    );
    expect(s.title).toBe('Pirouettes and Powder Burns');
  });

  it("passes over a column's name in capitals above a headline in mixed case", () => {
    expect(page('THE TEN-POINT COLUMN', 'Dancing in Place', BODY).title).toBe('Dancing in Place');
    expect(page('JOHN WICK: CHAPTER 4 REVIEW', BODY).title).toBe('JOHN WICK: CHAPTER 4 REVIEW');
  });

  it('takes a star count after the kicker off the headline', () => {
    const s = page('Ballerina review: 2 stars – a spin-off that trips over its title', BODY);
    expect(s.title).toBe('a spin-off that trips over its title');
    expect(s.titleRating).toBe('2 stars –');
    expect(page('Five stars for nobody in particular', BODY).title).toBe(
      'Five stars for nobody in particular',
    );
  });
});
