import type { CreditsLexicon } from '../../schemas/lexicon.ts';
import { CREDITS } from '../lexicon.ts';
import { alternation } from '../text/pattern.ts';

/** One labelled part of a credits line: "Director: Len Wiseman" → director, "Len Wiseman". */
export interface Credit {
  role: string;
  value: string;
}

const RUNTIME =
  /^(?:\d{2,3}\s*(?:min(?:ute)?s?|m)\.?|\d\s*h(?:rs?|ours?)?\.?\s*(?:\d{1,2}\s*(?:min(?:ute)?s?|m)\.?)?)$/iu;

/** "(15, 125 mins)", "Rated R", "Certificate: 15", "PG-13 | 2h 5m": the age certificate forms. */
function certificatePattern(lexicon: CreditsLexicon): RegExp {
  const certs = alternation(lexicon.certificates);
  return new RegExp(
    `^(?:rated\\s+(?:${certs})\\b.*|\\(?\\s*(?:${certs})\\s*,\\s*\\d{2,3}\\s*min[^)]*\\)?|(?:${certs}))$`,
    'iu',
  );
}

function labelPattern(lexicon: CreditsLexicon): RegExp {
  const labels = alternation(Object.keys(lexicon.labels));
  return new RegExp(`^(${labels})(?:\\s*[:：]\\s*|\\s+(?=\\S))(.+)$`, 'iu');
}

const LABEL = labelPattern(CREDITS);
const CERTIFICATE = certificatePattern(CREDITS);

/** Lower-case words a list of names may hold ("Ana de Armas and Keanu Reeves", "with", "as"). */
const NAME_GLUE = /^(?:and|&|with|as|by|of|de|da|del|der|di|du|la|le|van|von|bin|ibn|the|y|e)$/u;

/** Whether a credit's value reads as names: mostly capitalized words, or all capitals. */
function namesPeople(value: string): boolean {
  const words = value.split(/[\s,;/]+/u).filter((w) => /\p{L}/u.test(w));
  // "Original score: B–", "Score: 7/10": a grade or a rating is no name.
  if (words.length === 0 || !words.some((w) => /\p{L}{2}/u.test(w)) || /\d\s*\/\s*\d/u.test(value))
    return false;
  if (value === value.toUpperCase()) return true;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_GLUE.test(w));
  return lower.length <= words.length / 4;
}

/**
 * The credits one part of a line states, or null when it is no credit.
 * @param part one part of a line split at " | "
 */
function creditOf(part: string, lexicon: CreditsLexicon): Credit | null {
  const text = part.trim();
  if (CERTIFICATE.test(text) || RUNTIME.test(text)) return { role: 'facts', value: text };
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = (m[1] ?? '').toLowerCase();
  const value = (m[2] ?? '').trim();
  const role = lexicon.labels[label] ?? 'facts';
  // Without a colon, only "... by" labels and "Starring" read as credits ("Stars are aligned" does not).
  const colon = /^[^:：]*[:：]/u.test(text.slice(0, label.length + 2));
  if (!colon && !/\bby$/u.test(label) && label !== 'starring') return null;
  if (
    !value ||
    /[.!?]\s+\S/u.test(value) ||
    value.split(/\s+/).length > (role === 'cast' ? 40 : role === 'facts' ? 10 : 14)
  )
    return null;
  return role === 'facts' || namesPeople(value) ? { role, value } : null;
}

/**
 * The credits a line states ("Director: Len Wiseman | Runtime: 125 minutes"), or null when the line
 * is not a credits line: every part split at "|" or "·" must be a credit.
 * @param line one cleaned line
 * @param lexicon credits labels; content/lexicon/credits.yaml by default
 */
export function creditsOf(line: string, lexicon: CreditsLexicon = CREDITS): Credit[] | null {
  if (line.length > 400) return null;
  const parts = line.split(/\s+[|•·]\s+/u);
  const credits: Credit[] = [];
  for (const part of parts) {
    const credit = creditOf(part, lexicon);
    if (!credit) return null;
    credits.push(credit);
  }
  return credits;
}
