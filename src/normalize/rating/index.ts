export { extractRating } from './extract.ts';
export { LETTER_GRADES, ratingToScore } from './grades.ts';
export { otherFilmPattern, ownTitlePattern } from './other-films.ts';
