export { spoilerCue } from './cues.ts';
export { revealHint } from './hints.ts';
export { findSpoilers } from './regions.ts';
