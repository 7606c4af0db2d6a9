#!/usr/bin/env node
/**
 * node scripts/index-search.ts DIR
 *
 * Writes the Pagefind index of the built site in DIR into DIR/pagefind/ (src/integrations/pagefind.ts,
 * the same code `astro build` runs on its own). `npm run build` runs it as a process of its own once
 * Astro has exited, so the two never hold their memory at the same time.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const time = () => new Date().toTimeString().slice(0, 8);
const logger = {
  info: (message: string) => console.log(`${time()} [film-reviews:pagefind] ${message}`),
  warn: (message: string) => console.warn(`${time()} [film-reviews:pagefind] warning: ${message}`),
  error: (message: string) => console.error(`${time()} [film-reviews:pagefind] error: ${message}`),
};

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error(`index-search: error: ${dir ? `${dir}: no such folder` : 'name the built site folder'}`);
  process.exitCode = 2;
} else {
  buildSearchIndex(pathToFileURL(`${resolve(dir)}/`), logger).then(
    () => undefined,
    (error: unknown) => {
      console.error(`index-search: error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
