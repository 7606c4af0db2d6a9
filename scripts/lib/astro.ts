/** Where Astro's command-line entry point is, resolved as Node resolves the package (so a project copy without node_modules finds it too). */
import { fileURLToPath } from 'node:url';

/** The path of Astro's CLI script (node_modules/astro/bin/astro.mjs, wherever that package resolves). */
export const astroBin = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
