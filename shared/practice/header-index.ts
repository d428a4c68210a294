/**
 * Finding a mapping's columns in a file's header: by name, ignoring case and runs of spaces,
 * through a `Map` (a header named "__proto__" or "constructor" is an ordinary key).
 */
import type { ColumnRef } from './mapping-schema.js';

/** How header names are compared. */
export function normalizeHeader(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class HeaderIndex {
  private readonly byName = new Map<string, number>();

  constructor(readonly columns: readonly string[]) {
    columns.forEach((c, i) => {
      const key = normalizeHeader(c);
      if (key.length && !this.byName.has(key)) this.byName.set(key, i);
    });
  }

  /** Index of the column a reference names (the first alternative present), or -1. */
  find(ref: ColumnRef): number {
    for (const name of typeof ref === 'string' ? [ref] : ref) {
      const i = this.byName.get(normalizeHeader(name));
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** True when a column of this name is present. */
  has(name: string): boolean {
    return this.byName.has(normalizeHeader(name));
  }

  /** The reference as a person reads it: "Answer time" or "one of Answer time, Wait time". */
  static describe(ref: ColumnRef): string {
    if (typeof ref === 'string') return `"${ref}"`;
    return ref.length === 1 ? `"${ref[0]}"` : `one of ${ref.map((r) => `"${r}"`).join(', ')}`;
  }
}
