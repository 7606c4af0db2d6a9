export { type Segmented, segment } from './segment.ts';
