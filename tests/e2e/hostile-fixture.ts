/**
 * The hostile site, built once by global-setup for tests/e2e/hostile.test.ts and hostile-raw.test.ts:
 * the five seed reviews and hostile raw reviews (with sidecars) as an editor might paste them from a
 * hostile page, run through `npm run normalize`, plus a hostile entry written by hand (it passes the
 * schema: the attack is in its text), all built together by `npm run build`.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';
import { buildSite, runScript } from './fixture-build.ts';

const root = new URL('../..', import.meta.url).pathname;

/** What every payload sets if it ever runs. */
export const PWN = 'window.__pwned=1';

/** The payloads of the hand-written entry. */
export const payloads = {
  script: `<script>${PWN};alert(1)</script>`,
  img: `<img src=x onerror="${PWN};alert(2)">`,
  svg: `<svg onload="${PWN}"></svg>`,
  iframe: '<iframe src="https://evil.example/"></iframe>',
  closeScript: '</script><script>window.__pwned=1</script>',
  template: '{{ 7*7 }} ${7*7} {7*7}',
};

/** A schema-valid entry of this film with hostile text in every free-text field (throws if invalid). */
export function hostileEntry(slug: string, patch: Partial<Review>): Review {
  return reviewSchema.parse({
    film: 'ballerina-2025',
    title: `Hostile ${payloads.script} ${slug}`,
    slug,
    source: {
      file: `${slug}.txt`,
      outlet: `Outlet ${payloads.img}`,
      author: payloads.svg,
      // The schema admits http(s) only (a javascript: URL fails the build); this one tries to break out of href.
      url: 'https://example.org/review?q="><script>alert(1)</script>',
    },
    date: null,
    rating: {
      score: 40,
      source: 'estimated',
      explicit: null,
      estimated: { score: 40, confidence: 0.5, evidence: [payloads.img] },
    },
    cast: [
      {
        name: 'Ana de Armas',
        character: 'Eve Macarro',
        mentions: 1,
        forms: ['Ana de Armas'],
        sentences: [
          { text: `Ana de Armas ${payloads.img}`, spoiler: false, region: null },
          { text: `Secret ${payloads.script}`, spoiler: true, region: 0 },
        ],
      },
    ],
    crew: [],
    spoilers: [{ reason: 'marked', cue: 'x', label: `Ending ${payloads.img}` }],
    quote: `Quote ${payloads.closeScript} ${payloads.template}`,
    wordCount: 50,
    warnings: [],
    overrides: [],
    ...patch,
  });
}

/** The hand-written entries: frontmatter and markdown body. */
export const HAND_WRITTEN: { data: Review; body: string }[] = [
  {
    data: hostileEntry('hostile-markup', {}),
    body: [
      `Raw ${payloads.script} and ${payloads.img} inline.`,
      '',
      payloads.iframe,
      '',
      payloads.svg,
      '',
      `[js](javascript:${PWN}) [data](data:text/html,<script>${PWN}</script>) <javascript:alert(1)> ![p](https://evil.example/p.png)`,
      '',
      `Template ${payloads.template} and <style>body{display:none}</style>`,
      '',
      ':::spoiler{reason="marked" label="Ending <img src=x onerror=alert(3)>"}',
      `Inside ${payloads.script}`,
      ':::',
      '',
      '<!-- comment --> <a href="javascript:alert(4)">raw link</a>',
    ].join('\n'),
  },
];

