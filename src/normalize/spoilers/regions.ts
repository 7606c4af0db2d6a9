/**
 * Spoiler stage: decides which blocks of a review sit behind a spoiler control.
 *
 * MARKED regions (reason 'marked', cue = the marker as the author wrote it, minus trailing ':', '.', dashes).
 * - A marker is a heading that mentions spoilers ("⚠️ Spoilers Below: Full Breakdown & Big Reveals",
 *   "[Spoilers]", "** SPOILERS **"), a paragraph or block quote that starts with one ("SPOILER ALERT",
 *   "Spoiler warning", "Spoilers ahead!", "Warning: major spoilers follow"), or a short first sentence
 *   that announces them ("The rest of this review contains spoilers.", "Stop reading now if you
 *   haven't seen it.").
 * - Scope. A marker alone in its block, or one that points forward ("ahead", "below", "follow",
 *   "from here", "section", ...), opens a marked section. An inline prefix followed by content in the
 *   same block ("SPOILER ALERT: Eve dies at the end.", "[Spoilers] ...", "Spoiler: ...") hides only that
 *   content. Either way the marker is split off into its own visible block of the same type and the
 *   content becomes the next block; that is the only way output blocks differ from input blocks. Text is
 *   kept as written (no case change).
 * - A marked section ends at (exclusive): an end marker ("End of spoilers", "Spoilers end here",
 *   "/spoilers", "Spoiler-free from here"; a paragraph whose last sentence is one ends the section after
 *   it), a spoiler-free statement, the next marker, a heading or short paragraph from the verdict
 *   vocabulary ("The Good", "The Bad", "Verdict", "Conclusion", "Final Thoughts", "Bottom Line",
 *   "Should You See It?", "Pros", "Cons", "What's Next?", "Overall", "Rating", ... also "Verdict: ..."
 *   paragraphs), else the end of the document. Any other heading is a sub-heading.
 * - Each sub-section gets its own region labelled with its sub-heading ("Plot Summary", "Ending"). The
 *   sub-heading stays visible outside the region unless it reveals something itself (a non-generic
 *   cue, e.g. "Winston Dies"): then it goes inside and the label is the cue's kind. Content between
 *   the marker and the first sub-heading, and block-scoped content, is labelled by the kind of the
 *   first cue in it, else "Plot details". Markers, end markers and sub-headings with nothing to hide
 *   make no region: regions are never empty.
 * - Spoiler-free statements mark nothing ("This review is spoiler-free", "No spoilers ahead", "I won't
 *   spoil", "without spoilers"); as a heading or short paragraph they also end an open section.
 *   "Minor/mild/light spoilers (only)" is a disclaimer about the whole review, not a marker: it marks
 *   nothing, and detection still hides any concrete reveal.
 *
 * DETECTED regions (reason 'detected'): outside marked sections, each paragraph, list and block quote
 * whose text holds a cue (see spoilerCue) becomes a one-block region; headings only for non-generic
 * cues. Labels: "Ending", "Twist", "A character's fate", "Betrayal", "Plot reveal". Cues are text
 * patterns (no character list): a fate verb needs a character-like subject (capitalized name, pronoun,
 * "her father"); a kill verb needs a character object ("the villain", a name), so action praise ("takes
 * down a squad", "dispatching the final boss", "delivering a fatal blow") is not a reveal. Not reveals
 * either: negated or near fates ("Nobody dies", "nearly killed"), backstory and premise ("after
 * witnessing her father's murder as a child", "the man who murdered her father", "avenge her father's
 * murder"), real-world deaths (a year, "passed away"), thematic words ("a system that betrayed her",
 * "twists the knife", "plot twists", "a twist on the formula"), verdict idioms ("In the end, ...",
 * "ends with a bang", "turns out to be a blast"), and sentences that withhold ("I won't spoil ...").
 */

import type { Film } from '../../schemas/film.ts';
import { type Block, blockText, type SpoilerRegion } from '../blocks.ts';
import { splitSentences } from '../text/index.ts';
import { blockCue, type Cue, findCue } from './cues.ts';
import { inlineMarker, isWarningSentence } from './inline.ts';
import { type Classified, classify, DECOR, DECOR_END, type Role, trimEndOf } from './markers.ts';
import type { Kind } from './rule.ts';
import { KEY_WORDS } from './rules.ts';
import { type StoryReading, storyReader } from './story.ts';

