var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// shared/practice/row-sink.ts
var UnreadableFileError;
var init_row_sink = __esm({
  "shared/practice/row-sink.ts"() {
    UnreadableFileError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "UnreadableFileError";
      }
    };
  }
});

// shared/practice/read-xlsx.ts
var read_xlsx_exports = {};
__export(read_xlsx_exports, {
  readXlsx: () => readXlsx
});
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
function xlsxCell(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v;
    if (Array.isArray(o.richText)) return o.richText.map((r) => String(r.text ?? "")).join("");
    if ("result" in o) return xlsxCell(o.result);
    if (typeof o.text === "string") return o.text;
    if ("error" in o) return null;
  }
  return String(v);
}
function isBlankRow(values) {
  for (const v of values) if (v !== null && v !== void 0 && v !== "") return false;
  return true;
}
async function readXlsx(bytes, sink, sheet) {
  const stream = Readable.from(bytes, { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore"
  });
  const seen = [];
  try {
    for await (const ws of workbook) {
      const name2 = ws.name;
      seen.push(name2);
      if (sheet !== void 0 && name2 !== sheet) continue;
      let width = -1;
      for await (const row of ws) {
        const values = row.values.slice(1);
        if (isBlankRow(values)) continue;
        if (width < 0) {
          const header = values.map((v) => String(xlsxCell(v) ?? "").trim());
          width = header.length;
          if (!sink.header(header)) break;
          continue;
        }
        const cells = new Array(Math.max(width, values.length));
        for (let i = 0; i < cells.length; i++) cells[i] = xlsxCell(values[i]);
        if (!sink.row(cells, row.number)) break;
      }
      if (width < 0) sink.header([]);
      return { sheet: name2 };
    }
  } catch (err) {
    if (err instanceof UnreadableFileError || err?.name === "AbortError") throw err;
    throw new UnreadableFileError(`not a readable XLSX workbook (${err.message})`);
  } finally {
    stream.destroy();
  }
  throw new UnreadableFileError(
    sheet === void 0 ? "the workbook has no worksheets" : `the workbook has no sheet named "${sheet}" (it has: ${seen.join(", ")})`
  );
}
var init_read_xlsx = __esm({
  "shared/practice/read-xlsx.ts"() {
    init_row_sink();
  }
});

// shared/practice/bench-import-child.ts
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

// shared/store/database.ts
import Database from "better-sqlite3";
import { existsSync } from "node:fs";

// shared/store/migrations.ts
var MIGRATIONS = [
  // 1: the first schema
  `
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE runs (
    id          TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    status      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    settings    TEXT NOT NULL,
    stats       TEXT NOT NULL,
    error       TEXT
  );

  -- Documents added to the audit; their bytes live here so the workspace is self-contained.
  CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    bytes     BLOB NOT NULL,
    size      INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    added_at  TEXT NOT NULL
  );

  -- The crawl frontier of a run: what is queued, done or refused, so a run resumes
  -- after an interruption without fetching a finished page twice.
  CREATE TABLE crawl_urls (
    run_id     TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    depth      INTEGER NOT NULL,
    state      TEXT NOT NULL,           -- queued | done | failed | excluded
    reason     TEXT,                    -- why failed/excluded (robots, trap, cap, http 404...)
    via        TEXT,                    -- link | sitemap | start | redirect
    updated_at TEXT NOT NULL,
    PRIMARY KEY (run_id, url)
  );
  CREATE INDEX crawl_urls_state ON crawl_urls(run_id, state);

  CREATE TABLE sources (
    id           TEXT PRIMARY KEY,
    run_id       TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    uri          TEXT NOT NULL,
    kind         TEXT NOT NULL,
    format       TEXT NOT NULL,
    title        TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    page_count   INTEGER,
    read_at      TEXT NOT NULL,
    warnings     TEXT NOT NULL DEFAULT '[]',
    UNIQUE (run_id, uri)
  );
  CREATE INDEX sources_run ON sources(run_id);

  CREATE TABLE passages (
    id          TEXT PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    role        TEXT NOT NULL,
    lead_in     TEXT,
    context     TEXT,
    location    TEXT NOT NULL,
    boilerplate INTEGER NOT NULL
  );
  CREATE INDEX passages_source ON passages(source_id, seq);

  CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    run_id      TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    data        TEXT NOT NULL,          -- the Claim as JSON (without id)
    category    TEXT NOT NULL,
    exposure    INTEGER NOT NULL,
    UNIQUE (run_id, key)
  );
  CREATE INDEX claims_run ON claims(run_id);

  CREATE TABLE datasets (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    format      TEXT NOT NULL,
    preset      TEXT,
    mapping     TEXT,
    row_count   INTEGER NOT NULL,
    skipped     TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL
  );

  CREATE TABLE practice_records (
    id          INTEGER PRIMARY KEY,
    dataset_id  TEXT REFERENCES datasets(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    metric      TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT NOT NULL,
    channel     TEXT,
    team        TEXT,
    reported_by TEXT,
    note        TEXT,
    manual      INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX practice_metric ON practice_records(metric);
  CREATE INDEX practice_dataset ON practice_records(dataset_id);

  CREATE TABLE findings (
    id             TEXT PRIMARY KEY,
    run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    claim_id       TEXT NOT NULL,
    verdict        TEXT NOT NULL,
    severity       REAL NOT NULL,
    data           TEXT NOT NULL,       -- the Finding as JSON
    UNIQUE (run_id, key)
  );
  CREATE INDEX findings_run ON findings(run_id, verdict);

  -- Append-only: a decision is never updated or deleted, the latest one counts.
  CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL UNIQUE,
    finding_key TEXT NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT,
    note        TEXT,
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL
  );
  CREATE INDEX reviews_key ON reviews(finding_key, seq);
  CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
  CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
  `
];

