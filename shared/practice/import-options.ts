/**
 * The options of an import or a preview. The serialisable part has a schema so the API
 * layer (IPC, HTTP bridge, CLI) validates it once; the signal and the progress callback are
 * added by the caller in-process.
 */
import { z } from 'zod';
import { WorkingTimeSchema } from '../domain/settings.js';
import { DateOrderSchema } from './mapping-schema.js';
import { INPUT_FORMATS } from './input-format.js';
import { TEXT_ENCODINGS } from './text-encoding.js';

export const ReadOptionsSchema = z.strictObject({
  /** The file format; detected from the bytes and the name when absent. */
  format: z.enum(INPUT_FORMATS).optional(),
  /** The text encoding; detected (BOM, UTF-16 pattern, UTF-8 validity) when absent. */
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  /** One character; sniffed from the header line when absent. */
  delimiter: z.string().length(1).optional(),
  /** The XLSX worksheet to read; the first when absent. */
  sheet: z.string().max(200).optional(),
  /** A preset by name; with neither preset nor mapping the preset is detected from the header. */
  preset: z.string().max(40).optional(),
  /** A hand-made column mapping (ColumnMappingSchema); validated when the header is known. */
  mapping: z.unknown().optional(),
  /** How to read dates with slashes or dots, overriding the mapping's. */
  dateOrder: DateOrderSchema.optional(),
  /** The working week used for working-time durations. */
  workingTime: WorkingTimeSchema.optional(),
});
export type ReadOptions = z.input<typeof ReadOptionsSchema>;

export const ImportOptionsSchema = ReadOptionsSchema.extend({
  /** The dataset's name; the file's name when absent. */
  name: z.string().min(1).max(200).optional(),
  /** Import the good rows and list the bad ones, instead of importing nothing. */
  skipBadRows: z.boolean().default(false),
  /** How many bad rows are listed (all are counted). */
  maxListedErrors: z.number().int().min(1).max(10_000).default(100),
});

/** Progress of a running import. */
export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsRead: number;
  readonly records: number;
  readonly badRows: number;
}

/** Import options, with what only an in-process caller can pass. */
export type ImportOptions = z.input<typeof ImportOptionsSchema> & {
  /** Cancels the import; nothing is written. */
  signal?: AbortSignal;
  /** Called after each chunk of the file (about every megabyte). */
  onProgress?: (progress: ImportProgress) => void;
};
