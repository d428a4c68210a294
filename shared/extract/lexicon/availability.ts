/**
 * Opening hours and other availability windows ("Monday to Friday, 8.45am to 5pm", "24/7").
 * README: availability windows are `availability-hours` promises wherever they appear, with a
 * null value unless they are round-the-clock (24 hours, scope all).
 */
import type { Phrases } from './phrases.js';

const DAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?';
const TIME = '(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}[:.]\\d{2}|noon|midday|midnight)';
const TO = '\\s*(?:to|-|–|—|until|till|and)\\s*';

/** Days of the week, and ranges of them ("Monday to Friday", "Mon-Fri", "weekdays"). */
export const DAYS = new RegExp(
  `\\b(?:${DAY}(?:${TO}${DAY})?|weekdays|weekends|bank holidays|public holidays|every day|daily|7 days a week|seven days a week|7 days|seven days|365 days(?: a year)?)\\b`,
  'i',
);

/** A span of clock times ("9:00 AM - 6:00 PM", "8.45am to 5pm", "from 8am until 8pm"). */
export const TIME_RANGE = new RegExp(`\\b${TIME}${TO}${TIME}`, 'i');

/** One end of a window ("until 8pm", "from 7am"): opening hours when a day is named too. */
export const TIME_BOUND = new RegExp(`\\b(?:until|till|from|open at|opens at|closes at)\\s+${TIME}`, 'i');

/** Words that make a span of clock times into opening hours even without days. */
export const OPEN_WORDS: Phrases = [
  'open', 'opening', 'hours', 'available', 'lines', 'staffed', 'office', 'reception', 'helpline', 'support', 'call us', 'access', 'answered',
];

/** Availability stated without clock times. */
export const ALWAYS_OR_WHILE_OPEN: Phrases = [
  '24/7', '24 hours a day', '(around|round) the clock', '(7|seven) days a week, 24 hours',
  '24-hour (emergency |customer |support |claims |repairs )?(helpline|line|service|support|phone line|team)',
  'whenever (support|we|the office|our lines|lines|the helpline|our team|the team|the clinic|the branch) (is|are) open',
  'during (normal |our |usual )?(support|opening|office|business|working) hours', 'opening hours', 'open (daily|24 hours)',
  '(extended|late|evening|weekend|surgery|clinic|office|branch|reception) (opening )?hours (are|is) available',
];

/** A day or window marked closed: not a promise. */
export const CLOSED: Phrases = ['closed', 'shut'];