// shared/store/database.ts
var WorkspaceError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "WorkspaceError";
  }
};
var APPLICATION_ID = 1346458948;
function openDatabase(file, opts = {}) {
  const create = opts.create ?? true;
  if (!create && file !== ":memory:" && !existsSync(file)) {
    throw new WorkspaceError(`workspace not found: ${file}`);
  }
  let db;
  try {
    db = new Database(file, {
      readonly: opts.readonly ?? false,
      fileMustExist: !create,
      ...opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}
    });
  } catch (err) {
    throw new WorkspaceError(`cannot open workspace ${file}: ${err.message}`);
  }
  try {
    configure(db, file);
    if (!opts.readonly) migrate(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
function configure(db, file) {
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    if (file !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
  } catch (err) {
    throw new WorkspaceError(`${file} is not a Promise Auditor workspace (${err.message})`);
  }
}
function migrate(db, file) {
  const appId = db.pragma("application_id", { simple: true });
  const version = db.pragma("user_version", { simple: true });
  const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type='table'`).get().n;
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
    throw new WorkspaceError(`${file} is not a Promise Auditor workspace (it is another SQLite database)`);
  }
  if (version > MIGRATIONS.length) {
    throw new WorkspaceError(
      `${file} was written by a newer Promise Auditor (schema ${version}, this version knows ${MIGRATIONS.length}); update the app to open it`
    );
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

// shared/practice/import-practice.ts
import { randomBytes } from "node:crypto";

// shared/domain/settings.ts
import { z } from "zod";
var pattern = z.string().max(500).refine(
  (s2) => {
    try {
      new RegExp(s2);
      return true;
    } catch {
      return false;
    }
  },
  { message: "is not a valid regular expression" }
);
var CrawlOptionsSchema = z.object({
  /** Where to start; empty means no site crawl (documents only). */
  startUrls: z.array(z.string().url()).max(50).default([]),
  /** Stay on the start URLs' sites (scheme + registrable host). */
  sameSite: z.boolean().default(true),
  maxPages: z.number().int().min(1).max(1e5).default(500),
  maxDepth: z.number().int().min(0).max(100).default(10),
  /** Only URLs matching one of these (regular expressions) are followed; empty = all. */
  include: z.array(pattern).max(50).default([]),
  /** URLs matching any of these are never fetched. */
  exclude: z.array(pattern).max(50).default([]),
  /** Requests in flight per host. */
  concurrency: z.number().int().min(1).max(64).default(4),
  /** Pause between requests to one host, in milliseconds. */
  delayMs: z.number().int().min(0).max(6e4).default(250),
  /** Whole-request timeout, in milliseconds (also the idle timeout). */
  timeoutMs: z.number().int().min(1e3).max(3e5).default(2e4),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  /** Response size cap, counted after decompression, in bytes. */
  maxBytes: z.number().int().min(1024).max(1024 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Read the PDFs the site links to as flyers. */
  followPdfs: z.boolean().default(true),
  /** Render pages with a local Chrome/Chromium before reading them. */
  renderJs: z.boolean().default(false),
  /** Honour robots.txt (RFC 9309). Only a site's owner should turn this off. */
  respectRobots: z.boolean().default(true),
  /** Product token sent in User-Agent and matched in robots.txt (letters only). */
  userAgentToken: z.string().regex(/^[A-Za-z]+$/, "must be letters only (RFC 9309 product token)").default("PromiseAuditor")
});
var WorkingTimeSchema = z.object({
  /** ISO weekdays that are working days (1 = Monday ... 7 = Sunday). */
  days: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  /** Start and end of the working day, "HH:MM". */
  start: z.string().regex(/^\d{2}:\d{2}$/).default("09:00"),
  end: z.string().regex(/^\d{2}:\d{2}$/).default("17:00"),
  /** Holidays, "YYYY-MM-DD". */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([])
});
var JudgementSchema = z.object({
  /** Share of cases a guarantee or firm claim must meet. */
  targetFirm: z.number().min(0).max(1).default(0.95),
  /** Share of cases an "aim" claim must meet. */
  targetAim: z.number().min(0).max(1).default(0.8),
  /** Share for vague claims that still name a number. */
  targetVague: z.number().min(0).max(1).default(0.8),
  /** Fewer records than this and the verdict is `unsubstantiated`. */
  minRecords: z.number().int().min(1).max(1e5).default(20),
  /** Confidence of the Wilson interval used for `over-promised`. */
  confidence: z.number().min(0.5).max(0.999).default(0.95)
});
var AuditSettingsSchema = z.object({
  /** The company audited, shown on the report's cover. */
  company: z.string().max(200).default(""),
  crawl: CrawlOptionsSchema.default(CrawlOptionsSchema.parse({})),
  workingTime: WorkingTimeSchema.default(WorkingTimeSchema.parse({})),
  judgement: JudgementSchema.default(JudgementSchema.parse({}))
});

// shared/practice/byte-source.ts
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
var CHUNK_SIZE = 1024 * 1024;
function fileSource(path, size) {
  return {
    name: basename(path),
    size,
    async *chunks(chunkSize = CHUNK_SIZE) {
      const fh = await open(path, "r");
      try {
        for (; ; ) {
          const buf = Buffer.allocUnsafe(chunkSize);
          const { bytesRead } = await fh.read(buf, 0, chunkSize, null);
          if (bytesRead === 0) return;
          yield bytesRead === chunkSize ? buf : buf.subarray(0, bytesRead);
        }
      } finally {
        await fh.close();
      }
    },
    async head(n) {
      const fh = await open(path, "r");
      try {
        const buf = Buffer.alloc(Math.min(n, size));
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    }
  };
}
function memorySource(bytes, name2) {
  return {
    name: name2,
    size: bytes.byteLength,
    async *chunks(chunkSize = CHUNK_SIZE) {
      for (let i = 0; i < bytes.byteLength; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
    async head(n) {
      return bytes.subarray(0, n);
    }
  };
}
async function openByteSource(input) {
  if (typeof input === "object" && "bytes" in input) {
    if (!(input.bytes instanceof Uint8Array)) throw new TypeError("practice input: bytes must be a Uint8Array");
    return memorySource(input.bytes, input.name ?? "upload");
  }
  const path = typeof input === "string" ? input : input.path;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`practice log not found: ${path}`);
  }
  if (!info.isFile()) throw new Error(`practice log is not a file: ${path}`);
  return fileSource(path, info.size);
}

// shared/practice/import-options.ts
import { z as z4 } from "zod";

// shared/practice/mapping-schema.ts
import { z as z3 } from "zod";

// shared/domain/schemas.ts
import { z as z2 } from "zod";

// shared/domain/vocabulary.ts
var CLAIM_CATEGORIES = [
  "phone-answer",
  "callback",
  "email-response",
  "letter-response",
  "enquiry-response",
  "complaint-response",
  "complaint-resolution",
  "visit-wait",
  "appointment",
  "delivery-time",
  "delivery-accuracy",
  "refund-time",
  "returns-window",
  "first-contact-resolution",
  "availability-hours",
  "price",
  "satisfaction-guarantee",
  "staff-conduct",
  "values",
  "other"
];
var CLAIM_UNITS = [
  "seconds",
  "minutes",
  "hours",
  "days",
  "working-days",
  "business-hours",
  "weeks",
  "rings",
  "percent",
  "currency"
];
var PRACTICE_UNITS = [...CLAIM_UNITS, "outcome"];
var STRENGTHS = ["guarantee", "firm", "aim", "vague"];
var SCOPES = ["all", "share", "unspecified"];
var SOURCE_KINDS = ["page", "flyer", "policy"];
var SOURCE_FORMATS = ["html", "pdf", "docx", "markdown", "text", "image"];
var PASSAGE_ROLES = ["sentence", "list-item", "table-cell", "heading", "faq-answer"];
var VERDICTS = [
  "kept",
  "at-risk",
  "over-promised",
  "unsubstantiated",
  "unmeasurable",
  "inconsistent"
];
var REVIEW_STATUSES = ["open", "accepted", "dismissed", "reworded"];
var RUN_STATUSES = ["running", "done", "failed", "cancelled", "interrupted"];
var RUN_STAGES = ["crawl", "documents", "extract", "crosscheck", "done"];

// shared/domain/schemas.ts
var ClaimCategorySchema = z2.enum(CLAIM_CATEGORIES);
var ClaimUnitSchema = z2.enum(CLAIM_UNITS);
var PracticeUnitSchema = z2.enum(PRACTICE_UNITS);
var StrengthSchema = z2.enum(STRENGTHS);
var ScopeSchema = z2.enum(SCOPES);
var SourceKindSchema = z2.enum(SOURCE_KINDS);
var SourceFormatSchema = z2.enum(SOURCE_FORMATS);
var PassageRoleSchema = z2.enum(PASSAGE_ROLES);
var VerdictSchema = z2.enum(VERDICTS);
var ReviewStatusSchema = z2.enum(REVIEW_STATUSES);
var RunStatusSchema = z2.enum(RUN_STATUSES);
var RunStageSchema = z2.enum(RUN_STAGES);
var LocationSchema = z2.object({
  /** 1-based page number for paged documents (PDF), else null. */
  page: z2.number().int().positive().nullable(),
  /** Element path for markup sources ("main > ul:nth-of-type(1) > li:nth-of-type(2)"), else null. */
  path: z2.string().nullable(),
  /** 1-based line for plain-text sources (TXT, Markdown), else null. */
  line: z2.number().int().positive().nullable()
});
var OccurrenceSchema = z2.object({
  /** The page URL or the document's file URI. */
  uri: z2.string(),
  /** Web page, flyer or policy. */
  kind: SourceKindSchema,
  /** Where in that source. */
  location: LocationSchema
});
var SourceSchema = z2.object({
  /** Stable id within the workspace. */
  id: z2.string(),
  /** The run that read it. */
  runId: z2.string(),
  /** Page URL or file URI. */
  uri: z2.string(),
  /** Web page, flyer or policy. */
  kind: SourceKindSchema,
  /** File format it was read from. */
  format: SourceFormatSchema,
  /** Title (HTML <title>, PDF title, file name). */
  title: z2.string(),
  /** SHA-256 of the normalised text, for duplicate detection. */
  contentHash: z2.string(),
  /** Number of pages for paged formats, else null. */
  pageCount: z2.number().int().nullable(),
  /** When it was read (ISO 8601). */
  readAt: z2.string()
});
var PassageSchema = z2.object({
  id: z2.string(),
  sourceId: z2.string(),
  /** The passage as it stands in the source, whitespace collapsed. */
  text: z2.string(),
  /** Structural role. */
  role: PassageRoleSchema,
  /** The lead-in a list item hangs under ("If you phone us, we will:"), else null. */
  leadIn: z2.string().nullable(),
  /** Context that changes its meaning: a table's column/row header or an FAQ question. */
  context: z2.string().nullable(),
  /** Where it sits. */
  location: LocationSchema,
  /** True when the passage is repeated boilerplate (banner, footer) seen on many pages. */
  boilerplate: z2.boolean()
});
var ClaimSchema = z2.object({
  id: z2.string(),
  /** Stable identity across runs: a hash of the normalised passage text. */
  key: z2.string(),
  /** The passage as it stands in the source, whitespace collapsed. */
  text: z2.string(),
  /** Character offsets of the promise inside `text` ([start, end)), for highlighting. */
  span: z2.tuple([z2.number().int().nonnegative(), z2.number().int().nonnegative()]),
  category: ClaimCategorySchema,
  /** True when a practice log could confirm or refute it with a number. */
  measurable: z2.boolean(),
  /** The threshold, or the low end of a range. */
  value: z2.number().nullable(),
  /** The high end of a range ("3-5 working days"), else null. */
  valueMax: z2.number().nullable(),
  unit: ClaimUnitSchema.nullable(),
  strength: StrengthSchema,
  scope: ScopeSchema,
  /** The stated percentage when scope is `share`, else null. */
  share: z2.number().nullable(),
  /** Where it was first seen. */
  source: OccurrenceSchema,
  /** Every place it appears; its length is the claim's exposure. */
  occurrences: z2.array(OccurrenceSchema)
});
var PracticeRecordSchema = z2.object({
  id: z2.string(),
  /** The imported dataset it came from, or null for a report logged in the app. */
  datasetId: z2.string().nullable(),
  /** When it happened (ISO 8601). */
  occurredAt: z2.string(),
  /** The claim category it measures. */
  metric: ClaimCategorySchema,
  value: z2.number(),
  unit: PracticeUnitSchema,
  channel: z2.string().nullable(),
  team: z2.string().nullable(),
  reportedBy: z2.string().nullable(),
  note: z2.string().nullable(),
  /** True when a staff member logged it by hand in the app. */
  manual: z2.boolean()
});
var FindingSchema = z2.object({
  id: z2.string(),
  runId: z2.string(),
  /** Stable across runs, so reviews carry over: verdict family + claim key(s). */
  key: z2.string(),
  claimId: z2.string(),
  verdict: VerdictSchema,
  /** For `inconsistent`: the other claim, stating a different threshold. */
  conflictsWith: z2.string().nullable(),
  /** Number of practice records that measure it. */
  n: z2.number().int().nonnegative(),
  /** Share of records meeting the claim (0..1), or null when there are none. */
  attainment: z2.number().nullable(),
  /** Lower and upper bounds of the Wilson interval on attainment. */
  attainmentLow: z2.number().nullable(),
  attainmentHigh: z2.number().nullable(),
  /** Share of cases the claim must meet to count as kept (0..1). */
  target: z2.number().nullable(),
  /** Practice percentiles, in the claim's unit. */
  p50: z2.number().nullable(),
  p90: z2.number().nullable(),
  p95: z2.number().nullable(),
  /** 0..100, gap x exposure x strength. */
  severity: z2.number(),
  /** One plain sentence. */
  explanation: z2.string(),
  /** An honest rewording practice supports, or null. */
  suggestion: z2.string().nullable()
});
var ReviewSchema = z2.object({
  id: z2.string(),
  /** The finding's stable key, so decisions survive a re-run. */
  findingKey: z2.string(),
  status: ReviewStatusSchema,
  /** Required when dismissed. */
  reason: z2.string().nullable(),
  /** The new wording when reworded, or a free note. */
  note: z2.string().nullable(),
  reviewer: z2.string(),
  /** ISO 8601. */
  at: z2.string()
});
var RunStatsSchema = z2.object({
  pagesFetched: z2.number().int(),
  pagesQueued: z2.number().int(),
  pagesFailed: z2.number().int(),
  pagesExcluded: z2.number().int(),
  documentsRead: z2.number().int(),
  passages: z2.number().int(),
  claims: z2.number().int(),
  findings: z2.number().int()
});
var RunSchema = z2.object({
  id: z2.string(),
  /** 1, 2, 3 ... in the workspace. */
  number: z2.number().int().positive(),
  status: RunStatusSchema,
  stage: RunStageSchema,
  startedAt: z2.string(),
  finishedAt: z2.string().nullable(),
  /** The settings it ran with, frozen. */
  settings: z2.unknown(),
  stats: RunStatsSchema,
  /** Why it failed, when it did. */
  error: z2.string().nullable()
});

// shared/practice/mapping-schema.ts
var name = z3.string().min(1).max(200);
var DateOrderSchema = z3.enum(["auto", "ymd", "dmy", "mdy"]);
var ColumnRefSchema = z3.union([name, z3.array(name).min(1).max(30)]);
var TextSourceSchema = z3.union([
  z3.strictObject({
    column: ColumnRefSchema,
    /** Put in front of the cell's text ("ticket " + "4711"). */
    prefix: z3.string().max(100).optional()
  }),
  z3.strictObject({ constant: z3.string().max(500) })
]);
var MetricSourceSchema = z3.union([
  /** A column naming the category ("phone-answer", "callback", "Phone answer"). */
  z3.strictObject({ column: ColumnRefSchema }),
  z3.strictObject({ constant: ClaimCategorySchema }),
  /**
   * Decide from the text of some columns: the first rule whose words appear in any of them wins
   * ("Via" contains "mail" -> email-response); else `otherwise`; with no `otherwise` the
   * measure makes no record for that row.
   */
  z3.strictObject({
    lookup: z3.array(name).min(1).max(10),
    rules: z3.array(
      z3.strictObject({
        contains: z3.array(z3.string().min(1).max(100)).min(1).max(30),
        metric: ClaimCategorySchema
      })
    ).max(30),
    otherwise: ClaimCategorySchema.optional()
  })
]);
var UnitSourceSchema = z3.union([
  z3.strictObject({ column: ColumnRefSchema }),
  z3.strictObject({ constant: PracticeUnitSchema })
]);
var DurationUnitSchema = z3.enum([
  "seconds",
  "minutes",
  "hours",
  "days",
  "weeks",
  "working-days",
  "business-hours"
]);
var ValueSourceSchema = z3.union([
  /**
   * A number (or a clock duration "0:01:23") in one column. `inputUnit` says what the column
   * counts when it differs from the record's unit ("First reply time in minutes" stored as
   * hours); with a working-time record unit the column is read as working time.
   */
  z3.strictObject({
    column: ColumnRefSchema,
    inputUnit: DurationUnitSchema.optional()
  }),
  /**
   * A duration between two timestamps, measured in the record's unit: working-days and
   * business-hours count working time (working week, hours, holidays), others calendar time.
   */
  z3.strictObject({ start: ColumnRefSchema, end: ColumnRefSchema }),
  /** A met/missed column; the record's unit must be `outcome`. Extra words may be named. */
  z3.strictObject({
    outcome: ColumnRefSchema,
    met: z3.array(z3.string().min(1).max(50)).max(30).optional(),
    missed: z3.array(z3.string().min(1).max(50)).max(30).optional()
  })
]);
var MeasureSchema = z3.strictObject({
  metric: MetricSourceSchema,
  unit: UnitSourceSchema,
  value: ValueSourceSchema,
  /** An empty value (an unsolved ticket has no resolution time): `skip` makes no record, `error` reports the row. */
  whenEmpty: z3.enum(["error", "skip"]).default("error"),
  /** Use this measure only when none of these columns is present (a fallback for older exports). */
  onlyWithout: z3.array(name).max(10).optional()
});
var ColumnMappingSchema = z3.strictObject({
  /** When the case happened (a call's start, a ticket's creation). */
  occurredAt: ColumnRefSchema,
  /** How to read dates written with slashes or dots; `auto` refuses ambiguous ones. */
  dateOrder: DateOrderSchema.default("auto"),
  measures: z3.array(MeasureSchema).min(1).max(12),
  channel: TextSourceSchema.optional(),
  team: TextSourceSchema.optional(),
  reportedBy: TextSourceSchema.optional(),
  note: TextSourceSchema.optional()
});
var PresetSchema = z3.strictObject({
  name: z3.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z3.string().max(100),
  description: z3.string().max(1e3),
  /** Columns that must all be present for the preset to be suggested. */
  requires: z3.array(name).max(20),
  /** At least one of these must be present too (when non-empty). */
  requiresAny: z3.array(name).max(30),
  mapping: ColumnMappingSchema
});

// shared/practice/input-format.ts
import { extname } from "node:path";
var INPUT_FORMATS = ["csv", "tsv", "xlsx", "json", "jsonl"];
function detectFormat(name2, headBytes, headText) {
  if (headBytes[0] === 80 && headBytes[1] === 75 && headBytes[2] === 3 && headBytes[3] === 4) return "xlsx";
  const ext = extname(name2).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  const first = headText?.replace(/^\uFEFF/, "").trimStart()[0];
  if (first === "[") return "json";
  if (first === "{") return "jsonl";
  if (ext === ".tsv" || ext === ".tab") return "tsv";
  return "csv";
}

// shared/practice/text-encoding.ts
import { isUtf8 } from "node:buffer";
var TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];
function encodingFromHead(head) {
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return "utf-8";
  if (head[0] === 255 && head[1] === 254) return "utf-16le";
  if (head[0] === 254 && head[1] === 255) return "utf-16be";
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}
function incompleteTail(buf) {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 192) === 128) continue;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}
async function isUtf8Source(source) {
  let carry = new Uint8Array(0);
  for await (const chunk of source.chunks()) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const tail = incompleteTail(buf);
    if (!isUtf8(buf.subarray(0, buf.length - tail))) return false;
    carry = buf.slice(buf.length - tail);
  }
  return carry.length === 0;
}
async function detectEncoding(source) {
  const proven = encodingFromHead(await source.head(4096));
  if (proven) return proven;
  return await isUtf8Source(source) ? "utf-8" : "windows-1252";
}
var TEXT_PIECE_BYTES = 64 * 1024;
async function* decodeChunks(chunks, encoding) {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.byteLength; i += TEXT_PIECE_BYTES) {
      const text = decoder.decode(chunk.subarray(i, i + TEXT_PIECE_BYTES), { stream: true });
      if (text.length) yield text;
    }
  }
  const last = decoder.decode();
  if (last.length) yield last;
}

// shared/practice/import-options.ts
var ReadOptionsSchema = z4.strictObject({
  /** The file format; detected from the bytes and the name when absent. */
  format: z4.enum(INPUT_FORMATS).optional(),
  /** The text encoding; detected (BOM, UTF-16 pattern, UTF-8 validity) when absent. */
  encoding: z4.enum(TEXT_ENCODINGS).optional(),
  /** One character; sniffed from the header line when absent. */
  delimiter: z4.string().length(1).optional(),
  /** The XLSX worksheet to read; the first when absent. */
  sheet: z4.string().max(200).optional(),
  /** A preset by name; with neither preset nor mapping the preset is detected from the header. */
  preset: z4.string().max(40).optional(),
  /** A hand-made column mapping (ColumnMappingSchema); validated when the header is known. */
  mapping: z4.unknown().optional(),
  /** How to read dates with slashes or dots, overriding the mapping's. */
  dateOrder: DateOrderSchema.optional(),
  /** The working week used for working-time durations. */
  workingTime: WorkingTimeSchema.optional()
});
var ImportOptionsSchema = ReadOptionsSchema.extend({
  /** The dataset's name; the file's name when absent. */
  name: z4.string().min(1).max(200).optional(),
  /** Import the good rows and list the bad ones, instead of importing nothing. */
  skipBadRows: z4.boolean().default(false),
  /** How many bad rows are listed (all are counted). */
  maxListedErrors: z4.number().int().min(1).max(1e4).default(100)
});

// shared/practice/cell-values.ts
function isEmptyCell(cell) {
  if (cell === null || cell === void 0) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) > 32) return false;
  return true;
}
function cellText(cell) {
  if (cell === null || cell === void 0) return "";
  if (typeof cell === "string") return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell);
}
var DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
function parseDecimal(text) {
  if (!DECIMAL.test(text)) return Number.NaN;
  return +text;
}
function parseClockSeconds(text) {
  const parts = text.trim().split(":");
  if (parts.length < 2 || parts.length > 3) return Number.NaN;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    if (!(last ? /^\d+(?:\.\d+)?$/ : /^\d+$/).test(part)) return Number.NaN;
    const v = +part;
    if (i > 0 && v >= 60) return Number.NaN;
    total = total * 60 + v;
  }
  return total;
}
var OUTCOME_WORDS = /* @__PURE__ */ new Map([
  ["1", 1],
  ["0", 0],
  ["true", 1],
  ["false", 0],
  ["yes", 1],
  ["no", 0],
  ["y", 1],
  ["n", 0],
  ["met", 1],
  ["missed", 0],
  ["not met", 0],
  ["kept", 1],
  ["broken", 0],
  ["pass", 1],
  ["fail", 0],
  ["ok", 1],
  ["correct", 1],
  ["incorrect", 0],
  ["complete", 1],
  ["incomplete", 0],
  ["within sla", 1],
  ["sla violated", 0],
  ["achieved", 1],
  ["breached", 0]
]);
function parseOutcome(cell, met, missed) {
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (typeof cell === "number") return cell === 1 ? 1 : cell === 0 ? 0 : Number.NaN;
  if (typeof cell !== "string") return Number.NaN;
  const key = cell.trim().toLowerCase();
  if (met?.has(key)) return 1;
  if (missed?.has(key)) return 0;
  const v = OUTCOME_WORDS.get(key);
  return v === void 0 ? Number.NaN : v;
}
function slug(text) {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, "-");
}
var METRIC_ALIASES = new Map([
  ...CLAIM_CATEGORIES.map((c) => [c, c]),
  ["phone", "phone-answer"],
  ["call-answer", "phone-answer"],
  ["calls", "phone-answer"],
  ["call-back", "callback"],
  ["callbacks", "callback"],
  ["call-backs", "callback"],
  ["email", "email-response"],
  ["emails", "email-response"],
  ["e-mail", "email-response"],
  ["letter", "letter-response"],
  ["letters", "letter-response"],
  ["enquiry", "enquiry-response"],
  ["inquiry-response", "enquiry-response"],
  ["complaint-acknowledgement", "complaint-response"],
  ["complaint", "complaint-resolution"],
  ["complaints", "complaint-resolution"],
  ["delivery", "delivery-time"],
  ["refund", "refund-time"],
  ["returns", "returns-window"],
  ["fcr", "first-contact-resolution"]
]);
var metricCache = /* @__PURE__ */ new Map();
function metricOf(text) {
  const hit = metricCache.get(text);
  if (hit !== void 0) return hit;
  const found = METRIC_ALIASES.get(slug(text)) ?? null;
  if (metricCache.size < 1e4) metricCache.set(text, found);
  return found;
}
var UNIT_ALIASES = new Map([
  ...PRACTICE_UNITS.map((u) => [u, u]),
  ...["s", "sec", "secs", "second"].map((a) => [a, "seconds"]),
  ...["m", "min", "mins", "minute"].map((a) => [a, "minutes"]),
  ...["h", "hr", "hrs", "hour"].map((a) => [a, "hours"]),
  ...["d", "day", "calendar-days", "calendar-day"].map((a) => [a, "days"]),
  ...["w", "wk", "wks", "week"].map((a) => [a, "weeks"]),
  ...["wd", "working-day", "business-days", "business-day", "workdays", "workday"].map(
    (a) => [a, "working-days"]
  ),
  ...["bh", "business-hour", "working-hours", "working-hour", "office-hours"].map(
    (a) => [a, "business-hours"]
  ),
  ...["ring"].map((a) => [a, "rings"]),
  ...["%", "pct", "per-cent", "percentage"].map((a) => [a, "percent"]),
  ...["gbp", "usd", "eur", "\xA3", "$", "\u20AC", "money"].map((a) => [a, "currency"]),
  ...["met/missed", "met", "boolean", "bool", "yes/no"].map((a) => [a, "outcome"])
]);
var unitCache = /* @__PURE__ */ new Map();
function unitOf(text) {
  const hit = unitCache.get(text);
  if (hit !== void 0) return hit;
  const found = UNIT_ALIASES.get(slug(text)) ?? null;
  if (unitCache.size < 1e4) unitCache.set(text, found);
  return found;
}
function clip(text, max = 60) {
  const flat = text.replace(/[\r\n\t]+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// shared/practice/row-errors.ts
var RowErrorList = class {
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  items = [];
  total = 0;
  add(error) {
    this.total++;
    if (this.items.length < this.cap) this.items.push(error);
  }
};
function describeRowError(e) {
  return `line ${e.line}${e.column !== null ? `, column "${e.column}"` : ""}: ${e.reason}`;
}
var PracticeImportError = class _PracticeImportError extends Error {
  constructor(message, errors = [], total = errors.length) {
    super(message);
    this.errors = errors;
    this.total = total;
    this.name = "PracticeImportError";
  }
  errors;
  total;
  /** The error for a file with bad rows, listing the first few in its message. */
  static badRows(list) {
    const shown = list.items.slice(0, 5).map(describeRowError).join("; ");
    const more = list.total > 5 ? `; and ${list.total - 5} more` : "";
    return new _PracticeImportError(
      `${list.total} bad row${list.total === 1 ? "" : "s"}, nothing imported (use "skip bad rows" to import the rest): ${shown}${more}`,
      list.items,
      list.total
    );
  }
};
var ImportCancelledError = class extends Error {
  constructor() {
    super("the import was cancelled; nothing was imported");
    this.name = "AbortError";
  }
};

// shared/practice/row-records.ts
function newRowRecords() {
  return {
    occurredAt: "",
    channel: null,
    team: null,
    reportedBy: null,
    note: null,
    count: 0,
    metrics: [],
    units: [],
    values: [],
    errorColumn: null,
    errorReason: ""
  };
}
function fail(out, column2, reason) {
  out.errorColumn = column2;
  out.errorReason = reason;
  return -1;
}

// shared/practice/import-sink.ts
function shapeProblem(cells, width) {
  if (cells.length === width) return null;
  const ragged = `${cells.length} fields where the header has ${width} (a ragged row)`;
  if (cells.length < width) return ragged;
  for (let i = width; i < cells.length; i++) if (!isEmptyCell(cells[i])) return ragged;
  return null;
}
var ImportSink = class _ImportSink {
  constructor(bind, write, opts) {
    this.bind = bind;
    this.write = write;
    this.opts = opts;
    this.errors = new RowErrorList(opts.maxListedErrors);
  }
  bind;
  write;
  opts;
  compiled = null;
  preset = null;
  /** A problem that stops the import as a whole (the mapping does not fit). */
  fatal = null;
  rowsRead = 0;
  records = 0;
  rowsWithoutRecords = 0;
  errors;
  width = 0;
  /** Rows looked at, good or bad (for a preview's limit). */
  seen = 0;
  out = newRowRecords();
  header(columns) {
    try {
      const { compiled, preset } = this.bind(columns);
      this.compiled = compiled;
      this.preset = preset;
      this.width = columns.length;
      return true;
    } catch (err) {
      this.fatal = err;
      return false;
    }
  }
  /** True when every cell is empty (a line of bare delimiters). */
  static blank(cells) {
    for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) return false;
    return true;
  }
  row(cells, line) {
    const compiled = this.compiled;
    if (!compiled) return false;
    if (isEmptyCell(cells[0]) && _ImportSink.blank(cells)) return true;
    this.rowsRead++;
    this.seen++;
    if (this.opts.checkShape && cells.length !== this.width) {
      const problem = shapeProblem(cells, this.width);
      if (problem) {
        this.errors.add({ line, column: null, reason: problem });
        return this.more();
      }
    }
    const out = this.out;
    if (!compiled.convert(cells, out)) {
      this.errors.add({ line, column: out.errorColumn, reason: out.errorReason });
      return this.more();
    }
    if (out.count === 0) this.rowsWithoutRecords++;
    else if (this.errors.total === 0 || this.opts.skipBadRows) {
      this.records += out.count;
      this.write(out);
    }
    return this.more();
  }
  more() {
    return this.opts.stopAfterRows === void 0 || this.seen < this.opts.stopAfterRows;
  }
  bad(line, reason) {
    this.seen++;
    this.errors.add({ line, column: null, reason });
  }
};

// shared/practice/read-rows.ts
import { isUtf8 as isUtf82 } from "node:buffer";

// shared/practice/csv-tokenizer.ts
var MAX_ROW_CHARS = 4 * 1024 * 1024;
var CsvTokenizer = class {
  constructor(delimiter, onRow, onBad) {
    this.delimiter = delimiter;
    this.onRow = onRow;
    this.onBad = onBad;
  }
  delimiter;
  onRow;
  onBad;
  rest = "";
  line = 1;
  stopped = false;
  quotedValue = "";
  quotedLines = 0;
  /** True once the row handler asked to stop or the text could not be read further. */
  get done() {
    return this.stopped;
  }
  /** Feed the next piece of text. */
  push(chunk) {
    if (this.stopped) return;
    this.parse(this.rest.length ? this.rest + chunk : chunk, false);
    if (this.rest.length > MAX_ROW_CHARS) {
      this.onBad(this.line, `a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MB (an unclosed quote?)`);
      this.rest = "";
      this.stopped = true;
    }
  }
  /** Flush the last row, which may lack a final line break. */
  end() {
    if (this.stopped) return;
    this.parse(this.rest, true);
    this.rest = "";
  }
  /**
   * Read a quoted field starting at `start` (the opening quote). Returns the index after the
   * closing quote, -1 when the text ends first and more may come, -2 when it never closes.
   */
  readQuoted(buf, start, final) {
    let value = "";
    let segment = start + 1;
    let i = segment;
    for (; ; ) {
      const q = buf.indexOf('"', i);
      if (q === -1) return final ? -2 : -1;
      if (q + 1 >= buf.length && !final) return -1;
      if (buf.charCodeAt(q + 1) === 34) {
        value += buf.slice(segment, q + 1);
        i = q + 2;
        segment = i;
        continue;
      }
      value += buf.slice(segment, q);
      let lines = 0;
      for (let k = value.indexOf("\n"); k !== -1; k = value.indexOf("\n", k + 1)) lines++;
      this.quotedValue = value;
      this.quotedLines = lines;
      return q + 1;
    }
  }
  parse(buf, final) {
    const d = this.delimiter;
    const dc = String.fromCharCode(d);
    const len = buf.length;
    let pos = 0;
    let line = this.line;
    let nextD = -1;
    rows: while (pos < len && !this.stopped) {
      let nl = buf.indexOf("\n", pos);
      if (nl === -1) {
        if (!final) break;
        nl = len;
      }
      if (nl === pos || nl === pos + 1 && buf.charCodeAt(pos) === 13) {
        pos = nl + 1;
        line++;
        continue;
      }
      const rowLine = line;
      const fields = [];
      let fs = pos;
      for (; ; ) {
        if (buf.charCodeAt(fs) === 34) {
          const after = this.readQuoted(buf, fs, final);
          if (after === -1) {
            line = rowLine;
            break rows;
          }
          if (after === -2) {
            this.onBad(rowLine, "a quoted field is never closed");
            pos = len;
            this.stopped = true;
            break rows;
          }
          fields.push(this.quotedValue);
          line += this.quotedLines;
          if (after > nl) {
            nl = buf.indexOf("\n", after);
            if (nl === -1) {
              if (!final) {
                line = rowLine;
                break rows;
              }
              nl = len;
            }
          }
          const c = buf.charCodeAt(after);
          if (c === d) {
            fs = after + 1;
            continue;
          }
          if (after >= len || after === nl || c === 13 && after + 1 === nl) break;
          this.onBad(rowLine, "text after the closing quote of a field");
          fields.length = 0;
          break;
        }
        if (nextD < fs) {
          nextD = buf.indexOf(dc, fs);
          if (nextD === -1) nextD = len;
        }
        if (nextD < nl) {
          fields.push(buf.slice(fs, nextD));
          fs = nextD + 1;
          continue;
        }
        const e = nl > fs && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        fields.push(buf.slice(fs, e));
        break;
      }
      pos = nl + 1;
      line++;
      if (fields.length > 0 && !this.onRow(fields, rowLine)) this.stopped = true;
    }
    if (pos < len && !this.stopped) {
      this.rest = pos === 0 ? buf : buf.slice(pos);
    } else {
      this.rest = "";
    }
    this.line = line;
  }
};
function sniffDelimiter(firstText) {
  const end2 = firstText.indexOf("\n");
  const line = end2 === -1 ? firstText.slice(0, 64 * 1024) : firstText.slice(0, end2);
  const counts = /* @__PURE__ */ new Map([
    [",", 0],
    ["	", 0],
    [";", 0],
    ["|", 0]
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch) + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const [ch, n] of counts) {
    if (n > bestCount) {
      best = ch;
      bestCount = n;
    }
  }
  return best;
}

// shared/practice/read-delimited.ts
async function readDelimited(text, sink, delimiter) {
  let tokenizer = null;
  let used = delimiter ?? ",";
  let crOnly = false;
  let headerSeen = false;
  const onRow = (fields, line) => {
    if (headerSeen) return sink.row(fields, line);
    headerSeen = true;
    if (fields[0]?.charCodeAt(0) === 65279) fields[0] = fields[0].slice(1);
    return sink.header(fields.map((f) => f.trim()));
  };
  for await (const chunk of text) {
    if (!tokenizer) {
      used = delimiter ?? sniffDelimiter(chunk);
      if (used.length !== 1) throw new RangeError(`delimiter must be one character, not "${used}"`);
      crOnly = chunk.indexOf("\n") === -1 && chunk.indexOf("\r") !== -1;
      tokenizer = new CsvTokenizer(used.charCodeAt(0), onRow, (line, reason) => sink.bad(line, reason));
    }
    tokenizer.push(crOnly ? chunk.replace(/\r/g, "\n") : chunk);
    if (tokenizer.done) break;
  }
  tokenizer?.end();
  return { delimiter: used };
}

// shared/practice/read-json.ts
init_row_sink();
var MAX_OBJECT_CHARS = 1024 * 1024;
var HEADER_SAMPLE = 50;
function jsonCell(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  const text = JSON.stringify(v);
  return text.length > 2e3 ? text.slice(0, 2e3) : text;
}
var ObjectRows = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  columns = null;
  pending = [];
  stopped = false;
  get done() {
    return this.stopped;
  }
  add(value, line) {
    if (this.stopped) return;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.sink.bad(line, "is not a JSON object");
      return;
    }
    const obj = value;
    if (this.columns) this.emit(obj, line);
    else {
      this.pending.push({ obj, line });
      if (this.pending.length >= HEADER_SAMPLE) this.flush();
    }
  }
  flush() {
    if (this.columns) return;
    const seen = /* @__PURE__ */ new Set();
    for (const { obj } of this.pending) for (const k of Object.keys(obj)) seen.add(k);
    this.columns = [...seen];
    if (!this.sink.header(this.columns)) this.stopped = true;
    const pending = this.pending;
    this.pending = [];
    for (const { obj, line } of pending) if (!this.stopped) this.emit(obj, line);
  }
  emit(obj, line) {
    const cols = this.columns;
    const cells = new Array(cols.length);
    for (let i = 0; i < cols.length; i++) {
      const k = cols[i];
      cells[i] = Object.hasOwn(obj, k) ? jsonCell(obj[k]) : null;
    }
    if (!this.sink.row(cells, line)) this.stopped = true;
  }
};
function parseOrReport(text, line, rows, sink) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    sink.bad(line, `invalid JSON (${err.message})`);
    return;
  }
  rows.add(value, line);
}
async function readJsonLines(text, sink) {
  const rows = new ObjectRows(sink);
  let rest = "";
  let line = 1;
  for await (const chunk of text) {
    const buf = rest + chunk;
    let start = 0;
    for (let nl = buf.indexOf("\n"); nl !== -1; nl = buf.indexOf("\n", start)) {
      const item = buf.slice(start, nl).trim();
      if (item.length) parseOrReport(item.replace(/^\uFEFF/, ""), line, rows, sink);
      line++;
      start = nl + 1;
      if (rows.done) return;
    }
    rest = buf.slice(start);
    if (rest.length > MAX_OBJECT_CHARS) throw new UnreadableFileError(`line ${line} is longer than 1 MB`);
  }
  const last = rest.trim();
  if (last.length) parseOrReport(last.replace(/^\uFEFF/, ""), line, rows, sink);
  rows.flush();
}
async function readJsonArray(text, sink) {
  const rows = new ObjectRows(sink);
  let line = 1;
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = "";
  let elementLine = 0;
  for await (const chunk of text) {
    let start = depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length && !closed; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (depth > 0) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
        } else if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          depth--;
          if (depth === 0) {
            parseOrReport(element + chunk.slice(start, i + 1), elementLine, rows, sink);
            element = "";
            start = -1;
            if (rows.done) return;
          }
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 13 || c === 10 || c === 65279) continue;
      if (!opened) {
        if (c !== 91) throw new UnreadableFileError("a JSON log must be an array of objects ([{...}, ...])");
        opened = true;
      } else if (c === 44) continue;
      else if (c === 93) closed = true;
      else if (c === 123) {
        depth = 1;
        start = i;
        elementLine = line;
      } else {
        throw new UnreadableFileError(`line ${line}: an element of the JSON array is not an object`);
      }
    }
    if (depth > 0) {
      element += chunk.slice(start);
      if (element.length > MAX_OBJECT_CHARS) {
        throw new UnreadableFileError(`line ${elementLine}: a JSON object longer than 1 MB`);
      }
    }
    if (closed) break;
  }
  if (depth > 0 || !opened || !closed) {
    throw new UnreadableFileError(depth > 0 ? `line ${elementLine}: the JSON object is never closed` : "the JSON array is never closed");
  }
  rows.flush();
}

// shared/practice/read-rows.ts
function headIsUtf8(head) {
  let end2 = head.length;
  for (let back = 1; back <= 3 && back <= head.length; back++) {
    if ((head[head.length - back] & 192) !== 128) {
      if (head[head.length - back] >= 192) end2 = head.length - back;
      break;
    }
  }
  return isUtf82(head.subarray(0, end2));
}
async function planRead(source, given, validateUtf8 = true) {
  const head = await source.head(64 * 1024);
  let encoding = given.encoding ?? null;
  if (!encoding && !(head[0] === 80 && head[1] === 75)) {
    encoding = encodingFromHead(head) ?? (validateUtf8 ? await detectEncoding(source) : headIsUtf8(head) ? "utf-8" : "windows-1252");
  }
  const headText = encoding ? new TextDecoder(encoding).decode(head.subarray(0, 4096)) : null;
  const format = given.format ?? detectFormat(source.name, head, headText);
  return {
    format,
    encoding: format === "xlsx" ? null : encoding ?? "utf-8",
    ...given.delimiter !== void 0 ? { delimiter: given.delimiter } : format === "tsv" ? { delimiter: "	" } : {},
    ...given.sheet !== void 0 ? { sheet: given.sheet } : {}
  };
}
async function* hooked(chunks, hook) {
  let bytes = 0;
  for await (const chunk of chunks) {
    hook?.(bytes);
    bytes += chunk.byteLength;
    yield chunk;
  }
  hook?.(bytes);
}
async function readRows(source, plan, sink, hook) {
  const bytes = hooked(source.chunks(), hook);
  if (plan.format === "xlsx") {
    const { readXlsx: readXlsx2 } = await Promise.resolve().then(() => (init_read_xlsx(), read_xlsx_exports));
    return readXlsx2(bytes, sink, plan.sheet);
  }
  const text = decodeChunks(bytes, plan.encoding ?? "utf-8");
  if (plan.format === "json") {
    await readJsonArray(text, sink);
    return {};
  }
  if (plan.format === "jsonl") {
    await readJsonLines(text, sink);
    return {};
  }
  return readDelimited(text, sink, plan.delimiter);
}

// shared/practice/record-writer.ts
var COLUMNS = "(dataset_id, occurred_at, metric, value, unit, channel, team, reported_by, note, manual)";
var BATCH = 32;
var PARAMS = 8;
var REBUILD_MIN_RECORDS = 1e5;
var RecordWriter = class {
  /** `datasetId` must be an id from `newDatasetId` (letters, digits, - and _ only): it is put into the SQL. */
  constructor(db, datasetId) {
    this.db = db;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(datasetId)) throw new Error(`not a dataset id: ${datasetId.slice(0, 80)}`);
    const one = `('${datasetId}', ?, ?, ?, ?, ?, ?, ?, ?, 0)`;
    this.many = db.prepare(`INSERT INTO practice_records ${COLUMNS} VALUES ${new Array(BATCH).fill(one).join(", ")}`);
    this.one = db.prepare(`INSERT INTO practice_records ${COLUMNS} VALUES ${one}`);
  }
  db;
  many;
  one;
  args = new Array(BATCH * PARAMS);
  pending = 0;
  dropped = [];
  /**
   * Drop practice_records' indexes when `expectedRecords` is large and at least half the
   * records already stored (rebuilding re-indexes those too). Call inside the transaction.
   */
  dropIndexesForBulk(expectedRecords) {
    if (expectedRecords < REBUILD_MIN_RECORDS) return;
    const existing = this.db.prepare("SELECT max(id) AS n FROM practice_records").get().n ?? 0;
    if (expectedRecords < existing / 2) return;
    this.dropped = this.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'practice_records' AND sql IS NOT NULL`).all();
    for (const ix of this.dropped) this.db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  }
  /** Queue one row's records. */
  add(out) {
    const args = this.args;
    for (let k = 0; k < out.count; k++) {
      const o = this.pending * PARAMS;
      args[o] = out.occurredAt;
      args[o + 1] = out.metrics[k];
      args[o + 2] = out.values[k];
      args[o + 3] = out.units[k];
      args[o + 4] = out.channel;
      args[o + 5] = out.team;
      args[o + 6] = out.reportedBy;
      args[o + 7] = out.note;
      if (++this.pending === BATCH) {
        this.many.run(args);
        this.pending = 0;
      }
    }
  }
  /** Write what is queued and rebuild dropped indexes. Call before COMMIT. */
  finish() {
    for (let r = 0; r < this.pending; r++) this.one.run(this.args.slice(r * PARAMS, r * PARAMS + PARAMS));
    this.pending = 0;
    for (const ix of this.dropped) this.db.exec(ix.sql);
    this.dropped = [];
  }
};

