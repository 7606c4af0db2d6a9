import type { FurnitureLexicon } from '../../schemas/lexicon.ts';
import { bareLine } from './lines.ts';
import { alternation } from './pattern.ts';

/** A furniture lexicon's lists in the form lines are tested against. */
export interface Lists {
  /** "<kind> of/for/since …", or a line ending in the kind: a site's description of itself. */
  siteStrapline: RegExp;
  /** Whole-line phrases, bare (see bareLine): "Like this:" is compared as "like this". */
  exact: ReadonlySet<string>;
  navigation: ReadonlySet<string>;
  shareTargets: ReadonlySet<string>;
  /**
   * A caption that ends with its studio or agency in brackets ("… in Paris. (Lionsgate via AP)") or
   * after a full stop ("… in Paris. LIONSGATE HANDOUT").
   */
  sourcedCaption: RegExp;
}
const compiled = new WeakMap<FurnitureLexicon, Lists>();

/**
 * The furniture lexicon's lists compiled for testing lines, once per lexicon.
 * @param lexicon the furniture lexicon
 */
export function lists(lexicon: FurnitureLexicon): Lists {
  let made = compiled.get(lexicon);
  if (!made) {
    made = {
      siteStrapline: new RegExp(
        `(?<![\\p{L}\\p{N}'’-])(?:${alternation(lexicon.siteKinds)})(?:\\s+(?:of|for|about|from|since|in|on|by)\\s|\\s*[·•|,–—]|$)`,
        'u',
      ),
      exact: new Set(lexicon.exact.map(bareLine)),
      navigation: new Set(lexicon.navigation.map(bareLine)),
      shareTargets: new Set(lexicon.shareTargets),
      sourcedCaption: new RegExp(
        `(?:^|[.!?"”]\\s*)\\((?:${alternation(lexicon.photoSources)})(?:\\s+via\\s+(?:${alternation(lexicon.photoSources)}))?\\)$|[.!?"”]\\s+(?:${alternation(lexicon.photoSources)})\\s+(?:handout|photo|via\\s+(?:${alternation(lexicon.photoSources)}))$`,
        'iu',
      ),
    };
    compiled.set(lexicon, made);
  }
  return made;
}