const LEADING_DECOR = new RegExp(`^${DECOR}+`, 'u');
const DECOR_CHAR = new RegExp(DECOR_END, 'u');

/** Title-case words that read as verbs or function words, lower-cased so "Winston Dies" reads as a sentence. */
const TITLE_WORD = new RegExp(
  String.raw`(?<=\s)(?:${KEY_WORDS.source.slice(2)}|The|A|An|Her|His|Their|Him|Them|Is|Was|Are|Were|Gets|Got|To|Be|By|Of|In|On|As|That|With|When|Up|Out|Off|All|It)\b`,
  'gi',
);

/** The cue in a heading, read as written and then with its title-case verbs lower-cased. */
function headingCue(text: string): Cue | null {
  return findCue(text) ?? findCue(text.replace(TITLE_WORD, (w) => w.toLowerCase()));
}

/** A heading's text as a control label: without decoration or a trailing colon. */
function headingLabel(text: string): string {
  const label = trimEndOf(text.replace(LEADING_DECOR, ''), DECOR_CHAR).trim();
  return label || 'Plot details';
}

function firstKind(blocks: readonly Block[], start: number, end: number): Kind | null {
  for (let i = start; i < end; i++) {
    const block = blocks[i];
    const found = block && block.type !== 'heading' ? blockCue(block) : null;
    if (found) return found.kind;
  }
  return null;
}

const closesSection = (role: Role): boolean =>
  role.kind === 'end' ||
  role.kind === 'marker' ||
  ((role.kind === 'heading' || role.kind === 'content') && role.breaks);

/** Hides blocks behind spoiler controls: the author's marked sections, then detected plot reveals. */
export function findSpoilers(
  blocks: readonly Block[],
  film?: Film,
): { blocks: Block[]; regions: SpoilerRegion[] } {
  const items = blocks.flatMap(classify);
  const out = items.map((c) => c.block);
  const regions: SpoilerRegion[] = [];
  const marked = (start: number, end: number, cue: string, label: string): void => {
    if (end > start) regions.push({ start, end, reason: 'marked', cue, label });
  };

  let i = 0;
  while (i < items.length) {
    const item = items[i] as Classified;
    const { role } = item;
    if (role.kind === 'marker') {
      if (!role.section) {
        marked(i + 1, i + 2, role.cue, firstKind(out, i + 1, i + 2) ?? 'Plot details');
        i += 2;
        continue;
      }
      let end = i + 1;
      while (end < items.length) {
        const r = (items[end] as Classified).role;
        if (closesSection(r)) break;
        end++;
        if (r.kind === 'content' && r.endsAfter) break;
      }
      let from = i + 1;
      let label: string | null = null;
      for (let k = i + 1; k <= end; k++) {
        const r = k < end ? (items[k] as Classified).role : null;
        if (r !== null && r.kind !== 'heading') continue;
        marked(from, k, role.cue, label ?? firstKind(out, from, k) ?? 'Plot details');
        if (r === null) break;
        const heading = blockText(out[k] as Block);
        const found = headingCue(heading);
        if (found && !found.mention) {
          from = k;
          label = found.kind;
        } else {
          from = k + 1;
          label = headingLabel(heading);
        }
      }
      i = end;
      continue;
    }
    i++;
  }
  const markers = new Set(
    items.flatMap((c, k) => (c.role.kind === 'marker' || c.role.kind === 'end' ? [k] : [])),
  );
  return detectReveals(out, regions, markers, storyReader(film));
}

/**
 * Outside the author's sections, hides what reveals the plot, a sentence at a time: a paragraph is
 * split where its first reveal starts (the setup before it stays visible) and everything after it
 * in the paragraph is hidden with it. An inline marker hides its own sentence. A list or quote with
 * a reveal is hidden whole; a heading only for a cue that is more than a mention.
 */