// shared/practice/resolve-mapping.ts
import { z as z5 } from "zod";

// shared/practice/timestamp.ts
var lastTimestamp = {
  year: 0,
  month: 0,
  day: 0,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
  /** True when the value had a time of day (a bare date is a whole day). */
  hasTime: false,
  /** True when the value named its zone (Z, UTC, +01:00). */
  hasOffset: false,
  /** Offset from UTC in minutes when `hasOffset` (+60 for +01:00). */
  offsetMinutes: 0,
  /** True when the text was already ISO 8601 with a `T` and can be stored as it stands. */
  isoAsWritten: false,
  problem: null
};
var s = "";
var p = 0;
var end = 0;
function digitsAt() {
  let n = 0;
  while (p + n < end) {
    const c = s.charCodeAt(p + n);
    if (c < 48 || c > 57) break;
    n++;
  }
  return n;
}
function intOf(len) {
  let v = 0;
  for (let i = 0; i < len; i++) v = v * 10 + (s.charCodeAt(p + i) - 48);
  p += len;
  return v;
}
function skipSpaces() {
  while (p < end && s.charCodeAt(p) === 32) p++;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function fail2(problem) {
  lastTimestamp.problem = problem;
  return Number.NaN;
}
function digit(text, i) {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1e3;
}
function fastIso(text, len) {
  const year = digit(text, 0) * 1e3 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  const hour = digit(text, 11) * 10 + digit(text, 12);
  const minute = digit(text, 14) * 10 + digit(text, 15);
  const second = digit(text, 17) * 10 + digit(text, 18);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  if (second < 0 || second > 59 || day > daysInMonth(year, month)) return NaN;
  let offset = 0;
  let hasOffset = false;
  if (len === 20) {
    if (text.charCodeAt(19) !== 90) return NaN;
    hasOffset = true;
  } else if (len === 25) {
    const sign = text.charCodeAt(19);
    const oh = digit(text, 20) * 10 + digit(text, 21);
    const om = digit(text, 23) * 10 + digit(text, 24);
    if (sign !== 43 && sign !== 45 || text.charCodeAt(22) !== 58 || oh < 0 || oh > 14 || om < 0 || om > 59) return NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
    hasOffset = true;
  } else if (len !== 19) return NaN;
  const t = lastTimestamp;
  t.year = year;
  t.month = month;
  t.day = day;
  t.hour = hour;
  t.minute = minute;
  t.second = second;
  t.millisecond = 0;
  t.hasTime = true;
  t.hasOffset = hasOffset;
  t.offsetMinutes = offset;
  t.isoAsWritten = true;
  t.problem = null;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}
function parseTimestamp(text, order = "auto") {
  const len = text.length;
  if (len >= 19 && (len === 19 || len === 20 || len === 25) && text.charCodeAt(10) === 84 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 && order !== "dmy" && order !== "mdy") {
    const wall = fastIso(text, len);
    if (wall === wall) return wall;
  }
  s = text;
  p = 0;
  end = Math.min(text.length, 64);
  if (text.length > 64) return fail2("invalid");
  while (p < end && s.charCodeAt(p) <= 32) p++;
  while (end > p && s.charCodeAt(end - 1) <= 32) end--;
  const t = lastTimestamp;
  t.problem = null;
  t.isoAsWritten = false;
  const n1 = digitsAt();
  if (n1 === 0 || n1 > 4) return fail2("invalid");
  const a = intOf(n1);
  const sep = s.charCodeAt(p);
  if (sep !== 45 && sep !== 47 && sep !== 46) return fail2("invalid");
  p++;
  const n2 = digitsAt();
  if (n2 === 0 || n2 > 2) return fail2("invalid");
  const b = intOf(n2);
  if (s.charCodeAt(p) !== sep) return fail2("invalid");
  p++;
  const n3 = digitsAt();
  if (n3 === 0 || n3 > 4) return fail2("invalid");
  const c = intOf(n3);
  let year;
  let month;
  let day;
  if (n1 === 4) {
    if (order === "dmy" || order === "mdy") return fail2("invalid");
    year = a;
    month = b;
    day = c;
  } else {
    if (order === "ymd") return fail2("invalid");
    if (n3 !== 4 && n3 !== 2) return fail2("invalid");
    year = n3 === 2 ? 2e3 + c : c;
    let dayFirst;
    if (order === "dmy") dayFirst = true;
    else if (order === "mdy") dayFirst = false;
    else if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else if (a === b) dayFirst = true;
    else return fail2("ambiguous");
    day = dayFirst ? a : b;
    month = dayFirst ? b : a;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail2("invalid");
  t.year = year;
  t.month = month;
  t.day = day;
  t.hour = 0;
  t.minute = 0;
  t.second = 0;
  t.millisecond = 0;
  t.hasTime = false;
  t.hasOffset = false;
  t.offsetMinutes = 0;
  if (p < end) {
    const tsep = s.charCodeAt(p);
    const isT = tsep === 84 || tsep === 116;
    if (isT) p++;
    else if (tsep === 32) skipSpaces();
    else return fail2("invalid");
    if (!parseTime()) return fail2("invalid");
    t.isoAsWritten = isT && sep === 45 && n1 === 4 && n2 === 2 && n3 === 2 && hourDigits === 2;
  }
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
}
var hourDigits = 0;
function parseTime() {
  const t = lastTimestamp;
  const nh = digitsAt();
  hourDigits = nh;
  if (nh === 0 || nh > 2) return false;
  let hour = intOf(nh);
  if (s.charCodeAt(p) !== 58) return false;
  p++;
  if (digitsAt() !== 2) return false;
  const minute = intOf(2);
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(p) === 58) {
    p++;
    if (digitsAt() !== 2) return false;
    second = intOf(2);
    const dot = s.charCodeAt(p);
    if (dot === 46 || dot === 44) {
      p++;
      const nf = digitsAt();
      if (nf === 0 || nf > 9) return false;
      const frac = intOf(nf);
      ms = Math.floor(frac / 10 ** (nf - 3 > 0 ? nf - 3 : 0)) * (nf < 3 ? 10 ** (3 - nf) : 1);
    }
  }
  skipSpaces();
  if (p + 1 < end && (s.charCodeAt(p + 1) === 77 || s.charCodeAt(p + 1) === 109)) {
    const ap = s.charCodeAt(p) | 32;
    if (ap === 97 || ap === 112) {
      if (hour < 1 || hour > 12) return false;
      if (ap === 97 && hour === 12) hour = 0;
      else if (ap === 112 && hour !== 12) hour += 12;
      p += 2;
      skipSpaces();
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  t.hour = hour;
  t.minute = minute;
  t.second = second === 60 ? 59 : second;
  t.millisecond = ms;
  t.hasTime = true;
  if (p < end && !parseZone()) return false;
  return p === end;
}
function parseZone() {
  const t = lastTimestamp;
  const c = s.charCodeAt(p);
  if (c === 90 || c === 122) {
    p++;
    t.hasOffset = true;
    return true;
  }
  if (c === 85 || c === 71) {
    const word = s.slice(p, p + 3).toUpperCase();
    if (word !== "UTC" && word !== "GMT") return false;
    p += 3;
    t.hasOffset = true;
    if (p === end) return true;
  }
  const sign = s.charCodeAt(p);
  if (sign !== 43 && sign !== 45) return false;
  p++;
  if (digitsAt() < 2) return false;
  const oh = intOf(2);
  let om = 0;
  if (s.charCodeAt(p) === 58) p++;
  if (p < end) {
    if (digitsAt() !== 2) return false;
    om = intOf(2);
  }
  if (oh > 14 || om > 59) return false;
  t.hasOffset = true;
  t.offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  return true;
}
function instantMs(wall) {
  return lastTimestamp.hasOffset ? wall - lastTimestamp.offsetMinutes * 6e4 : wall;
}
function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}
function isoOfLast(text) {
  const t = lastTimestamp;
  if (t.isoAsWritten) {
    return text.charCodeAt(0) > 32 && text.charCodeAt(text.length - 1) > 32 ? text : text.trim();
  }
  const date = `${String(t.year).padStart(4, "0")}-${pad2(t.month)}-${pad2(t.day)}`;
  if (!t.hasTime) return date;
  let out = `${date}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
  if (t.millisecond) out += `.${String(t.millisecond).padStart(3, "0")}`;
  if (!t.hasOffset) return out;
  if (t.offsetMinutes === 0) return `${out}Z`;
  const m = Math.abs(t.offsetMinutes);
  return `${out}${t.offsetMinutes < 0 ? "-" : "+"}${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}
function setLastFromWall(wall) {
  const t = lastTimestamp;
  const d = new Date(wall);
  t.year = d.getUTCFullYear();
  t.month = d.getUTCMonth() + 1;
  t.day = d.getUTCDate();
  t.hour = d.getUTCHours();
  t.minute = d.getUTCMinutes();
  t.second = d.getUTCSeconds();
  t.millisecond = d.getUTCMilliseconds();
  t.hasTime = t.hour !== 0 || t.minute !== 0 || t.second !== 0 || t.millisecond !== 0;
  t.hasOffset = false;
  t.offsetMinutes = 0;
  t.isoAsWritten = false;
  t.problem = null;
  return wall;
}
function wallOfExcelSerial(serial) {
  return Math.round((serial - 25569) * 864e5);
}

// shared/practice/cell-time.ts
var cellTimeProblem = "";
function numberWall(n) {
  if (n >= 2e4 && n <= 8e4) return wallOfExcelSerial(n);
  if (n >= 1e11 && n <= 1e14) return n;
  if (n >= 1e8 && n < 1e11) return n * 1e3;
  return Number.NaN;
}
function cellWall(cell, order) {
  if (typeof cell === "string") {
    const wall = parseTimestamp(cell, order);
    if (wall === wall) return wall;
    cellTimeProblem = lastTimestamp.problem === "ambiguous" ? `ambiguous date "${clip(cell)}": set the mapping's dateOrder to dmy or mdy` : `not a date: "${clip(cell)}"`;
    return wall;
  }
  if (cell instanceof Date) {
    const t = cell.getTime();
    if (t === t) return setLastFromWall(t);
  } else if (typeof cell === "number") {
    const wall = numberWall(cell);
    if (wall === wall) return setLastFromWall(wall);
  }
  cellTimeProblem = `not a date: "${clip(cellText(cell))}"`;
  return Number.NaN;
}

// shared/practice/header-index.ts
function normalizeHeader(name2) {
  return name2.trim().replace(/\s+/g, " ").toLowerCase();
}
var HeaderIndex = class {
  constructor(columns) {
    this.columns = columns;
    columns.forEach((c, i) => {
      const key = normalizeHeader(c);
      if (key.length && !this.byName.has(key)) this.byName.set(key, i);
    });
  }
  columns;
  byName = /* @__PURE__ */ new Map();
  /** Index of the column a reference names (the first alternative present), or -1. */
  find(ref) {
    for (const name2 of typeof ref === "string" ? [ref] : ref) {
      const i = this.byName.get(normalizeHeader(name2));
      if (i !== void 0) return i;
    }
    return -1;
  }
  /** True when a column of this name is present. */
  has(name2) {
    return this.byName.has(normalizeHeader(name2));
  }
  /** The reference as a person reads it: "Answer time" or "one of Answer time, Wait time". */
  static describe(ref) {
    if (typeof ref === "string") return `"${ref}"`;
    return ref.length === 1 ? `"${ref[0]}"` : `one of ${ref.map((r) => `"${r}"`).join(", ")}`;
  }
};

// shared/practice/working-time.ts
var DURATION_UNITS = [
  "seconds",
  "minutes",
  "hours",
  "days",
  "weeks",
  "working-days",
  "business-hours"
];
var DAY_MS = 864e5;
var CALENDAR_UNIT_MS = {
  seconds: 1e3,
  minutes: 6e4,
  hours: 36e5,
  days: DAY_MS,
  weeks: 7 * DAY_MS
};
function clockMs(hhmm, what) {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60) || h === 24 && min > 0) {
    throw new RangeError(`working time: ${what} "${hhmm}" is not a time of day (HH:MM)`);
  }
  return (h * 60 + min) * 6e4;
}
function isoWeekday(day) {
  return ((day + 3) % 7 + 7) % 7 + 1;
}
function compileWorkingTime(wt) {
  const openMs = clockMs(wt.start, "start");
  const closeMs = clockMs(wt.end, "end");
  if (closeMs <= openMs) {
    throw new RangeError(`working time: the day must end after it starts (${wt.start}-${wt.end})`);
  }
  const weekdays = new Array(8).fill(false);
  for (const d of wt.days) {
    if (!Number.isInteger(d) || d < 1 || d > 7) throw new RangeError(`working time: ${d} is not an ISO weekday`);
    weekdays[d] = true;
  }
  const holidayDays = /* @__PURE__ */ new Set();
  for (const h of wt.holidays) {
    const day = parseTimestamp(h, "ymd") / DAY_MS;
    if (!Number.isInteger(day) || lastTimestamp.hasTime) throw new RangeError(`working time: holiday "${h}" is not a date (YYYY-MM-DD)`);
    if (weekdays[isoWeekday(day)]) holidayDays.add(day);
  }
  return {
    weekdays,
    daysPerWeek: weekdays.filter(Boolean).length,
    openMs,
    closeMs,
    dayMs: closeMs - openMs,
    holidays: Int32Array.from([...holidayDays].sort((a, b) => a - b))
  };
}
function lowerBound(a, x) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function isHoliday(cal, day) {
  const i = lowerBound(cal.holidays, day);
  return i < cal.holidays.length && cal.holidays[i] === day;
}
function isWorkingDay(cal, day) {
  return cal.weekdays[isoWeekday(day)] === true && !isHoliday(cal, day);
}
function countWorkingDays(cal, fromDay, toDay) {
  if (toDay < fromDay) return 0;
  const span = toDay - fromDay + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * cal.daysPerWeek;
  for (let d = fromDay + weeks * 7; d <= toDay; d++) if (cal.weekdays[isoWeekday(d)]) count++;
  return count - (lowerBound(cal.holidays, toDay + 1) - lowerBound(cal.holidays, fromDay));
}
function workingOverlap(cal, day, fromMs, toMs) {
  if (!isWorkingDay(cal, day)) return 0;
  const a = fromMs > cal.openMs ? fromMs : cal.openMs;
  const b = toMs < cal.closeMs ? toMs : cal.closeMs;
  return b > a ? b - a : 0;
}
function workingMsBetween(cal, startWall, endWall) {
  if (!(endWall > startWall)) return 0;
  const d0 = Math.floor(startWall / DAY_MS);
  const d1 = Math.floor(endWall / DAY_MS);
  if (d0 === d1) return workingOverlap(cal, d0, startWall - d0 * DAY_MS, endWall - d1 * DAY_MS);
  return workingOverlap(cal, d0, startWall - d0 * DAY_MS, DAY_MS) + workingOverlap(cal, d1, 0, endWall - d1 * DAY_MS) + countWorkingDays(cal, d0 + 1, d1 - 1) * cal.dayMs;
}
function workingDaysBetweenDates(cal, startWall, endWall) {
  const d0 = Math.floor(startWall / DAY_MS);
  const d1 = Math.floor(endWall / DAY_MS);
  return countWorkingDays(cal, d0 + 1, d1);
}
function durationBetween(cal, start, end2, unit) {
  const datesOnly = !start.hasTime || !end2.hasTime;
  if (datesOnly ? Math.floor(end2.wall / DAY_MS) < Math.floor(start.wall / DAY_MS) : end2.instant < start.instant) {
    return (end2.instant - start.instant) / CALENDAR_UNIT_MS.hours;
  }
  switch (unit) {
    case "working-days":
      if (datesOnly) return workingDaysBetweenDates(cal, start.wall, end2.wall);
      return cal.dayMs > 0 ? workingMsBetween(cal, start.wall, end2.wall) / cal.dayMs : 0;
    case "business-hours":
      return workingMsBetween(cal, start.wall, end2.wall) / CALENDAR_UNIT_MS.hours;
    case "days":
      if (datesOnly) return Math.floor(end2.wall / DAY_MS) - Math.floor(start.wall / DAY_MS);
      return (end2.instant - start.instant) / DAY_MS;
    default:
      return (end2.instant - start.instant) / CALENDAR_UNIT_MS[unit];
  }
}

// shared/practice/measure-compiler.ts
var MappingError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MappingError";
  }
};
var SKIP = 0;
var BAD = -1;
function isDurationUnit(u) {
  return DURATION_UNITS.includes(u);
}
function secondsPer(unit, cal) {
  switch (unit) {
    case "seconds":
      return 1;
    case "minutes":
      return 60;
    case "hours":
    case "business-hours":
      return 3600;
    case "days":
      return 86400;
    case "weeks":
      return 604800;
    case "working-days":
      return cal.dayMs / 1e3;
  }
}
var Missing = class extends Error {
};
function column(ctx, ref, role) {
  const i = ctx.header.find(ref);
  if (i >= 0) return i;
  if (ctx.lenient) throw new Missing();
  throw new MappingError(`the ${role} column ${HeaderIndex.describe(ref)} is not in the file (its columns: ${ctx.header.columns.map((c) => `"${clip(c, 40)}"`).join(", ")})`);
}
function compileMetric(ctx, src, skipEmpty) {
  if ("constant" in src) return () => src.constant;
  if ("column" in src) {
    const i = column(ctx, src.column, "metric");
    const name2 = ctx.header.columns[i];
    return (cells, out) => {
      const cell = cells[i];
      if (isEmptyCell(cell)) return skipEmpty ? SKIP : fail(out, name2, "no metric");
      const m = metricOf(cellText(cell));
      return m ?? fail(out, name2, `unknown metric "${clip(cellText(cell))}" (use a claim category such as phone-answer)`);
    };
  }
  const present = src.lookup.map((c) => ctx.header.find(c)).filter((i) => i >= 0);
  const rules = src.rules.map((r) => ({ words: r.contains.map((w) => w.toLowerCase()), metric: r.metric }));
  const otherwise = src.otherwise;
  if (present.length === 0) {
    if (otherwise) return () => otherwise;
    if (ctx.lenient) throw new Missing();
    throw new MappingError(`none of the metric lookup columns ${HeaderIndex.describe(src.lookup)} is in the file`);
  }
  return (cells) => {
    for (const rule of rules) {
      for (const i of present) {
        const text = cellText(cells[i]).toLowerCase();
        if (text.length && rule.words.some((w) => text.includes(w))) return rule.metric;
      }
    }
    return otherwise ?? SKIP;
  };
}
function compileUnit(ctx, src) {
  if ("constant" in src) {
    const u = src.constant;
    return { fn: () => u, constant: u };
  }
  const i = column(ctx, src.column, "unit");
  const name2 = ctx.header.columns[i];
  return {
    constant: null,
    fn: (cells, out) => {
      const cell = cells[i];
      const u = isEmptyCell(cell) ? null : unitOf(cellText(cell));
      return u ?? fail(out, name2, `unknown unit "${clip(cellText(cell))}" (use seconds, minutes, hours, days, working-days, business-hours, weeks, rings, percent, currency or outcome)`);
    }
  };
}
function store(out, column2, metric, unit, v) {
  if (!Number.isFinite(v)) return fail(out, column2, "not a finite number");
  if (unit === "outcome") {
    if (v !== 0 && v !== 1) return fail(out, column2, `an outcome must be 1 (met) or 0 (missed), not ${v}`);
  } else if (unit === "percent") {
    if (v < 0 || v > 100) return fail(out, column2, `a percentage must be between 0 and 100, not ${v}`);
  } else if (unit !== "currency" && v < 0) {
    return fail(out, column2, `a negative ${unit === "rings" ? "number of rings" : "duration"} (${v})`);
  }
  const k = out.count++;
  out.metrics[k] = metric;
  out.units[k] = unit;
  out.values[k] = v;
  return 1;
}
function compileMeasure(ctx, m) {
  if (m.onlyWithout?.some((c) => ctx.header.has(c))) return null;
  try {
    return build(ctx, m);
  } catch (err) {
    if (err instanceof Missing) return null;
    throw err;
  }
}
function build(ctx, m) {
  const skipEmpty = m.whenEmpty === "skip";
  const metricFn = compileMetric(ctx, m.metric, skipEmpty);
  const { fn: unitFn, constant: unitConst } = compileUnit(ctx, m.unit);
  const cal = ctx.calendar;
  const v = m.value;
  if ("outcome" in v) {
    if (unitConst !== null && unitConst !== "outcome") throw new MappingError(`an outcome column needs the unit "outcome", not "${unitConst}"`);
    const i = column(ctx, v.outcome, "outcome");
    const name3 = ctx.header.columns[i];
    const met = new Set((v.met ?? []).map((w) => w.toLowerCase()));
    const missed = new Set((v.missed ?? []).map((w) => w.toLowerCase()));
    return (cells, out) => {
      const cell = cells[i];
      if (isEmptyCell(cell)) return skipEmpty ? SKIP : fail(out, name3, "no outcome");
      const metric = metricFn(cells, out);
      if (metric === SKIP || metric === BAD) return metric;
      const unit = unitFn(cells, out);
      if (unit === BAD) return BAD;
      if (unit !== "outcome") return fail(out, name3, `an outcome column needs the unit "outcome", not "${unit}"`);
      const o = parseOutcome(cell, met, missed);
      if (o !== o) return fail(out, name3, `not an outcome: "${clip(cellText(cell))}" (use met/missed, yes/no or 1/0)`);
      return store(out, name3, metric, unit, o);
    };
  }
  if ("start" in v) {
    if (unitConst !== null && !isDurationUnit(unitConst)) throw new MappingError(`a duration between two timestamps needs a time unit, not "${unitConst}"`);
    const si = column(ctx, v.start, "start");
    const ei = column(ctx, v.end, "end");
    const startName = ctx.header.columns[si];
    const endName = ctx.header.columns[ei];
    const order = ctx.dateOrder;
    const a = { wall: 0, instant: 0, hasTime: false };
    const b = { wall: 0, instant: 0, hasTime: false };
    return (cells, out) => {
      const sc = cells[si];
      const ec = cells[ei];
      if (isEmptyCell(sc) || isEmptyCell(ec)) {
        return skipEmpty ? SKIP : fail(out, isEmptyCell(sc) ? startName : endName, "no timestamp");
      }
      const metric = metricFn(cells, out);
      if (metric === SKIP || metric === BAD) return metric;
      const unit = unitFn(cells, out);
      if (unit === BAD) return BAD;
      if (!isDurationUnit(unit)) return fail(out, endName, `a duration needs a time unit, not "${unit}"`);
      a.wall = cellWall(sc, order);
      if (a.wall !== a.wall) return fail(out, startName, cellTimeProblem);
      a.instant = instantMs(a.wall);
      a.hasTime = lastTimestamp.hasTime;
      b.wall = cellWall(ec, order);
      if (b.wall !== b.wall) return fail(out, endName, cellTimeProblem);
      b.instant = instantMs(b.wall);
      b.hasTime = lastTimestamp.hasTime;
      const d = durationBetween(cal, a, b, unit);
      if (d < 0) return fail(out, endName, `ends before it starts ("${clip(cellText(sc), 30)}" to "${clip(cellText(ec), 30)}")`);
      return store(out, endName, metric, unit, d);
    };
  }
  const inputUnit = v.inputUnit;
  if (inputUnit && unitConst !== null && !isDurationUnit(unitConst)) {
    throw new MappingError(`inputUnit applies to time units only, not "${unitConst}"`);
  }
  const vi = column(ctx, v.column, "value");
  const name2 = ctx.header.columns[vi];
  const constFactor = inputUnit && unitConst !== null && isDurationUnit(unitConst) ? secondsPer(inputUnit, cal) / secondsPer(unitConst, cal) : 1;
  return (cells, out) => {
    const cell = cells[vi];
    if (isEmptyCell(cell)) return skipEmpty ? SKIP : fail(out, name2, "no value");
    const metric = metricFn(cells, out);
    if (metric === SKIP || metric === BAD) return metric;
    const unit = unitConst ?? unitFn(cells, out);
    if (unit === BAD) return BAD;
    let n;
    if (typeof cell === "number") n = cell;
    else if (typeof cell === "string") n = parseDecimal(cell);
    else if (typeof cell === "boolean" && unit === "outcome") n = cell ? 1 : 0;
    else n = Number.NaN;
    if (n === n) {
      if (inputUnit && unitConst === null) {
        if (!isDurationUnit(unit)) return fail(out, name2, `inputUnit applies to time units only, not "${unit}"`);
        n = n * secondsPer(inputUnit, cal) / secondsPer(unit, cal);
      } else n *= constFactor;
      return store(out, name2, metric, unit, n);
    }
    if (typeof cell === "string") {
      if (unit === "outcome") {
        const o = parseOutcome(cell);
        if (o === o) return store(out, name2, metric, unit, o);
      } else if (isDurationUnit(unit) && cell.indexOf(":") !== -1) {
        const secs = parseClockSeconds(cell);
        if (secs === secs) return store(out, name2, metric, unit, secs / secondsPer(unit, cal));
      }
    }
    return fail(out, name2, `not a number: "${clip(cellText(cell))}"`);
  };
}

