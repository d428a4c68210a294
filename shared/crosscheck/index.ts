/** The cross-check: claims x practice -> findings. The public face of shared/crosscheck. */
export { crossCheck, checkClaim, type CrossCheckSettings } from './cross-check.js';
export {
  buildPracticeIndex,
  indexRecords,
  PracticeIndexBuilder,
  type PracticeIndex,
  type MetricPractice,
} from './practice-index.js';
export { measureClaim, type Measurement } from './measure-claim.js';
export { judge, targetFor, isUnmeasurable, UNMEASURABLE_CATEGORIES } from './verdict.js';
export { wilsonInterval, normalQuantile, zFor } from './wilson.js';
export { practiceSeverity, inconsistencySeverity, exposureWeight, strengthWeight } from './severity.js';
export { findInconsistencies } from './inconsistency.js';
export { suggestRewording, promiseSentence } from './reword.js';
export { naturalCeil, formatLimit, formatQuantity, formatShare, humanDuration } from './natural-figures.js';
export { familyOf, familyFactor, baseFactor, workingScale, SECONDS_PER_RING, type UnitFamily, type WorkingScale } from './units.js';