function detectReveals(
  blocks: readonly Block[],
  marked: readonly SpoilerRegion[],
  markers: ReadonlySet<number>,
  read: (sentence: string) => StoryReading,
): { blocks: Block[]; regions: SpoilerRegion[] } {
  const out: Block[] = [];
  const regions: SpoilerRegion[] = [];
  blocks.forEach((block, i) => {
    const inMarked = marked.find((r) => i >= r.start && i < r.end);
    if (inMarked) {
      const last = regions.at(-1);
      if (last && last.reason === 'marked' && last.end === out.length && i > inMarked.start) last.end++;
      else regions.push({ ...inMarked, start: out.length, end: out.length + 1 });
      out.push(block);
      return;
    }
    if (markers.has(i)) {
      out.push(block);
      return;
    }
    if (block.type !== 'paragraph') {
      const found = block.type === 'heading' ? headingCue(block.text) : revealIn(block, read);
      if (found && (block.type !== 'heading' || !found.mention))
        regions.push({
          start: out.length,
          end: out.length + 1,
          reason: 'detected',
          cue: found.cue,
          label: found.kind,
        });
      out.push(block);
      return;
    }
    const parts = splitAtReveals(block.text, read);
    for (const part of parts) {
      if (part.hide) regions.push({ start: out.length, end: out.length + 1, ...part.hide });
      out.push(parts.length === 1 ? block : { type: 'paragraph', text: part.text });
    }
  });
  return { blocks: out, regions };
}

/** A run of a paragraph's sentences, and the region that hides it, if any. */
interface Part {
  text: string;
  hide: Omit<SpoilerRegion, 'start' | 'end'> | null;
}

/** What a sentence reveals: an inline marker, a known reveal of the film, or a generic cue. */
function sentenceReveal(sentence: string, read: (s: string) => StoryReading): Part['hide'] {
  const marker = inlineMarker(sentence);
  if (marker) return { reason: 'marked', cue: marker, label: findCue(sentence)?.kind ?? 'Plot details' };
  const story = read(sentence);
  if (story.reveal) return { reason: 'detected', cue: story.reveal, label: 'Plot reveal' };
  const found = findCue(sentence);
  // A death, betrayal or mission the premise already states ("her father is murdered", "sends Caine
  // after Wick") reveals nothing; a twist, an ending or an uncovered truth still does.
  if (!found || (story.premise && found.premise)) return null;
  return { reason: 'detected', cue: found.cue, label: found.kind };
}

/** The first reveal in a list or block quote, item by item. */
function revealIn(block: Block, read: (s: string) => StoryReading): Cue | null {
  for (const part of block.type === 'list' ? block.items : [blockText(block)]) {
    for (const sentence of splitSentences(part)) {
      const hide = sentenceReveal(sentence, read);
      if (hide) return { cue: hide.cue, kind: hide.label as Kind, mention: false, premise: false };
    }
  }
  return null;
}

/** Splits a paragraph into visible and hidden runs of sentences. */
function splitAtReveals(text: string, read: (s: string) => StoryReading): Part[] {
  // Splitting into sentences is the costly part: only for text where a cue, marker or fact may be.
  if (!/spoil/i.test(text) && !findCue(text, true) && !read(text).reveal) return [{ text, hide: null }];
  const parts: Part[] = [];
  let revealing: Part['hide'] = null;
  for (const sentence of splitSentences(text)) {
    const warning = isWarningSentence(sentence);
    const own = warning
      ? { reason: 'marked' as const, cue: sentence.trim().replace(/[.!…]+$/u, ''), label: 'Plot details' }
      : sentenceReveal(sentence, read);
    const hide = own?.reason === 'marked' ? own : (revealing ?? own);
    if (own && own.reason === 'detected') revealing ??= own;
    // A sentence that only warns hides the rest of its paragraph with it.
    if (warning) revealing = own;
    const last = parts.at(-1);
    if (last && sameRegion(last.hide, hide)) last.text += ` ${sentence}`;
    else parts.push({ text: sentence, hide });
  }
  return parts;
}

function sameRegion(a: Part['hide'], b: Part['hide']): boolean {
  return a === b || (a !== null && b !== null && a.reason === b.reason && a.cue === b.cue);
}
