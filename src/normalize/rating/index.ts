export { extractRating } from './extract.ts';
export { LETTER_GRADES, ratingToScore } from './grades.ts';
export { otherFilmPattern } from './other-films.ts';