// shared/practice/compile-mapping.ts
var TEXT_LIMITS = { channel: 200, team: 200, reportedBy: 200, note: 2e3 };
function compileText(header, src, limit, lenient, role) {
  if (!src) return null;
  if ("constant" in src) {
    const value = src.constant.trim().slice(0, limit) || null;
    return () => value;
  }
  const i = header.find(src.column);
  if (i < 0) {
    if (lenient) return null;
    throw new MappingError(`the ${role} column ${HeaderIndex.describe(src.column)} is not in the file`);
  }
  const prefix = src.prefix ?? "";
  return (cells) => {
    const cell = cells[i];
    if (isEmptyCell(cell)) return null;
    const text = prefix + (typeof cell === "string" ? cell.trim() : cellText(cell));
    return text.length > limit ? text.slice(0, limit) : text;
  };
}
function compileMapping(mapping, columns, opts) {
  const header = new HeaderIndex(columns);
  if (columns.length === 0) throw new MappingError("the file has no header row");
  const occIdx = header.find(mapping.occurredAt);
  if (occIdx < 0) {
    throw new MappingError(
      `the date column ${HeaderIndex.describe(mapping.occurredAt)} is not in the file (its columns: ${columns.map((c) => `"${c.slice(0, 40)}"`).join(", ")})`
    );
  }
  const occName = columns[occIdx];
  const ctx = { header, lenient: opts.lenient, calendar: opts.calendar, dateOrder: mapping.dateOrder };
  const used = mapping.measures.map((m) => ({ m, fn: compileMeasure(ctx, m) })).filter((x) => x.fn !== null);
  if (used.length === 0) {
    throw new MappingError("none of the mapping's measures has its columns in the file, so no record can be made");
  }
  const measures = used.map((x) => x.fn);
  const text = {
    channel: compileText(header, mapping.channel, TEXT_LIMITS.channel, opts.lenient, "channel"),
    team: compileText(header, mapping.team, TEXT_LIMITS.team, opts.lenient, "team"),
    reportedBy: compileText(header, mapping.reportedBy, TEXT_LIMITS.reportedBy, opts.lenient, "reported-by"),
    note: compileText(header, mapping.note, TEXT_LIMITS.note, opts.lenient, "note")
  };
  const applied = {
    occurredAt: mapping.occurredAt,
    dateOrder: mapping.dateOrder,
    measures: used.map((x) => x.m),
    ...text.channel && mapping.channel ? { channel: mapping.channel } : {},
    ...text.team && mapping.team ? { team: mapping.team } : {},
    ...text.reportedBy && mapping.reportedBy ? { reportedBy: mapping.reportedBy } : {},
    ...text.note && mapping.note ? { note: mapping.note } : {}
  };
  const order = mapping.dateOrder;
  const { channel, team, reportedBy, note } = text;
  return {
    mapping: applied,
    header,
    convert(cells, out) {
      out.count = 0;
      const oc = cells[occIdx];
      if (isEmptyCell(oc)) return fail(out, occName, "no date") > 0;
      const wall = cellWall(oc, order);
      if (wall !== wall) return fail(out, occName, cellTimeProblem) > 0;
      out.occurredAt = isoOfLast(typeof oc === "string" ? oc : "");
      for (let k = 0; k < measures.length; k++) if (measures[k](cells, out) < 0) return false;
      out.channel = channel ? channel(cells) : null;
      out.team = team ? team(cells) : null;
      out.reportedBy = reportedBy ? reportedBy(cells) : null;
      out.note = note ? note(cells) : null;
      return true;
    }
  };
}

