/**
 * Choosing the mapping for a file: the one given, the preset named, or the preset whose
 * columns the header carries (so a Zendesk or Freshdesk export needs no manual mapping).
 */
import { z } from 'zod';
import { compileMapping, MappingError, type CompiledMapping } from './compile-mapping.js';
import { HeaderIndex } from './header-index.js';
import { ColumnMappingSchema, type Preset } from './mapping-schema.js';
import { PRESETS, findPreset } from './presets.js';
import type { DateOrder } from './timestamp.js';
import type { WorkingCalendar } from './working-time.js';

/** What the caller chose: a mapping, a preset, or neither (detect). */
export interface MappingChoice {
  /** A ColumnMappingInput; anything else is refused with a MappingError. */
  readonly mapping?: unknown;
  readonly preset?: string;
  /** Overrides the mapping's or preset's date order. */
  readonly dateOrder?: DateOrder;
}

/** The preset whose columns a header carries, or null. */
export function detectPreset(columns: readonly string[]): Preset | null {
  const header = new HeaderIndex(columns);
  for (const p of PRESETS) {
    if (!p.requires.every((c) => header.has(c))) continue;
    if (p.requiresAny.length > 0 && !p.requiresAny.some((c) => header.has(c))) continue;
    if (header.find(p.mapping.occurredAt) < 0) continue;
    return p;
  }
  return null;
}

/** Parse a hand-made mapping, turning schema problems into one readable MappingError. */
export function parseMapping(input: unknown): z.infer<typeof ColumnMappingSchema> {
  const parsed = ColumnMappingSchema.safeParse(input);
  if (!parsed.success) throw new MappingError(`the column mapping is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Bind the chosen mapping to a header; the preset's name when one was used. */
export function resolveMapping(
  columns: readonly string[],
  choice: MappingChoice,
  calendar: WorkingCalendar,
): { compiled: CompiledMapping; preset: string | null } {
  if (choice.mapping !== undefined) {
    const mapping = parseMapping(choice.mapping);
    if (choice.dateOrder) mapping.dateOrder = choice.dateOrder;
    return { compiled: compileMapping(mapping, columns, { lenient: false, calendar }), preset: null };
  }
  let preset: Preset | null;
  if (choice.preset !== undefined) {
    preset = findPreset(choice.preset) ?? null;
    if (!preset) {
      throw new MappingError(`unknown preset "${choice.preset}" (presets: ${PRESETS.map((p) => p.name).join(', ')})`);
    }
  } else {
    preset = detectPreset(columns);
    if (!preset) {
      const shown = columns.slice(0, 12).map((c) => `"${c.slice(0, 40)}"`).join(', ');
      throw new MappingError(
        `no preset fits this file's columns (${shown}${columns.length > 12 ? ', ...' : ''}); choose a preset or map the columns`,
      );
    }
  }
  const mapping = { ...preset.mapping, dateOrder: choice.dateOrder ?? preset.mapping.dateOrder };
  return { compiled: compileMapping(mapping, columns, { lenient: true, calendar }), preset: preset.name };
}
