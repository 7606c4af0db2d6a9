export { createMentionMatcher, findMentions } from './matcher.ts';
export type { MentionBlock, MentionMatcher, MentionResult } from './types.ts';