// shared/practice/presets.ts
var CANONICAL = {
  name: "canonical",
  label: "Promise Auditor CSV",
  description: 'occurred_at, metric, value, unit, channel, team, reported_by, note: one record per row, metric a claim category, unit a claim unit or "outcome".',
  requires: ["occurred_at", "metric", "value", "unit"],
  requiresAny: [],
  mapping: {
    occurredAt: "occurred_at",
    measures: [{ metric: { column: "metric" }, unit: { column: "unit" }, value: { column: "value" } }],
    channel: { column: "channel" },
    team: { column: "team" },
    reportedBy: { column: "reported_by" },
    note: { column: "note" }
  }
};
var ZENDESK_REPLY_METRIC = {
  lookup: ["Via"],
  rules: [{ contains: ["mail"], metric: "email-response" }],
  otherwise: "enquiry-response"
};
var ZENDESK_COMPLAINT = {
  lookup: ["Tags", "Ticket type"],
  rules: [{ contains: ["complaint"], metric: "complaint-resolution" }]
};
var ZENDESK = {
  name: "zendesk",
  label: "Zendesk ticket export",
  description: 'First reply time -> email-response (tickets via mail) or enquiry-response, in minutes and in business hours. Full resolution time -> complaint-resolution for tickets tagged or typed "complaint". Unsolved tickets make no resolution record.',
  requires: ["Created at"],
  requiresAny: ["First reply time in minutes", "Full resolution time in minutes", "Solved at"],
  mapping: {
    occurredAt: "Created at",
    measures: [
      {
        metric: ZENDESK_REPLY_METRIC,
        unit: { constant: "minutes" },
        value: { column: "First reply time in minutes", inputUnit: "minutes" },
        whenEmpty: "skip"
      },
      {
        metric: ZENDESK_REPLY_METRIC,
        unit: { constant: "business-hours" },
        value: { column: "First reply time in minutes within business hours", inputUnit: "minutes" },
        whenEmpty: "skip"
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: "hours" },
        value: { column: "Full resolution time in minutes", inputUnit: "minutes" },
        whenEmpty: "skip"
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: "business-hours" },
        value: { column: "Full resolution time in minutes within business hours", inputUnit: "minutes" },
        whenEmpty: "skip"
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: "hours" },
        value: { start: "Created at", end: "Solved at" },
        whenEmpty: "skip",
        onlyWithout: ["Full resolution time in minutes"]
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: "working-days" },
        value: { start: "Created at", end: "Solved at" },
        whenEmpty: "skip",
        onlyWithout: ["Full resolution time in minutes within business hours"]
      }
    ],
    channel: { column: "Via" },
    team: { column: "Group" },
    reportedBy: { column: "Assignee" },
    note: { column: ["Id", "ID"], prefix: "Zendesk ticket " }
  }
};
var FRESHDESK_REPLY_METRIC = {
  lookup: ["Source"],
  rules: [{ contains: ["email"], metric: "email-response" }],
  otherwise: "enquiry-response"
};
var FRESHDESK_COMPLAINT = {
  lookup: ["Type", "Tags"],
  rules: [{ contains: ["complaint"], metric: "complaint-resolution" }]
};
var FRESHDESK = {
  name: "freshdesk",
  label: "Freshdesk ticket export",
  description: 'Created time -> Initial response time: email-response (source Email) or enquiry-response, in hours and business hours (working time from the audit settings). Created time -> Resolved time: complaint-resolution for tickets typed or tagged "complaint". Older exports without timestamps use "First response time (in hrs)" and "Resolution time (in hrs)".',
  requires: ["Created time"],
  requiresAny: ["Initial response time", "Resolved time", "First response time (in hrs)", "Resolution time (in hrs)"],
  mapping: {
    occurredAt: "Created time",
    measures: [
      {
        metric: FRESHDESK_REPLY_METRIC,
        unit: { constant: "hours" },
        value: { start: "Created time", end: "Initial response time" },
        whenEmpty: "skip"
      },
      {
        metric: FRESHDESK_REPLY_METRIC,
        unit: { constant: "business-hours" },
        value: { start: "Created time", end: "Initial response time" },
        whenEmpty: "skip"
      },
      {
        metric: FRESHDESK_REPLY_METRIC,
        unit: { constant: "hours" },
        value: { column: "First response time (in hrs)", inputUnit: "hours" },
        whenEmpty: "skip",
        onlyWithout: ["Initial response time"]
      },
      {
        metric: FRESHDESK_COMPLAINT,
        unit: { constant: "hours" },
        value: { start: "Created time", end: "Resolved time" },
        whenEmpty: "skip"
      },
      {
        metric: FRESHDESK_COMPLAINT,
        unit: { constant: "working-days" },
        value: { start: "Created time", end: "Resolved time" },
        whenEmpty: "skip"
      },
      {
        metric: FRESHDESK_COMPLAINT,
        unit: { constant: "hours" },
        value: { column: "Resolution time (in hrs)", inputUnit: "hours" },
        whenEmpty: "skip",
        onlyWithout: ["Resolved time"]
      }
    ],
    channel: { column: "Source" },
    team: { column: "Group" },
    reportedBy: { column: "Agent" },
    note: { column: "Ticket ID", prefix: "Freshdesk ticket " }
  }
};
var CALL_START = ["Call start", "Start time", "Started", "Call date", "Date/Time", "Date time", "Timestamp", "Date"];
var ANSWER_SECONDS = [
  "Answer time (s)",
  "Answer time seconds",
  "Answer time (seconds)",
  "Answer time",
  "Time to answer",
  "Speed of answer",
  "Wait time (s)",
  "Wait time",
  "Queue time",
  "Ring time",
  "Ring duration"
];
var RINGS = ["Rings", "Ring count", "Number of rings"];
var CALL_LOG = {
  name: "call-log",
  label: "Call log",
  description: "A telephone system export: call start and answer time in seconds (or h:mm:ss) -> phone-answer in seconds; a rings column -> phone-answer in rings. Unanswered calls (empty answer time) make no record.",
  requires: [],
  requiresAny: [...ANSWER_SECONDS, ...RINGS],
  mapping: {
    occurredAt: CALL_START,
    measures: [
      {
        metric: { constant: "phone-answer" },
        unit: { constant: "seconds" },
        value: { column: ANSWER_SECONDS, inputUnit: "seconds" },
        whenEmpty: "skip"
      },
      {
        metric: { constant: "phone-answer" },
        unit: { constant: "rings" },
        value: { column: RINGS },
        whenEmpty: "skip"
      }
    ],
    channel: { constant: "phone" },
    team: { column: ["Queue", "Team", "Group", "Skill"] },
    reportedBy: { column: ["Agent", "Answered by", "User", "Extension"] }
  }
};
var ORDER_START = ["Order date", "Ordered", "Ordered at", "Dispatch date", "Dispatched", "Dispatched at", "Ship date", "Shipped date", "Shipped"];
var DELIVERED = ["Delivered date", "Delivery date", "Delivered", "Delivered at", "Delivered on"];
var DELIVERY_LOG = {
  name: "delivery-log",
  label: "Delivery log",
  description: "Order (or dispatch) date and delivered date -> delivery-time in working days and in calendar days; a complete-and-correct column (yes/no) -> delivery-accuracy outcome. Undelivered orders make no delivery-time record.",
  requires: [],
  requiresAny: DELIVERED,
  mapping: {
    occurredAt: ORDER_START,
    measures: [
      {
        metric: { constant: "delivery-time" },
        unit: { constant: "working-days" },
        value: { start: ORDER_START, end: DELIVERED },
        whenEmpty: "skip"
      },
      {
        metric: { constant: "delivery-time" },
        unit: { constant: "days" },
        value: { start: ORDER_START, end: DELIVERED },
        whenEmpty: "skip"
      },
      {
        metric: { constant: "delivery-accuracy" },
        unit: { constant: "outcome" },
        value: { outcome: ["Complete and correct", "Complete & correct", "Correct", "Accurate", "Order correct"] },
        whenEmpty: "skip"
      }
    ],
    channel: { column: ["Service", "Delivery service", "Method"] },
    team: { column: ["Courier", "Carrier", "Depot"] },
    note: { column: ["Order", "Order number", "Order ID", "Reference"], prefix: "order " }
  }
};
var PRESETS = [CANONICAL, ZENDESK, FRESHDESK, CALL_LOG, DELIVERY_LOG].map(
  (p2) => PresetSchema.parse(p2)
);
function findPreset(name2) {
  return PRESETS.find((p2) => p2.name === name2);
}

