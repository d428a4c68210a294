/**
 * The gold file of a promise corpus (format in `shared/corpus/promises/README.md`), read and
 * checked so that a malformed file fails with a message naming the entry at fault.
 */
import { z } from 'zod';
import { CLAIM_CATEGORIES, CLAIM_UNITS, SCOPES, STRENGTHS } from '../../domain/vocabulary.js';

const GoldPromiseSchema = z.object({
  quote: z.string().min(1),
  category: z.enum(CLAIM_CATEGORIES),
  measurable: z.boolean(),
  value: z.number().nullable(),
  value_max: z.number().nullable(),
  unit: z.enum(CLAIM_UNITS).nullable(),
  strength: z.enum(STRENGTHS),
  scope: z.enum(SCOPES),
  share: z.number().optional(),
});

const GoldDocumentSchema = z.object({
  file: z.string().min(1),
  promises: z.array(GoldPromiseSchema),
  non_promises: z.array(z.string().min(1)),
});

const GoldFileSchema = z.object({
  schema: z.literal(1),
  documents: z.array(GoldDocumentSchema),
});

/** One labelled promise. */
export type GoldPromise = z.infer<typeof GoldPromiseSchema>;
/** One labelled page. */
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;
/** A whole gold file. */
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** Parses gold JSON text; throws an Error naming `name` and the first problem found. */
export function parseGold(json: string, name: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${name}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = GoldFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${name}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'does not match the gold format'}`);
  }
  return parsed.data;
}
