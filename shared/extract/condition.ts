/**
 * Where a condition in front of a promise ends ("If we're late, miss an appointment or break
 * any of these promises, | we'll pay you £30"). What the condition says (a threshold, "any")
 * is not what is promised.
 */

const OPENS_CONDITION = /^\s*(?:if|unless|when|whenever|where|should|in case)\b/;
// The first word of the main clause's commitment.
const COMMITMENT = /\b(?:will|'ll|shall|aim|aims|try|tries|promise|guarantee|always|never)\b/;
// Without a commitment word: the comma before the main clause's subject.
const BEFORE_SUBJECT = /,\s+(?=(?:we|we'll|we're|you|you'll|you're|it|they|our|your|there|every|all|each|this|that)\b)/;

/** The length of the condition in front of normalised `text` (including its comma), or 0 when there is none. */
export function conditionEnd(text: string): number {
  if (!OPENS_CONDITION.test(text)) return 0;
  const commit = COMMITMENT.exec(text);
  const head = commit ? text.slice(0, commit.index) : text;
  const comma = commit ? head.lastIndexOf(', ') : (BEFORE_SUBJECT.exec(text)?.index ?? -1);
  if (comma < 0) return 0;
  return comma + 2;
}