// shared/practice/resolve-mapping.ts
function detectPreset(columns) {
  const header = new HeaderIndex(columns);
  for (const p2 of PRESETS) {
    if (!p2.requires.every((c) => header.has(c))) continue;
    if (p2.requiresAny.length > 0 && !p2.requiresAny.some((c) => header.has(c))) continue;
    if (header.find(p2.mapping.occurredAt) < 0) continue;
    return p2;
  }
  return null;
}
function parseMapping(input) {
  const parsed = ColumnMappingSchema.safeParse(input);
  if (!parsed.success) throw new MappingError(`the column mapping is not valid: ${z5.prettifyError(parsed.error)}`);
  return parsed.data;
}
function resolveMapping(columns, choice, calendar) {
  if (choice.mapping !== void 0) {
    const mapping2 = parseMapping(choice.mapping);
    if (choice.dateOrder) mapping2.dateOrder = choice.dateOrder;
    return { compiled: compileMapping(mapping2, columns, { lenient: false, calendar }), preset: null };
  }
  let preset;
  if (choice.preset !== void 0) {
    preset = findPreset(choice.preset) ?? null;
    if (!preset) {
      throw new MappingError(`unknown preset "${choice.preset}" (presets: ${PRESETS.map((p2) => p2.name).join(", ")})`);
    }
  } else {
    preset = detectPreset(columns);
    if (!preset) {
      const shown = columns.slice(0, 12).map((c) => `"${c.slice(0, 40)}"`).join(", ");
      throw new MappingError(
        `no preset fits this file's columns (${shown}${columns.length > 12 ? ", ..." : ""}); choose a preset or map the columns`
      );
    }
  }
  const mapping = { ...preset.mapping, dateOrder: choice.dateOrder ?? preset.mapping.dateOrder };
  return { compiled: compileMapping(mapping, columns, { lenient: true, calendar }), preset: preset.name };
}

