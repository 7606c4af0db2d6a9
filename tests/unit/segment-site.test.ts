import { describe, expect, it } from 'vitest';
import { extractRating } from '../../src/normalize/rating/index.ts';
import { BODY, body, page } from './page.ts';

describe("segment: the site's tagline under its masthead", () => {
  it.each([
    'Free every Thursday since 1994',
    'The film weekly of the river valley · English edition',
    'Fan-run since 2015 · Stunts, fights & the films that love them',
    "Singapore's guide to eating, playing and watching",
  ])('drops "%s" and takes the headline below it', (tagline) => {
    const s = page('THE REEL LEDGER', tagline, 'Home | Reviews | Features', 'A pirouette of grenades', BODY);
    expect(s.title).toBe('A pirouette of grenades');
    expect(body(s)).not.toContain(tagline);
  });

  it('drops a tagline above a headline of twenty words', () => {
    const headline =
      "'Ballerina' Review: Ana de Armas Hits Hard in a Spin-Off That Can't Stop Reading the Rulebook of Its Own Franchise";
    const s = page(
      'BOXSCORE DAILY',
      'The business of film and television',
      'Film | TV | Box Office',
      headline,
      BODY,
    );
    expect(body(s)).not.toContain('The business of film and television');
    expect(s.title).not.toBe('The business of film and television');
  });

  it('drops a tagline above a headline that asks a question', () => {
    const s = page(
      'Second Row',
      'Films, seen from the second row, by Femke Oudendijk',
      'Subscribe',
      'John Wick 4, or: how long is too long?',
      BODY,
    );
    expect(s.title).toBe('John Wick 4, or: how long is too long?');
    expect(body(s)).not.toContain('Films, seen from the second row');
  });

  it("drops a motto that names the site's kind, full stops and all", () => {
    const s = page(
      'Tarnmouth Evening Post',
      'Your city. Your news. Since 1872.',
      'A pirouette of grenades',
      BODY,
    );
    expect(s.title).toBe('A pirouette of grenades');
  });

  it('reads a masthead and its tagline on one line, set apart by an ornament', () => {
    const s = page(
      'THE REEL LEDGER ✦ action cinema for people who rewind the fights',
      'A pirouette of grenades and grief',
      BODY,
      'Community score: 8.2/10 from 412 members',
      '© 2025 The Reel Ledger',
    );
    expect(s.outlet).toBe('The Reel Ledger');
    expect(s.title).toBe('A pirouette of grenades and grief');
  });

  it('takes a line under the masthead for the headline when nothing but prose follows', () => {
    const s = page('THE REEL LEDGER', 'A pirouette of grenades and grief', 'June 5, 2025', BODY);
    expect(s.title).toBe('A pirouette of grenades and grief');
  });
});

describe("segment: an ad's copy under its label", () => {
  it('drops the copy that opens with an imperative, and keeps a headline under the label', () => {
    const ad = 'Stream every fight in the saga in 4K — try it free for 7 days';
    const s = page('Sponsored', ad, 'A pirouette of grenades', BODY);
    expect(s.title).toBe('A pirouette of grenades');
    expect(body(s)).not.toContain(ad);
    expect(page('Advertisement', 'A pirouette of grenades', BODY).title).toBe('A pirouette of grenades');
  });
});

describe('segment: menus, kickers and diary bylines', () => {
  it('drops a menu with an abbreviation in it ("U.S.")', () => {
    const menu = 'U.S.   World   Politics   Business   Arts   Movies';
    const s = page('A pirouette of grenades', menu, BODY);
    expect(body(s)).not.toContain('Politics');
  });

  it('passes over the film\'s title with "review" after it, to the headline below', () => {
    expect(page('FROM THE WORLD OF JOHN WICK: BALLERINA REVIEW', 'A pirouette of grenades', BODY).title).toBe(
      'A pirouette of grenades',
    );
  });

  it.each([
    'BREAKING: Lane closures on the bridge continue through Friday',
    'Board index ‹ Movies ‹ Now Playing',
    'Join Date: Nov 2009',
    'Search…',
  ])('drops "%s" from above the headline', (line) => {
    expect(page(line, 'A pirouette of grenades', BODY).title).toBe('A pirouette of grenades');
  });

  it("takes a name line under a long standfirst, with the critic's role between it and the date", () => {
    const dek =
      'The spin-off leans on its star and a ferocious final stretch to paper over a stop-start middle, and mostly gets away with it.';
    const s = page('A pirouette of grenades', dek, 'Jane Doe', 'Chief Film Critic', 'June 3, 2025', BODY);
    expect(s.author).toBe('Jane Doe');
  });

  it("takes the critic from a diary entry's byline", () => {
    expect(page('Diary entry by Jane Doe', BODY).author).toBe('Jane Doe');
  });
});

describe('segment: polls and kickers', () => {
  it("drops readers' and listeners' scores with a tally of voters, and leaves the critic's", () => {
    const poll = 'What did you think? Listeners rate it 4.3 out of 5 (612 votes) · Add your rating';
    const s = page('A headline that names nothing', BODY, poll, 'Our rating: 2/5');
    expect(body(s)).not.toContain('4.3 out of 5');
    expect(extractRating(body(s))).toMatchObject({ value: 2, max: 5 });
  });

  it("drops a site's rating with its count of votes, and keeps a rating line with release news after it", () => {
    const s = page('A headline that names nothing', 'FILMBASE RATING ★ 6.9/10 · 96K', BODY, '★ 4/10');
    expect(extractRating(body(s))).toMatchObject({ value: 4, max: 10 });
    const news = page('A headline that names nothing', BODY, 'Four stars. Ballerina is in cinemas now.');
    expect(extractRating(body(news))).toMatchObject({ value: 4, max: 5 });
  });

  it("drops a readers' star widget with its tally, so a review without a rating has none", () => {
    const widget = "Critics' aggregate 76% · Audience 92% · Readers ★★★★☆ (840 votes)";
    const s = page('A headline that names nothing', BODY, widget);
    expect(body(s)).not.toContain('★★★★☆');
    expect(extractRating(body(s))).toBeNull();
  });

  it('takes a "– review" kicker off the headline once its rating is off', () => {
    const s = page('A pirouette of grenades – review: 3.5 stars', BODY);
    expect(s.title).toBe('A pirouette of grenades');
    expect(s.titleRating).toContain('3.5 stars');
  });

  it('never takes the critic a labelled byline names for the outlet', () => {
    const s = page(
      'A pirouette of grenades',
      'Jane Doe',
      'Follow',
      'Published in Long Takes',
      BODY,
      'Written by Jane Doe',
      'More from Jane Doe and Long Takes',
    );
    expect(s.author).toBe('Jane Doe');
    expect(s.outlet).toBe('Long Takes');
  });
});
