/**
 * Group commit for the frontier: changes are gathered and handed to the store as one batch
 * when enough have piled up or a short time has passed. A page finished but not yet committed
 * when the process dies is simply fetched again on resume; one committed is never refetched.
 * One fsync per batch instead of per page is what lets a durable workspace keep up with a
 * fast site.
 */
import type { ReadDocument } from '../../domain/types.js';
import type { FrontierBatch, FrontierEntry, FrontierStore, SettledEntry } from './frontier-store.js';

export interface BatcherOptions {
  /** Settled URLs that trigger a commit. */
  readonly maxSettled: number;
  /** Longest time a change waits for its commit, in ms. */
  readonly maxDelayMs: number;
}

export const DEFAULT_BATCHER_OPTIONS: BatcherOptions = { maxSettled: 128, maxDelayMs: 100 };

export class CommitBatcher {
  private added: FrontierEntry[] = [];
  private settled: SettledEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The first commit error; once set, nothing more is committed. */
  error: Error | null = null;

  constructor(
    private readonly store: FrontierStore,
    private readonly onCommitted: (docs: readonly ReadDocument[]) => void,
    private readonly onError: (err: Error) => void,
    private readonly options: BatcherOptions = DEFAULT_BATCHER_OPTIONS,
  ) {}

  /** A newly queued URL. Never throws: a commit error goes to `onError`. */
  add(entry: FrontierEntry): void {
    this.added.push(entry);
    this.schedule();
  }

  /** A URL whose turn is over (with its document, if any). Never throws: a commit error goes to `onError`. */
  settle(entry: SettledEntry): void {
    this.settled.push(entry);
    if (this.settled.length >= this.options.maxSettled) this.flushQuietly();
    else this.schedule();
  }

  /** Commits everything pending now. Throws the store's error (and remembers it). */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.error) throw this.error;
    if (this.added.length === 0 && this.settled.length === 0) return;
    const batch: FrontierBatch = { added: this.added, settled: this.settled };
    this.added = [];
    this.settled = [];
    try {
      this.store.commit(batch);
    } catch (err) {
      this.error = err instanceof Error ? err : new Error(String(err));
      throw this.error;
    }
    const docs = batch.settled.flatMap((s) => (s.doc ? [s.doc] : []));
    if (docs.length > 0) this.onCommitted(docs);
  }

  private schedule(): void {
    if (this.timer || this.error) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushQuietly();
    }, this.options.maxDelayMs);
  }

  private flushQuietly(): void {
    if (this.error) return;
    try {
      this.flush();
    } catch (err) {
      this.onError(err as Error);
    }
  }
}
