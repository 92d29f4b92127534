/**
 * Remembers the last result of `compute` and returns it again while every
 * argument is the same (by identity). Selectors are built from these: a
 * state change that does not touch what a value is made of costs nothing.
 */
export function memoLast<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
