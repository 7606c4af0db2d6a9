export { spoilerCue } from './cues.ts';
export { findSpoilers } from './regions.ts';
