/**
 * Where a crawl keeps its frontier: every URL it knows with its state, and the documents it
 * read. The crawler hands over changes in batches; a store applies each batch atomically, so
 * a page is never "done" without its document, nor its document stored without being "done".
 * Two implementations: MemoryFrontierStore (tests, one-shot extraction) and
 * SqliteFrontierStore (frontier-sqlite.ts, the audit workspace, resumable).
 */
import type { ReadDocument } from '../../domain/types.js';

/** Where a URL stands: waiting, finished, failed, or refused before any request. */
export type UrlState = 'queued' | 'done' | 'failed' | 'excluded';

/** How a URL was found. */
export type UrlVia = 'start' | 'link' | 'sitemap' | 'redirect';

/** One URL of the frontier. */
export interface FrontierEntry {
  /** The normalised URL (url.ts). */
  readonly url: string;
  /** Links followed from a start URL to reach it (0 for start URLs). */
  readonly depth: number;
  readonly state: UrlState;
  /** Why it failed or was excluded, or what became of a finished URL that stored nothing. */
  readonly reason: string | null;
  readonly via: UrlVia;
}

/** A URL whose turn is over, with the document read from it, if any. */
export interface SettledEntry extends FrontierEntry {
  readonly state: Exclude<UrlState, 'queued'>;
  readonly doc: ReadDocument | null;
}

/** One batch of changes, applied all or nothing. */
export interface FrontierBatch {
  /** New URLs; a URL the store already knows is left as it is. */
  readonly added: readonly FrontierEntry[];
  /** URLs whose turn is over: inserted or updated, and their documents stored. */
  readonly settled: readonly SettledEntry[];
}

/** What a store holds when a crawl (re)starts. */
export interface FrontierSnapshot {
  /** Every URL known, in the order it was first recorded. */
  readonly entries: readonly FrontierEntry[];
  /** Content hashes of the documents stored, with the URI of each (duplicate detection). */
  readonly contentHashes: ReadonlyMap<string, string>;
}

/** The frontier's persistence. Implementations must apply `commit` atomically. */
export interface FrontierStore {
  /** Everything recorded so far, to resume from. */
  load(): FrontierSnapshot;
  /** Applies one batch atomically (all of it or, on error, none of it). */
  commit(batch: FrontierBatch): void;
}

/** A store in memory: for tests and for crawls that need no workspace. */
export class MemoryFrontierStore implements FrontierStore {
  /** URL -> entry, in insertion order. */
  readonly entries = new Map<string, FrontierEntry>();
  /** URI -> the document stored for it. */
  readonly documents = new Map<string, ReadDocument>();
  private readonly hashes = new Map<string, string>();
  /** Batches committed so far. */
  commits = 0;

  constructor(private readonly hashDocument: (doc: ReadDocument) => string) {}

  load(): FrontierSnapshot {
    return { entries: [...this.entries.values()], contentHashes: new Map(this.hashes) };
  }

  commit(batch: FrontierBatch): void {
    for (const e of batch.added) if (!this.entries.has(e.url)) this.entries.set(e.url, e);
    for (const s of batch.settled) {
      const { doc, ...entry } = s;
      this.entries.set(s.url, entry);
      if (doc && !this.documents.has(doc.uri)) {
        this.documents.set(doc.uri, doc);
        this.hashes.set(this.hashDocument(doc), doc.uri);
      }
    }
    this.commits++;
  }
}
