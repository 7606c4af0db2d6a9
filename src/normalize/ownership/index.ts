export { retarget, sameEdit } from './carry.ts';
export { type EntryFacts, readEntryFile } from './entry-file.ts';
export { hashParts } from './hash.ts';
export { type Stamp, sealEntry, sealHolds } from './seal.ts';
export { byName, claimSlug } from './slugs.ts';
