/**
 * The settings of one audit: what to crawl, how politely, and how strictly to judge.
 * Defaults are what a compliance lead would pick without thinking about it.
 */
import { z } from 'zod';

const pattern = z
  .string()
  .max(500)
  .refine(
    (s) => {
      try {
        new RegExp(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a valid regular expression' },
  );

/** How the crawler behaves. */
export const CrawlOptionsSchema = z.object({
  /** Where to start; empty means no site crawl (documents only). */
  startUrls: z.array(z.string().url()).max(50).default([]),
  /** Stay on the start URLs' sites (scheme + registrable host). */
  sameSite: z.boolean().default(true),
  maxPages: z.number().int().min(1).max(100_000).default(500),
  maxDepth: z.number().int().min(0).max(100).default(10),
  /** Only URLs matching one of these (regular expressions) are followed; empty = all. */
  include: z.array(pattern).max(50).default([]),
  /** URLs matching any of these are never fetched. */
  exclude: z.array(pattern).max(50).default([]),
  /** Requests in flight per host. */
  concurrency: z.number().int().min(1).max(64).default(4),
  /** Pause between requests to one host, in milliseconds. */
  delayMs: z.number().int().min(0).max(60_000).default(250),
  /** Whole-request timeout, in milliseconds (also the idle timeout). */
  timeoutMs: z.number().int().min(1000).max(300_000).default(20_000),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  /** Response size cap, counted after decompression, in bytes. */
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Read the PDFs the site links to as flyers. */
  followPdfs: z.boolean().default(true),
  /** Render pages with a local Chrome/Chromium before reading them. */
  renderJs: z.boolean().default(false),
  /** Honour robots.txt (RFC 9309). Only a site's owner should turn this off. */
  respectRobots: z.boolean().default(true),
  /** Product token sent in User-Agent and matched in robots.txt (letters only). */
  userAgentToken: z
    .string()
    .regex(/^[A-Za-z]+$/, 'must be letters only (RFC 9309 product token)')
    .default('PromiseAuditor'),
});
export type CrawlOptions = z.infer<typeof CrawlOptionsSchema>;

/** The working week used for durations in working time. */
export const WorkingTimeSchema = z.object({
  /** ISO weekdays that are working days (1 = Monday ... 7 = Sunday). */
  days: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  /** Start and end of the working day, "HH:MM". */
  start: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('09:00'),
  end: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('17:00'),
  /** Holidays, "YYYY-MM-DD". */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
});
export type WorkingTime = z.infer<typeof WorkingTimeSchema>;

/** How strictly claims are judged against practice. */
export const JudgementSchema = z.object({
  /** Share of cases a guarantee or firm claim must meet. */
  targetFirm: z.number().min(0).max(1).default(0.95),
  /** Share of cases an "aim" claim must meet. */
  targetAim: z.number().min(0).max(1).default(0.8),
  /** Share for vague claims that still name a number. */
  targetVague: z.number().min(0).max(1).default(0.8),
  /** Fewer records than this and the verdict is `unsubstantiated`. */
  minRecords: z.number().int().min(1).max(100_000).default(20),
  /** Confidence of the Wilson interval used for `over-promised`. */
  confidence: z.number().min(0.5).max(0.999).default(0.95),
});
export type Judgement = z.infer<typeof JudgementSchema>;

/** Everything an audit needs besides its inputs. */
export const AuditSettingsSchema = z.object({
  /** The company audited, shown on the report's cover. */
  company: z.string().max(200).default(''),
  crawl: CrawlOptionsSchema.default(CrawlOptionsSchema.parse({})),
  workingTime: WorkingTimeSchema.default(WorkingTimeSchema.parse({})),
  judgement: JudgementSchema.default(JudgementSchema.parse({})),
});
export type AuditSettings = z.infer<typeof AuditSettingsSchema>;

export function defaultSettings(): AuditSettings {
  return AuditSettingsSchema.parse({});
}
