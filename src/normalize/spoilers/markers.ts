/** The author's spoiler markers: block markers, end markers, spoiler-free statements, verdict sections. */
import type { Block } from '../blocks.ts';
import { splitSentences } from '../text/index.ts';

// Markers.

/** Leading decoration around a marker: emoji, brackets, asterisks, rules, bullets. */
export const DECOR = String.raw`[\s\p{Extended_Pictographic}\uFE0F\u200D*_~=#>\[\](){}<|!•·–—-]`;
export const DECOR_END = String.raw`[\s\p{Extended_Pictographic}\uFE0F\u200D*_~=#\[\](){}<>|!.:…–—-]`;
const SPOIL = /\bspoil(?:er|ers|ery)\b/i;
/** A marker at the start of a block: "SPOILER ALERT", "Warning: major spoilers follow", "[Spoilers]". */
const MARKER_HEAD = new RegExp(
  String.raw`^(?:${DECOR}*)(?:(?:warning|caution|heads[\s-]?up|alert|attention|note)\s*[:!,.–—-]?\s*)?(?:(?:major|massive|huge|big|heavy|full|serious|severe|plot|ending|story|total)\s+)?spoil(?:ers|ery|er)\b(?![\s-]*(?:free|light|less)\b)(?:[\s-]+(?:alert|warning|ahead|below|follow(?:s|ing)?|inside|galore|section|zone|territory|discussion|talk|incoming|begins?|starts?|here|from\s+here(?:\s+on(?:wards?)?)?|beyond\s+this\s+point|for\s+(?:the\s+)?(?:ending|finale|film|movie|plot|third\s+act|whole\s+film))){0,3}(?<close>[\s\p{Extended_Pictographic}\uFE0F*_~\])}>|!]*)(?<sep>[:.–—-]*)`,
  'iu',
);
/** Marker words that point forward: the marker opens a section rather than hiding one block. */
const FORWARD =
  /\b(?:ahead|below|follow(?:s|ing)?|inside|here|beyond|incoming|begins?|starts?|section|zone|territory|discussion|talk|rest\s+of|from\s+now)\b/i;
/** "This review contains spoilers": a sentence that announces spoilers. */
const ANNOUNCES =
  /\b(?:contains?|discuss(?:es|ing)?|includes?|(?:is|are)\s+full\s+of|there\s+(?:will\s+)?be)\s+(?:(?:some|major|massive|heavy|full|serious|plot|huge|big)\s+)?spoil(?:er|ers|ery)\b/i;
/** What an announcing sentence must be about: this review or what follows, not the trailer. */
const ABOUT_REVIEW =
  /\b(?:review|section|post|article|piece|part|paragraph|discussion|following|follows|below|rest|analysis|breakdown|recap)\b/i;
/**
 * "If you haven't seen it, stop reading": a warning even without the word "spoiler". Not "if you
 * haven't seen the trailers", which leads into the setup for newcomers.
 */
