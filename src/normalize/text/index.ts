export { FURNITURE } from '../lexicon.ts';
export {
  type FurnitureKind,
  furnitureKind,
  isDateLine,
  isListedLine,
  isMetaPart,
  META_SEPARATOR,
} from './furniture.ts';
export { isTitleLine, LABELLED, LIST_ITEM, looksLikeHeading, QUOTE_LINE } from './heading.ts';
export { bareLine, cleanLine, nextWithText } from './lines.ts';
export { escapeRegExp, wordListPattern } from './pattern.ts';
export { splitSentences } from './sentences.ts';
export { countWords, wordsOf } from './words.ts';
