/** The domain types, inferred from the schemas so they can never drift apart. */
import type { z } from 'zod';
import type {
  ClaimSchema,
  FindingSchema,
  LocationSchema,
  OccurrenceSchema,
  PassageSchema,
  PracticeRecordSchema,
  ReviewSchema,
  RunSchema,
  RunStatsSchema,
  SourceSchema,
} from './schemas.js';

export type Location = z.infer<typeof LocationSchema>;
export type Occurrence = z.infer<typeof OccurrenceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type PracticeRecord = z.infer<typeof PracticeRecordSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Run = z.infer<typeof RunSchema>;
export type RunStats = z.infer<typeof RunStatsSchema>;

export * from './vocabulary.js';

/**
 * What a reader or the crawler hands to extraction: a passage before it is stored.
 * `uri`/`kind` say which source it belongs to.
 */
export interface PassageDraft {
  readonly text: string;
  readonly role: Passage['role'];
  readonly leadIn: string | null;
  readonly context: string | null;
  readonly location: Location;
  readonly boilerplate: boolean;
}

/** A document read into passages, before it is stored. */
export interface ReadDocument {
  readonly uri: string;
  readonly kind: Source['kind'];
  readonly format: Source['format'];
  readonly title: string;
  readonly pageCount: number | null;
  readonly passages: readonly PassageDraft[];
  /** Non-fatal problems met while reading (an unreadable page, an OCR-only image). */
  readonly warnings: readonly string[];
}

/** A passage together with the source it sits in: the input of extraction. */
export interface SourcedPassage extends PassageDraft {
  readonly uri: string;
  readonly kind: Source['kind'];
}

/** A claim as extraction returns it, before ids are assigned by the store. */
export type ClaimDraft = Omit<Claim, 'id'>;

/** A finding as the cross-check returns it, before ids are assigned by the store. */
export type FindingDraft = Omit<Finding, 'id' | 'runId'>;
