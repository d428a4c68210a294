/**
 * Numbers written as words. README: "two working days" = 2, "ten minutes" = 10.
 */

/** Word to value for numbers written out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, single: 1, couple: 2, fortnight: 14,
};

/** Multiples written as words ("a couple of days", "half an hour"). */
export const NUMBER_PHRASES: Readonly<Record<string, number>> = {
  'a couple of': 2, 'a few': 3, 'half an': 0.5, 'half a': 0.5, 'one and a half': 1.5,
};