const WARNS =
  /\b(?:if\s+you\s+(?:don['’]?t|do\s+not|haven['’]?t|have\s+not)\s+(?:want|wish|like|seen|watched)(?!\s+(?:the\s+|a\s+|any\s+)?(?:trailers?|teasers?|previews?|earlier\s+films?|other\s+films?|first\s+(?:one|film|three)))|stop\s+reading|(?:don['’]?t|do\s+not)\s+read\s+(?:on|further|any\s+further|ahead|past))\b/i;
/** "This review is spoiler-free", "No spoilers ahead", "I won't spoil": marks nothing. */
const SPOILER_FREE =
  /\b(?:spoiler[\s-]*free|spoilerless|non[\s-]?spoiler(?:y|s)?|spoiler[\s-]*light)\b|\b(?:no|zero|without|avoid(?:s|ing)?|sans|free\s+of|won['’]?t|will\s+not|not|don['’]?t|do\s+not|never|nothing)\b(?:\W+\w+){0,3}?\W+spoil/i;
/** "See the very bottom, spoilers and all": a pointer to spoilers further down, which open nothing here. */
const ELSEWHERE = /\b(?:see|at|skip\s+to|jump\s+to|scroll\s+to)\s+(?:the\s+)?(?:very\s+)?(?:bottom|end)\b/i;
/** "Minor spoilers only": a disclaimer, not a marker. */
const MINOR = /\b(?:minor|mild|light|small|slight|vague|tiny|little)\s+spoil(?:er|ers|ery)\b/i;
const END_MARKER = new RegExp(
  String.raw`^(?:${DECOR}*)(?:[\[<(]?\/\s*spoilers?|end(?:\s+of)?(?:\s+the)?\s+spoilers?(?:\s+(?:section|zone|talk|discussion|alert|warning))?|spoilers?(?:\s+(?:section|zone|talk|discussion))?\s+(?:end|ends|ended|over|done|finished|stop|complete)(?:\s+here)?|back\s+to\s+(?:being\s+)?spoiler[\s-]*free(?:\s+\p{L}+)?|spoiler[\s-]*free\s+(?:again|territory|zone|section|below|(?:from\s+)?here(?:\s+on(?:wards?)?)?|from\s+now\s+on)|(?:the\s+)?rest\s+(?:of\s+(?:this|the)\s+review\s+)?is\s+spoiler[\s-]*free|no\s+more\s+spoilers(?:\s+(?:from\s+here|below|beyond\s+this\s+point))?)(?:${DECOR_END}*)$`,
  'iu',
);
/** Headings (or "Verdict: ..." paragraphs) that start a non-plot section. */
const VERDICT = String.raw`(?:the\s+)?(?:good|bad|ugly|verdict|final\s+verdict|our\s+verdict|conclusion|in\s+conclusion|(?:final|closing|last)\s+thoughts?|(?:final|last)\s+word|bottom\s+line|should\s+you\s+(?:see|watch|stream)\s+it|is\s+it\s+worth\s+(?:it|watching|seeing)|worth\s+(?:watching|seeing|it)|pros|cons|pros\s+(?:and|&)\s+cons|what['’]?s\s+next|overall|rating|score|final\s+score|our\s+rating|wrap[\s-]?up|tl;?dr)`;
const VERDICT_HEADING = new RegExp(
  String.raw`^(?:${DECOR}*)${VERDICT}(?:\s*[:?!.,–—-].*|\s+(?:on|about|for)\s.*)?$`,
  'iu',
);
const VERDICT_PARAGRAPH = new RegExp(String.raw`^(?:${DECOR}*)${VERDICT}(?:\s*[?!.]*$|\s*[:–—]\s*\S)`, 'iu');
/** Blocks worth checking for markers at all. */
const MARKER_HINT =
  /spoil|stop\s+reading|read\s+(?:on|further|ahead|past)|haven['’]?t\s+seen|have\s+not\s+seen/i;

/** What a block is to the section logic. */
export type Role =
  | { kind: 'marker'; cue: string; section: boolean }
  | { kind: 'end' }
  | { kind: 'heading'; breaks: boolean }
  | { kind: 'content'; breaks: boolean; endsAfter: boolean };

export interface Classified {
  block: Block;
  role: Role;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** `s` without trailing characters from `chars`, in linear time (a `[…]+$` regex is quadratic). */
export function trimEndOf(s: string, chars: RegExp): string {
  let end = s.length;
  while (end > 0 && chars.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}
const MARKER_TAIL = /[\s:.,;–—-]/u;
const trimMarker = (s: string): string => trimEndOf(s.trim(), MARKER_TAIL);

/** A whole short sentence that announces spoilers to come ("The rest of this review contains spoilers."). */
function announcesSpoilers(sentence: string): boolean {
  if (words(sentence) > 15 || END_MARKER.test(sentence)) return false;
  const warns = WARNS.test(sentence);
  if (!warns && !SPOIL.test(sentence)) return false;
  if (MINOR.test(sentence) || (!warns && SPOILER_FREE.test(sentence))) return false;
  if (warns || FORWARD.test(sentence) || (ANNOUNCES.test(sentence) && ABOUT_REVIEW.test(sentence)))
    return true;
  const head = MARKER_HEAD.exec(sentence);
  return head !== null && sentence.slice(head[0].length).trim() === '';
}

/** "58:30 …", "(1:02:10) …": a line of show notes that opens with a time in the episode. */
const TIMESTAMPED = /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s/u;

/** A short statement that the review (or what follows) is spoiler-free. */
function spoilerFreeStatement(text: string): boolean {
  return SPOIL.test(text) && SPOILER_FREE.test(text) && !WARNS.test(text) && words(text) <= 12;
}

function withText(block: Exclude<Block, { type: 'list' }>, text: string): Block {
  return { ...block, text };
}

/** Classifies one input block, splitting off a marker that shares the block with content. */
export function classify(block: Block): Classified[] {
  if (block.type === 'list') return [{ block, role: { kind: 'content', breaks: false, endsAfter: false } }];
  const text = block.text.trim();
  if (block.type === 'heading') {
    if (MARKER_HINT.test(text)) {
      if (END_MARKER.test(text) || (SPOIL.test(text) && SPOILER_FREE.test(text))) {
        return [{ block, role: { kind: 'end' } }];
      }
      if (SPOIL.test(text) && !MINOR.test(text) && !ELSEWHERE.test(text))
        return [{ block, role: { kind: 'marker', cue: trimMarker(text), section: true } }];
    }
    return [{ block, role: { kind: 'heading', breaks: VERDICT_HEADING.test(text) } }];
  }
  const breaks = text.length <= 60 ? VERDICT_HEADING.test(text) : VERDICT_PARAGRAPH.test(text);
  const content: Role = { kind: 'content', breaks, endsAfter: false };
  // "58:30 Spoiler zone (skip to 1:14:02)": a show's chapter, whose spoilers are in the audio.
  if (!MARKER_HINT.test(text) || TIMESTAMPED.test(text)) return [{ block, role: content }];
  if (END_MARKER.test(text) || spoilerFreeStatement(text)) return [{ block, role: { kind: 'end' } }];

  const head = MINOR.test(text) ? null : MARKER_HEAD.exec(text);
  if (head) {
    const rest = text.slice(head[0].length).trim();
    const bounded =
      (head.groups?.close ?? '').trim() !== '' || (head.groups?.sep ?? '') !== '' || rest === '';
    if (bounded) {
      const description = rest.length < 60 && !/[.!?:”"]$/u.test(rest);
      if (rest === '' || description)
        return [{ block, role: { kind: 'marker', cue: trimMarker(text), section: true } }];
      const marker = trimMarker(text.slice(0, head[0].length));
      return [
        {
          block: withText(block, marker),
          role: { kind: 'marker', cue: marker, section: FORWARD.test(marker) },
        },
        { block: withText(block, rest), role: content },
      ];
    }
  }
  const sentences = splitSentences(text);
  const first = sentences[0] ?? '';
  if (sentences.length > 1 && END_MARKER.test(first)) {
    return [
      { block: withText(block, first), role: { kind: 'end' } },
      { block: withText(block, sentences.slice(1).join(' ')), role: content },
    ];
  }
  if (announcesSpoilers(first)) {
    if (sentences.length === 1)
      return [{ block, role: { kind: 'marker', cue: trimMarker(first), section: true } }];
    return [
      { block: withText(block, first), role: { kind: 'marker', cue: trimMarker(first), section: true } },
      { block: withText(block, sentences.slice(1).join(' ')), role: content },
    ];
  }
  const last = sentences.at(-1) ?? '';
  return [{ block, role: { ...content, endsAfter: sentences.length > 1 && END_MARKER.test(last) } }];
}
