/**
 * One normalize run over a raw folder: every raw review gets exactly one current entry, claimed in
 * name order. Each entry is written as soon as it is made, so a run that is stopped keeps what it
 * did; the next run reads the entries folder afresh and finishes the rest.
 */
import { relative } from 'node:path';
import { renderEntry } from '../../src/normalize/markdown.ts';
import { claimSlug, retarget, sameEdit, sealEntry } from '../../src/normalize/ownership/index.ts';
import type { NormalizedReview } from '../../src/normalize/review.ts';
import type { Film } from '../../src/schemas/film.ts';
import { EntryStore, type FileOps, realOps, type StoredEntry } from './entry-store.ts';
import { type Made, type MakeReview, makeReview } from './make.ts';
import { type RawFile, readRawFolder } from './raw-files.ts';
import { type EntryLine, entryLine } from './report.ts';

/** What a run needs. */
export interface SyncOptions {
  inputDir: string;
  outputDir: string;
  film: Film;
  /** The normalizer's fingerprint (16 hex digits): entries written by another are made again. */
  version: string;
  /** Overwrite entries edited by hand. */
  force: boolean;
  ops?: FileOps;
  /** Asked before each raw review; true stops the run there (the entry being written is finished). */
  shouldStop?: () => boolean;
  /** Makes entries elsewhere (the CLI's worker threads), asked `ahead` reviews ahead (default 32), and only
   * when at least `makeFrom` reviews need making (default 1). Without it, entries are made in this thread. */
  make?: MakeReview;
  ahead?: number;
  makeFrom?: number;
}

