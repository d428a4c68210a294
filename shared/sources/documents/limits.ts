/**
 * The caps every reader enforces on untrusted files. They are sized for real flyers and
 * policies (a 300-page PDF, a DOCX with photos, a phone photo of a poster) and refuse
 * anything built to exhaust memory or time before the expensive work starts.
 */

const MiB = 1024 * 1024;

/** Largest file any reader accepts, in bytes. */
export const MAX_INPUT_BYTES = 100 * MiB;

/** Largest text document (HTML, Markdown, TXT) after decoding, in characters. */
export const MAX_TEXT_CHARS = 20_000_000;

export interface PdfLimits {
  /** Pages read; later pages are skipped with a warning. */
  readonly maxPages: number;
  /** Wall-clock budget for one document; pages read by then are kept, with a warning. */
  readonly timeoutMs: number;
  /** Heap of the thread that parses the PDF; a PDF that needs more is refused. */
  readonly maxHeapMb: number;
}

/** PDF caps: parsing runs in a worker thread that is killed when it goes past them. */
export const PDF_LIMITS: PdfLimits = { maxPages: 500, timeoutMs: 8_000, maxHeapMb: 512 };

export interface DocxLimits {
  /** Wall-clock budget for converting one document. */
  readonly timeoutMs: number;
  /** Heap of the thread that converts it. */
  readonly maxHeapMb: number;
}

/** DOCX conversion caps: mammoth runs in the same killable worker thread as pdf.js. */
export const DOCX_LIMITS: DocxLimits = { timeoutMs: 20_000, maxHeapMb: 512 };

export interface ZipLimits {
  /** Entries in the central directory (a DOCX has a few dozen). */
  readonly maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  readonly maxTotalUncompressedBytes: number;
  /** Uncompressed/compressed ratio allowed for an entry larger than `ratioFloorBytes`. */
  readonly maxRatio: number;
  /** Entries smaller than this may have any ratio: they cannot hurt. */
  readonly ratioFloorBytes: number;
}

/** DOCX (zip) caps, checked from the central directory before anything is inflated. */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalUncompressedBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
};

export interface ImageLimits {
  /** Width x height allowed before decoding (a 12 MP photo is 12,000,000). */
  readonly maxPixels: number;
  /** Longest side allowed. */
  readonly maxSide: number;
  /** Wall-clock budget for recognising one image. */
  readonly timeoutMs: number;
}

/** Image caps, checked from the PNG/JPEG header before the image is decoded. */
export const IMAGE_LIMITS: ImageLimits = { maxPixels: 40_000_000, maxSide: 20_000, timeoutMs: 60_000 };
