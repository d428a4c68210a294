/** What changed between two runs of an audit (SPEC "History"). */
import type { Claim, Verdict } from './types.js';

export interface RunDiff {
  readonly fromRunId: string;
  readonly toRunId: string;
  /** Claims in the later run whose passage did not exist before. */
  readonly added: readonly Claim[];
  /** Claims of the earlier run that are gone. */
  readonly removed: readonly Claim[];
  /** The same promise (same place and category) in new words. */
  readonly reworded: readonly { readonly before: Claim; readonly after: Claim }[];
  /** Claims present in both runs whose practice verdict changed. */
  readonly verdictChanged: readonly { readonly claim: Claim; readonly before: Verdict; readonly after: Verdict }[];
}