/** Raw reviews as an editor might paste them from a hostile page. */
export const RAW: Record<string, string> = {
  '900_markup.txt': [
    `</script><script>${PWN};alert(1)</script> Ballerina Review`,
    `Ballerina is a thrilling, stylish spin-off and Ana de Armas is terrific as Eve <script>${PWN};alert(2)</script>.`,
    `The fights are inventive <img src=x onerror="${PWN};alert(3)"> and Keanu Reeves makes a welcome appearance.`,
    `See [click me](javascript:${PWN};alert(4)) or [this](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==) or <javascript:alert(6)> for more.`,
    '![tracker](https://evil.example/pixel.png) <iframe src="https://evil.example/frame"></iframe> <object data="https://evil.example/x.swf"></object>',
    `<a href="javascript:${PWN};alert(7)" onclick="alert(8)">a raw link</a> <link rel="stylesheet" href="https://evil.example/x.css"> <meta http-equiv="refresh" content="0;url=https://evil.example/">`,
    'Rating: 4/5',
  ].join('\n'),
  '901_template.txt': [
    'Template Trouble',
    "{{constructor.constructor('alert(1)')()}} is what a template engine would run, and ${alert(2)} and {alert(3)} too.",
    `Ana de Armas is fierce and the action is stylish <svg onload="${PWN};alert(4)"><script>alert(5)</script></svg>.`,
    '<svg><foreignObject><img src=x onerror=alert(6)></foreignObject></svg> <style>body{display:none}</style> <base href="https://evil.example/">',
    ':::spoiler{reason="marked" label="<img src=x onerror=alert(7)>"}',
    'Fake region text.',
    ':::',
    'Overall a fun ride, and the stunts are great.',
  ].join('\n'),
  '902_spoiler.txt': [
    'Spoiled Rotten',
    'Ballerina is a stylish action film and Ana de Armas is great in it.',
    'Spoilers Below <img src=x onerror=alert(1)>',
    `Eve kills the Chancellor <script>${PWN};alert(2)</script> in the finale.`,
    'It turns out <img src=x onerror=alert(3)> the Director was behind it all.',
    'The Verdict',
    'A fun ride with great stunts.',
  ].join('\n'),
  '903_sidecar.txt': [
    'Sidecar Review',
    'Ballerina is stylish and Norman Reedus is quietly menacing as Daniel Pine.',
    'The action is relentless and the finale is a blast.',
  ].join('\n'),
  '904_js_url.txt': 'JS URL Review\nBallerina is a fun, stylish ride and Ana de Armas is great.\n',
};

/** Sidecars: hostile text in every free-text field, and a javascript: URL that must be refused. */
export const SIDECARS: Record<string, string> = {
  '903_sidecar.yaml': [
    `title: "Sidecar </script><script>${PWN}</script> Title"`,
    'outlet: "<img src=x onerror=alert(1)> Outlet"',
    'author: "</script><script>alert(2)</script>"',
    `url: 'https://example.org/"onmouseover="${PWN};alert(3)"x="'`,
    'date: 2025-06-06',
    `quote: "{{constructor.constructor('alert(4)')()}} </script><script>${PWN}</script>"`,
  ].join('\n'),
  '904_js_url.yaml': 'url: "javascript:alert(1)"\n',
};

/** The seed reviews' raw files (content/films/ballerina-2025/raw). */
export const SEEDS = readdirSync(join(root, 'content/films/ballerina-2025/raw')).filter((f) =>
  f.endsWith('.txt'),
);

/** Where the fixture's entries are, under its films folder. */
export const ENTRIES = 'ballerina-2025/reviews';

/** The built hostile fixture. */
export interface HostileFixture {
  /** The films folder the site was built from. */
  films: string;
  dist: string;
  /** How `npm run normalize` of the raw reviews ended. */
  normalize: { code: number | null; stderr: string };
}

/**
 * Builds the hostile fixture: its films folder under `scratch` (normalize, then the hand-written
 * entries), the site into `dist`.
 */
export async function buildHostileFixture(scratch: string, dist: string): Promise<HostileFixture> {
  const raw = join(scratch, 'raw');
  const films = join(scratch, 'films');
  const entries = join(films, ENTRIES);
  mkdirSync(raw, { recursive: true });
  for (const seed of SEEDS) cpSync(join(root, 'content/films/ballerina-2025/raw', seed), join(raw, seed));
  for (const [name, text] of Object.entries({ ...RAW, ...SIDECARS })) writeFileSync(join(raw, name), text);
  const normalized = await runScript(['scripts/normalize.ts', '--input', raw, '--output', entries]);
  cpSync(join(root, 'content/films/ballerina-2025/film.yaml'), join(films, 'ballerina-2025/film.yaml'));
  for (const h of HAND_WRITTEN) {
    writeFileSync(join(entries, `${h.data.slug}.md`), `---\n${stringify(h.data)}---\n\n${h.body}\n`);
  }
  await buildSite('hostile fixture', films, dist, scratch);
  return { films, dist, normalize: { code: normalized.code, stderr: normalized.stderr } };
}
