/**
 * The practice log of the held-out fixture company, Fellside Broadband (test/fixtures/e2e-heldout),
 * one file holding two metrics. Planned verdicts (see that folder's expected.json): calls kept
 * against "within 2 minutes" but over-promised against the flyer's "within 60 seconds"; email
 * replies at risk against "within one working day".
 */
import type { PracticeFilePlan, RecordContext } from './practice-generator.js';
import { noteFor } from './practice-generator.js';
import { pick } from './prng.js';
import { hours } from './uk-calendar.js';

const ADVISERS = ['Rhiannon Bell', 'Owen Tyson', 'Martha Dixon', 'Sam Airey'];
const EVERY_DAY_8_TO_8 = hours({
  1: ['08:00', '20:00'],
  2: ['08:00', '20:00'],
  3: ['08:00', '20:00'],
  4: ['08:00', '20:00'],
  5: ['08:00', '20:00'],
  6: ['08:00', '20:00'],
  7: ['08:00', '20:00'],
});

function calls(): PracticeFilePlan {
  return {
    file: 'practice/practice.csv',
    seed: 0xf311,
    metric: 'phone-answer',
    unit: 'seconds',
    decimals: 0,
    // 280 of 400 within 60 s (70%); 394 of 400 within 120 s (98.5%).
    bins: [
      { count: 280, min: 3, max: 59, skew: 1.5 },
      { count: 114, min: 61, max: 119, late: true },
      { count: 6, min: 121, max: 340, late: true },
    ],
    hours: EVERY_DAY_8_TO_8,
    context: (random, late): RecordContext => ({
      channel: 'phone',
      team: 'Support Desk Kendal',
      reportedBy: 'Gamma Horizon call report',
      note: noteFor(random, late, ['area outage, queue spike', 'Monday morning peak', 'one adviser off sick'], [], { late: 0.2, onTime: 0 }),
    }),
  };
}

function emails(): PracticeFilePlan {
  return {
    file: 'practice/practice.csv',
    seed: 0xf3e1,
    metric: 'email-response',
    unit: 'working-days',
    decimals: 1,
    // 46 of 50 within one working day (92%): under the 95% a firm promise needs, interval reaches it.
    bins: [
      { count: 46, min: 0.1, max: 0.9, skew: 1.2 },
      { count: 4, min: 1.2, max: 3.5, late: true },
    ],
    hours: EVERY_DAY_8_TO_8,
    context: (random, late): RecordContext => ({
      channel: 'email',
      team: 'Support Desk Kendal',
      reportedBy: pick(random, ADVISERS),
      note: noteFor(random, late, ['waiting on Openreach fault ticket', 'escalated to network team'], ['speed test advice sent'], {
        late: 1,
        onTime: 0.1,
      }),
    }),
  };
}

/** Every practice plan of the held-out company. */
export function fellsidePracticePlans(): PracticeFilePlan[] {
  return [calls(), emails()];
}