/** What a run did. */
export interface SyncReport {
  total: number;
  written: number;
  unchanged: number;
  removed: number;
  errors: string[];
  notes: string[];
  /** One line per entry written this run. */
  entries: EntryLine[];
  /** Warnings about what a review's text holds, each naming the raw file and the text. */
  warnings: { file: string; text: string }[];
  /** True when shouldStop ended the run before every raw review was done. */
  interrupted: boolean;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Brings the entries folder in line with the raw folder.
 * @param options Folders, film, normalizer fingerprint and how to stop.
 * @returns Counts, errors and warnings, each naming its file.
 */
export async function syncEntries(options: SyncOptions): Promise<SyncReport> {
  const ops = options.ops ?? realOps;
  const show = (path: string) => relative(process.cwd(), path) || path;
  const raw = await readRawFolder(options.inputDir, ops.readdir);
  const report: SyncReport = {
    total: raw.files.length,
    written: 0,
    unchanged: 0,
    removed: 0,
    errors: [],
    notes: raw.notes.map(show),
    entries: [],
    warnings: [],
    interrupted: false,
  };
  const store = await EntryStore.open(options.outputDir, ops);
  const names = new Set(raw.files.map((f) => f.name));
  /** Whether an entry read at the start is still there as it was (not since moved, removed or overwritten). */
  const live = (e: StoredEntry) => store.at(e.path) === e;
  const isOwned = (e: StoredEntry) =>
    e.facts.owner !== null && (e.facts.generated !== null || e.pristine || names.has(e.facts.owner));

  // Who holds each slug: raw files as they claim theirs, and from the start the entries an editor
  // wrote (no seal, naming no raw review here) and those of reviews refused this run.
  const holders = new Map<string, string>();
  const slugOf = (e: StoredEntry) => e.path.slice(store.dir.length + 1, -'.md'.length);
  for (const e of store.all()) if (!e.held && !isOwned(e)) holders.set(slugOf(e), '');
  for (const file of raw.files) {
    if (file.ok) continue;
    report.errors.push(`${show(file.at)}: ${file.problem}`);
    for (const e of store.owned(file.name)) if (!e.held) holders.set(slugOf(e), file.name);
  }
  // Entries whose raw file is gone, by the raw text they were made from: a renamed file adopts its own.
  const orphans = new Map<string, StoredEntry[]>();
  for (const e of store.all()) {
    if (!isOwned(e) || names.has(e.facts.owner as string) || !e.facts.generated) continue;
    const list = orphans.get(e.facts.generated.from) ?? [];
    orphans.set(e.facts.generated.from, [...list, e]);
  }

  // Reviews with no current entry are sent to `make` ahead of their turn, so other threads work
  // while this one writes; each answer is still taken in name order.
  const reusable = (e: StoredEntry, file: Extract<RawFile, { ok: true }>) =>
    e.pristine &&
    !e.held &&
    e.facts.owner === file.name &&
    e.facts.generated?.by === options.version &&
    e.facts.generated.from === file.from;
  const made = new Map<string, Promise<Made>>();
  const queue = raw.files.filter(
    (f): f is Extract<RawFile, { ok: true }> => f.ok && !store.owned(f.name).some((e) => reusable(e, f)),
  );
  const elsewhere = queue.length >= (options.makeFrom ?? 1) ? options.make : undefined;
  const request = (file: Extract<RawFile, { ok: true }>): Promise<Made> => {
    const raw = { file: file.name, text: file.text, sidecar: file.sidecar };
    return elsewhere ? elsewhere(raw, options.film) : Promise.resolve(makeReview(raw, options.film));
  };
  let queued = 0;
  const askAhead = () => {
    const limit = elsewhere ? (options.ahead ?? 32) : 0;
    while (queued < queue.length && made.size < limit) {
      const file = queue[queued++] as Extract<RawFile, { ok: true }>;
      const answer = request(file);
      answer.catch(() => undefined); // taken (and reported) at its turn
      made.set(file.name, answer);
    }
  };

  let target = '';
  const one = async (file: Extract<RawFile, { ok: true }>): Promise<void> => {
    target = '';
    // A renamed raw file takes over the entries made from the same text under its old name.
    const adopted = (orphans.get(file.from) ?? []).filter(live);
    orphans.delete(file.from);
    const own = [...store.owned(file.name), ...adopted];
    if (adopted.length > 0 && own.length === adopted.length) {
      report.notes.push(`${show(file.path)}: renamed from ${adopted[0]?.facts.owner}; its entry follows it`);
    }
    const reuse = own.find((e) => reusable(e, file));
    let markdownAt: string | null = null;
    const make = async (): Promise<NormalizedReview | null> => {
      const asked = made.get(file.name);
      made.delete(file.name);
      askAhead();
      const { result, markdown } = await (asked ?? request(file));
      if (result.ok) {
        markdownAt = markdown;
        for (const name of result.value.entry.warnings) {
          report.warnings.push({ file: show(file.path), text: `names nobody in the film registry: ${name}` });
        }
        return result.value;
      }
      // A refused review keeps its last entries, and the slugs nobody claimed before it.
      report.errors.push(`${show(file.path)}: ${result.error}`);
      for (const e of own)
        if (live(e) && !e.held && !holders.has(slugOf(e))) holders.set(slugOf(e), file.name);
      return null;
    };
    let review = reuse ? null : await make();
    if (!reuse && !review) return;
    const wanted = reuse?.facts.generated?.slug ?? (review as NormalizedReview).entry.slug;
    const slug = claimSlug(wanted, file.name, (s) => holders.get(s));
    if (slug !== wanted) {
      const by = holders.get(wanted) || 'an entry written by hand';
      report.notes.push(`${show(file.path)}: its slug "${wanted}" is taken by ${by}; written as "${slug}"`);
    }
    holders.set(slug, file.name);
    target = store.pathOf(slug);
    if (reuse?.path === target) report.unchanged++;
    else {
      review ??= await make();
      if (!review) return;
      // An entry of another raw file in the way makes room: one as normalize wrote it is simply
      // overwritten (its own file's turn writes it again), an edited one waits in the held folder.
      const occupant = store.at(target);
      if (occupant && !own.includes(occupant) && !occupant.pristine) {
        await store.move(occupant, store.heldPath(slug));
      }
      const edited = own.filter((e) => live(e) && !e.pristine);
      if (edited.length > 0 && !options.force) await keepEdit(file, edited, slug);
      else {
        const { entry, blocks, regions } = review;
        // Made at the slug its title asks for; made again only when that slug was taken.
        const rendered =
          slug === entry.slug && markdownAt ? markdownAt : renderEntry({ ...entry, slug }, blocks, regions);
        const markdown = sealEntry(rendered, {
          by: options.version,
          from: file.from,
          slug: wanted,
        });
        if (store.at(target)?.text === markdown) report.unchanged++;
        else {
          await store.write(target, markdown);
          report.written++;
          report.entries.push(entryLine(file.name, { ...entry, slug }));
        }
      }
    }
    // Its other entries go: a slug it no longer has, a copy a stopped run left behind.
    for (const e of own) if (live(e) && e.path !== target) await drop(e);
  };

  /** A raw file's edited entry stays its one entry: moved to its new slug or name if need be, and reported. */
  const keepEdit = async (
    file: Extract<RawFile, { ok: true }>,
    edited: StoredEntry[],
    slug: string,
  ): Promise<void> => {
    const keep = edited.find((e) => e.path === target) ?? (edited[0] as StoredEntry);
    if (keep.path !== target || keep.facts.owner !== file.name) {
      const text = retarget(keep.text, { slug, file: file.name }) ?? keep.text;
      await store.write(target, text);
      if (keep.path !== target) await store.remove(keep);
      report.notes.push(`${show(keep.path)}: edited by hand; the edit now lives in ${show(target)}`);
    }
    for (const other of edited) {
      if (other === keep || !live(other)) continue;
      if (sameEdit(other.text, keep.text)) await store.remove(other);
      else if (!other.held) {
        const aside = store.heldPath(slug);
        await store.move(other, aside);
        report.notes.push(
          `${show(other.path)}: a second hand-edited entry of ${file.name}; moved to ${show(aside)}, out of the site`,
        );
      }
    }
    report.errors.push(
      `${show(target)}: edited by hand since normalize last wrote it; kept as is (rerun with --force to overwrite, or move the change into ${file.name.replace(/\.txt$/, '.yaml')})`,
    );
  };

  /** Removes an entry normalize wrote, or (with --force) one edited by hand. */
  const drop = async (e: StoredEntry): Promise<void> => {
    if (!e.pristine && !options.force) return;
    await store.remove(e);
    report.removed++;
  };

  askAhead();
  for (const file of raw.files) {
    if (!file.ok) continue;
    if (options.shouldStop?.()) {
      report.interrupted = true;
      return report;
    }
    try {
      await one(file);
    } catch (error) {
      const at = target ? show(target) : `${show(options.outputDir)} (entry of ${file.name})`;
      report.errors.push(`${at}: not written (${reason(error)}); what was there is unchanged`);
    }
  }

  // Entries whose raw file is gone: removed, or set aside when edited by hand.
  for (const e of store.all()) {
    if (!isOwned(e) || names.has(e.facts.owner as string)) continue;
    if (e.pristine || options.force) {
      await store.remove(e);
      report.removed++;
    } else if (!e.held) {
      const aside = store.heldPath(e.facts.slug ?? 'entry');
      await store.move(e, aside);
      report.notes.push(
        `${show(e.path)}: its raw file ${e.facts.owner} is gone, but the entry was edited by hand; moved to ${show(aside)}, out of the site`,
      );
    }
  }
  await store.dropLegacy();
  return report;
}
