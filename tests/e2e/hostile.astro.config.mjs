// @ts-check
// The project's config with its own cache directory, so the hostile build's content store never
// mixes with (or races) the main build's. Used by tests/e2e/hostile.test.ts.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.HOSTILE_CACHE_DIR ?? './node_modules/.astro-hostile' };
