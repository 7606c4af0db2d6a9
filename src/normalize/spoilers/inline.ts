/**
 * Inline spoiler markers: a marker inside a paragraph hides the sentence it stands in ("Spoiler
 * alert: …", "minor spoiler – …", "(spoiler)", "[spoilers]", "SPOILER: …", a mid-sentence
 * "— spoilers for Chapter 3 —"). A statement that the review is spoiler-free marks nothing.
 */
const INLINE =
  /(?:^|[\s([—–-])(?:(?:minor|mild|small|slight|light|major|big|huge|massive|serious|heavy)\s+)?spoilers?(?:\s+(?:alert|warning))?(?:\s+for\s+[^—–:;)\]]{1,50}?)?(?:\s*(?:if\s+you\s+(?:still\s+)?need\s+them|ahead|below|follow(?:s|ing)?))?\s*(?:[:–—)\]]|-\s|,\s*(?:but|and)\b)/iu;
/** ", spoilers for Chapter 4 if you've somehow dodged them, …": a warning set off by commas mid-sentence. */
const ASIDE = /(?:^|[\s([—–-])spoilers?\s+for\s+[^—–:;,)\]]{1,50}?\s+if\s+you[^,—–:;)\]]{0,40},/iu;
/** "No spoilers", "spoiler-free", "without spoiling", "I won't spoil": nothing is marked. */
const FREE =
  /\b(?:spoiler[\s-]*free|spoilerless|non[\s-]?spoiler)|\b(?:no|zero|without|avoid(?:s|ing)?|sans|free\s+of|won['’]?t|will\s+not|not|don['’]?t|do\s+not|never|nothing)\b(?:\W+\w+){0,3}?\W+spoil/iu;
/** "End of spoilers", "/spoilers": an end marker, not an opening one. */
const END = /\bend\s+of\s+(?:the\s+)?spoilers?\b|\/\s*spoilers?\b|\bspoilers?\s+(?:end|over|done)\b/iu;

/** "Okay, spoiler warning.", "Spoilers ahead!", "Heads up: spoilers from here on.": a sentence that only warns. */
const WARNING_SENTENCE =
  /^(?:(?:ok(?:ay)?|alright|all\s+right|right|so|well|heads[\s-]up|fair\s+warning)[,!.:]?\s+)?(?:(?:minor|major|big|huge|massive|serious|heavy|full)\s+)?spoilers?(?:\s+(?:alert|warning|ahead|below|incoming|follow|from\s+here(?:\s+on)?|now))?[.!…]*$/iu;

/**
 * Whether a sentence of a paragraph only warns of spoilers: what follows it in the paragraph is
 * the spoiler ("Okay, spoiler warning. The whole village is the cult.").
 * @param sentence one sentence of a paragraph
 */
export function isWarningSentence(sentence: string): boolean {
  return WARNING_SENTENCE.test(sentence.trim());
}

/**
 * The inline spoiler marker a sentence holds, as written, or null.
 * @param sentence one sentence of a paragraph
 */
export function inlineMarker(sentence: string): string | null {
  if (!/spoil/i.test(sentence) || FREE.test(sentence) || END.test(sentence)) return null;
  const m = INLINE.exec(sentence) ?? ASIDE.exec(sentence);
  if (!m) return null;
  return m[0].replace(/^[\s([—–-]+|[\s:–—)\],-]+$/gu, '').trim() || null;
}
