/**
 * Counts the element moves that Array.prototype.shift and unshift imply while a function
 * runs. Both move every element of the array, so a parser that keeps its open-element stack
 * with them does work proportional to depth on every tag: quadratic on a deeply nested page.
 * Unlike a stopwatch this figure is the same on every machine and under any load, so a test
 * can hold a bound on it without flaking.
 */

/** The value of `fn` and how many array elements shift/unshift moved while it ran. */
export function countArrayMoves<T>(fn: () => T): { value: T; moves: number; calls: number } {
  const proto = Array.prototype as unknown as { shift: (...a: unknown[]) => unknown; unshift: (...a: unknown[]) => number };
  const { shift, unshift } = proto;
  let moves = 0;
  let calls = 0;
  proto.shift = function (this: unknown[]) {
    calls++;
    moves += Math.max(0, this.length - 1);
    return shift.call(this);
  };
  proto.unshift = function (this: unknown[], ...items: unknown[]) {
    calls++;
    moves += this.length;
    return unshift.apply(this, items);
  };
  try {
    return { value: fn(), moves, calls };
  } finally {
    proto.shift = shift;
    proto.unshift = unshift;
  }
}
