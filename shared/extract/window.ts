/**
 * Opening hours and availability windows: days with clock times ("Monday to Friday, 8.45am to
 * 5pm"), or clock times said to be opening hours, and never a day marked closed.
 */
import { CUES } from './cues.js';
import { DAYS, TIME_BOUND, TIME_RANGE } from './lexicon/availability.js';

/** True when normalised `text` states an availability window with clock times. */
export function hasWindow(text: string): boolean {
  if (TIME_RANGE.test(text)) return DAYS.test(text) || CUES.openWords.test(text);
  return TIME_BOUND.test(text) && DAYS.test(text) && CUES.openWords.test(text);
}

/** True when `text` states availability in any form: a window, round the clock, or "whenever support is open". */
export function statesAvailability(text: string): boolean {
  return hasWindow(text) || CUES.alwaysOpen.test(text);
}
