/**
 * One spoiler rule: the cue's distinctive words, the words that must (or must not) stand before
 * them, and the kind of reveal it detects.
 */

export type Kind = 'Ending' | 'Twist' | "A character's fate" | 'Betrayal' | 'Plot reveal';

export interface Rule {
  /** Word beginnings the rule cannot match without (one scan of a text finds which are present). */
  keys: readonly string[];
  /** Matches the distinctive words of the cue; run globally, every match is tried. */
  re: RegExp;
  /** Must match the text just before a match (it ends in `$`); its `lead` group joins the cue. */
  before?: RegExp;
  /** Must not match the text just before a match. */
  notBefore?: RegExp;
  kind: Kind;
  /** Generic mentions ("the twist", "a big reveal") do not make a heading spoilery. */
  mention?: boolean;
  /** Fate-like cues are skipped in backstory and premise clauses. */
  premise?: boolean;
}

type RuleOptions = Omit<Rule, 'keys' | 're' | 'before' | 'notBefore' | 'kind'> & {
  before?: string;
  notBefore?: string;
};

/**
 * Builds a rule from regex sources.
 * @param keys space-separated word beginnings the rule cannot match without
 * @param source the cue's pattern
 * @param flags its flags (g is added)
 * @param kind the kind of reveal
 * @param options what must or must not stand before, and the rule's flags
 */
export const rule = (
  keys: string,
  source: string,
  flags: string,
  kind: Kind,
  options: RuleOptions = {},
): Rule => {
  const { before, notBefore, ...rest } = options;
  return {
    keys: keys.split(' '),
    re: new RegExp(source, `g${flags}`),
    ...(before === undefined ? {} : { before: new RegExp(`${before}$`, flags) }),
    ...(notBefore === undefined ? {} : { notBefore: new RegExp(`${notBefore}$`, flags) }),
    kind,
    ...rest,
  };
};
