/** Resolving matches into references: titles, roles, franchise phrases and glued names. */
import {
  GAP_AS,
  GAP_PARENTHESIS,
  GAP_PLAYED_BY,
  GAP_QUOTE,
  GAP_SPACE,
  GAP_TITLE_AFTER,
  GAP_TITLE_BEFORE,
  HONORIFICS,
} from './english.ts';
import { coverage, crewPerson, headKey, isPerson, isSingle, type Match, sharePerson } from './sentence.ts';
import { gapBetween, isTitleCase, type Token } from './tokens.ts';

export function resolve(
  text: string,
  tokens: readonly Token[],
  matches: Match[],
  filmWords: ReadonlySet<string>,
): boolean[] {
  // A cast title that is a crew member's role next to that crew member is the role ("the Director Len Wiseman").
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k];
    const b = matches[k + 1];
    if (!isPerson(a) || !isPerson(b)) continue;
    const gap = text.slice(tokens[a.last].after, tokens[b.first].start);
    const crewB = crewPerson(b);
    const crewA = crewPerson(a);
    if (crewB && !crewA && GAP_TITLE_BEFORE.test(gap)) {
      const role = crewB.roleKeys.find((r) => r.keys.join(' ') === headKey(tokens, a));
      if (role) {
        a.state = 'dropped';
        b.role = role.role;
      }
    } else if (crewA && !crewB && GAP_TITLE_AFTER.test(gap)) {
      const role = crewA.roleKeys.find((r) => r.keys.join(' ') === headKey(tokens, b));
      if (role) {
        b.state = 'dropped';
        a.role = role.role;
      }
    }
  }
  let covered = coverage(tokens, matches);
  const titleCase = isTitleCase(text, tokens);
  // A lone capitalised alias glued to another capitalised word is part of someone else's name ("Tom Reeves",
  // "Winston Churchill", "New Year’s Eve").
  // A possessive or role word before it, the film's own title ("Ballerina’s Eve") and honorifics are no such name.
  for (const m of matches) {
    if (!isPerson(m) || m.entry.tokens.length !== 1 || titleCase) continue;
    const t = tokens[m.head];
    const next = tokens[m.head + 1];
    const prev = tokens[m.first - 1];
    const crew = crewPerson(m);
    const nextGlued =
      next &&
      !t.possessive &&
      next.cap &&
      next.text !== 'I' &&
      !covered[m.head + 1] &&
      GAP_SPACE.test(gapBetween(text, t, next));
    const prevGlued =
      isSingle(m) &&
      prev &&
      m.first - 1 > 0 &&
      prev.cap &&
      !covered[m.first - 1] &&
      !HONORIFICS.has(prev.key) &&
      !filmWords.has(prev.key) &&
      !crew?.roleKeys.some((r) => r.keys.includes(prev.key)) &&
      GAP_SPACE.test(gapBetween(text, prev, t));
    // "Lawrence of Arabia", "Mary of Nazareth": a lone name before "of" and a capital is a title or a place.
    const after = tokens[m.head + 2];
    const ofTitle =
      next?.key === 'of' &&
      after?.cap === true &&
      GAP_SPACE.test(gapBetween(text, t, next)) &&
      GAP_SPACE.test(gapBetween(text, next, after));
    if (nextGlued || prevGlued || ofTitle) m.state = 'rejected';
  }
  covered = coverage(tokens, matches);
  // A crew mention's role, when the text puts one of theirs before the name ("director Len Wiseman").
  for (const m of matches) {
    const crew = crewPerson(m);
    if (!isPerson(m) || !crew || m.role) continue;
    for (const r of crew.roleKeys) {
      const from = m.first - r.keys.length;
      if (from < 0) continue;
      let ok = true;
      for (let k = 0; k < r.keys.length && ok; k++) {
        const t = tokens[from + k];
        const following = tokens[from + k + 1];
        ok = t.key === r.keys[k] && !covered[from + k] && GAP_SPACE.test(gapBetween(text, t, following));
      }
      if (ok) {
        m.role = r.role;
        break;
      }
    }
  }
  return covered;
}

/** Whether match b, right after match a of the same person, is the same reference ("Winston (Ian McShane)"). */
export function sameReference(text: string, tokens: readonly Token[], a: Match, b: Match): boolean {
  if (!sharePerson(a, b)) return false;
  const gap = text.slice(tokens[a.last].after, tokens[b.first].start);
  if (GAP_PARENTHESIS.test(gap) || GAP_PLAYED_BY.test(gap) || GAP_AS.test(gap) || GAP_SPACE.test(gap))
    return true;
  return tokens[a.last].possessive && GAP_QUOTE.test(gap);
}

/** The person matches of a sentence grouped into references: one group per time the text names someone. */
export function references(text: string, tokens: readonly Token[], matches: readonly Match[]): Match[][] {
  const groups: Match[][] = [];
  for (const m of matches) {
    if (!isPerson(m)) continue;
    // A typo'd lone word where capitals prove nothing is too weak to stand.
    if (m.weak && m.distance > 0) continue;
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && sameReference(text, tokens, last, m)) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** The distinct forms of one reference as written; adjacent matches ("Angelica" "Houston") make one form. */
export function groupForms(text: string, tokens: readonly Token[], group: readonly Match[]): string[] {
  const forms: string[] = [];
  let first = group[0].first;
  group.forEach((m, k) => {
    const next = group[k + 1];
    const glued =
      next &&
      !tokens[m.last].possessive &&
      GAP_SPACE.test(text.slice(tokens[m.last].end, tokens[next.first].start));
    if (glued) return;
    const f = text.slice(tokens[first].start, tokens[m.last].end).replace(/\s+/g, ' ');
    if (!forms.includes(f)) forms.push(f);
    if (next) first = next.first;
  });
  return forms;
}

/** Person-like names in a sentence that nothing matched: two or three capitalised words, not at its start. */
