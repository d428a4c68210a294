/**
 * Practice logs: import (CSV/TSV, XLSX, JSON, JSONL; presets or a column mapping), preview,
 * manual reports, datasets, and working-time durations. The public face of shared/practice.
 */
export { importPractice, type ImportResult } from './import-practice.js';
export { ImportOptionsSchema, ReadOptionsSchema, type ImportOptions, type ImportProgress, type ReadOptions } from './import-options.js';
export { previewPractice, PREVIEW_ROWS, type PracticePreview, type PreviewRecord, type ColumnKind } from './preview-practice.js';
export { logPracticeReport, ManualReportSchema, type ManualReport } from './manual-report.js';
export { listDatasets, removeDataset, countManualReports, type DatasetInfo } from './datasets.js';
export { PRESETS, findPreset, listPresets } from './presets.js';
export { detectPreset } from './resolve-mapping.js';
export {
  ColumnMappingSchema,
  MeasureSchema,
  PresetSchema,
  type ColumnMapping,
  type ColumnMappingInput,
  type Measure,
  type Preset,
} from './mapping-schema.js';
export { MappingError } from './compile-mapping.js';
export { PracticeImportError, ImportCancelledError, describeRowError, type RowError } from './row-errors.js';
export type { PracticeInput } from './byte-source.js';
export type { InputFormat } from './input-format.js';
export type { TextEncodingName } from './text-encoding.js';
export {
  compileWorkingTime,
  durationBetween,
  durationBetweenTimestamps,
  workingMsBetween,
  workingDaysBetweenDates,
  countWorkingDays,
  isWorkingUnit,
  type WorkingCalendar,
  type DurationUnit,
  type TimePoint,
} from './working-time.js';