// shared/practice/import-practice.ts
function newDatasetId() {
  return `ds${randomBytes(9).toString("base64url")}`;
}
var MAX_STORED_SKIPPED = 1e3;
var BYTES_PER_RECORD_GUESS = 60;
async function importPractice(db, input, options = {}) {
  const { signal, onProgress, ...rest } = options;
  const opts = ImportOptionsSchema.parse(rest);
  const calendar = compileWorkingTime(WorkingTimeSchema.parse(opts.workingTime ?? {}));
  const source = await openByteSource(input);
  if (signal?.aborted) throw new ImportCancelledError();
  const plan = await planRead(source, opts);
  if (db.inTransaction) throw new Error("cannot import while another write to the workspace is in progress");
  const datasetId = newDatasetId();
  const name2 = opts.name ?? source.name;
  const writer = new RecordWriter(db, datasetId);
  const sink = new ImportSink(
    (columns) => resolveMapping(columns, { mapping: opts.mapping, preset: opts.preset, dateOrder: opts.dateOrder }, calendar),
    (out) => writer.add(out),
    {
      skipBadRows: opts.skipBadRows,
      maxListedErrors: Math.max(opts.maxListedErrors, opts.skipBadRows ? MAX_STORED_SKIPPED : 0),
      checkShape: plan.format === "csv" || plan.format === "tsv"
    }
  );
  db.exec("BEGIN IMMEDIATE");
  try {
    db.prepare(
      `INSERT INTO datasets (id, name, format, preset, mapping, row_count, skipped, imported_at)
       VALUES (?, ?, ?, NULL, NULL, 0, '[]', ?)`
    ).run(datasetId, name2, plan.format, (/* @__PURE__ */ new Date()).toISOString());
    if (plan.format !== "xlsx") writer.dropIndexesForBulk(source.size / BYTES_PER_RECORD_GUESS);
    await readRows(source, plan, sink, (bytesRead) => {
      if (signal?.aborted) throw new ImportCancelledError();
      onProgress?.({
        bytesRead,
        totalBytes: source.size,
        rowsRead: sink.rowsRead,
        records: sink.records,
        badRows: sink.errors.total
      });
    });
    if (sink.fatal) throw sink.fatal;
    if (!sink.compiled) throw new PracticeImportError("the file is empty: no header row");
    if (sink.errors.total > 0 && !opts.skipBadRows) throw PracticeImportError.badRows(sink.errors);
    if (sink.records === 0) {
      throw new PracticeImportError(
        sink.rowsRead === 0 ? "the file has a header but no data rows" : "no row yielded a record, so nothing was imported",
        sink.errors.items,
        sink.errors.total
      );
    }
    writer.finish();
    if (signal?.aborted) throw new ImportCancelledError();
    const skipped = sink.errors.items.slice(0, MAX_STORED_SKIPPED);
    db.prepare("UPDATE datasets SET preset = ?, mapping = ?, row_count = ?, skipped = ? WHERE id = ?").run(
      sink.preset,
      JSON.stringify(sink.compiled.mapping),
      sink.records,
      JSON.stringify(skipped),
      datasetId
    );
    db.exec("COMMIT");
    return {
      datasetId,
      name: name2,
      format: plan.format,
      encoding: plan.encoding,
      preset: sink.preset,
      mapping: sink.compiled.mapping,
      rowsRead: sink.rowsRead,
      records: sink.records,
      rowsWithoutRecords: sink.rowsWithoutRecords,
      skipped: sink.errors.items.slice(0, opts.maxListedErrors),
      skippedTotal: sink.errors.total
    };
  } catch (err) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw err;
  }
}

// shared/practice/bench-import-child.ts
async function baseline(workspace, file) {
  const db = openDatabase(workspace);
  db.prepare(`INSERT INTO datasets (id, name, format, row_count, imported_at) VALUES ('baseline', 'baseline', 'csv', 0, ?)`).run(
    (/* @__PURE__ */ new Date()).toISOString()
  );
  const insert = db.prepare(
    `INSERT INTO practice_records (dataset_id, occurred_at, metric, value, unit, channel, team, reported_by, note, manual)
     VALUES ('baseline', ?, ?, ?, ?, ?, ?, ?, ?, 0)`
  );
  let rows = 0;
  db.exec("BEGIN IMMEDIATE");
  const parser = createReadStream(file).pipe(parse({ from_line: 2, relax_column_count: true }));
  for await (const r of parser) {
    insert.run(r[0], r[1], Number(r[2]), r[3], r[4] || null, r[5] || null, r[6] || null, r[7] || null);
    rows++;
  }
  db.exec("COMMIT");
  db.close();
  return rows;
}
async function ours(workspace, file, holdAtBytes) {
  const db = openDatabase(workspace);
  const result = await importPractice(db, file, {
    onProgress: (p2) => {
      if (holdAtBytes !== void 0 && p2.bytesRead >= holdAtBytes) {
        process.stdout.write(`IN-TRANSACTION ${p2.records}
`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 6e4);
      }
    }
  });
  db.close();
  return result.rowsRead;
}
async function main() {
  const [mode, workspace, file, bytes] = process.argv.slice(2);
  if (!mode || !workspace || !file) throw new Error("usage: bench-import-child <import|baseline|hold> <workspace> <file> [bytes]");
  const startRssMb = Math.round(process.memoryUsage().rss / 1e6);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const rows = mode === "baseline" ? await baseline(workspace, file) : await ours(workspace, file, mode === "hold" ? Number(bytes) : void 0);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const report = {
    rows,
    ms: Math.round(ms),
    cpuMs: Math.round((used.user + used.system) / 1e3),
    rowsPerSecond: Math.round(rows / ms * 1e3),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    startRssMb
  };
  process.stdout.write(`${JSON.stringify(report)}
`);
}
main().catch((err) => {
  process.stderr.write(`${err.stack ?? String(err)}
`);
  process.exit(1);
});
