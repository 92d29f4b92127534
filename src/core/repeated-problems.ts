/**
 * The same problem on thousands of features ("has no usable parent province
 * code" on each of 100,000) is one problem: listed in full it made a 50 MB
 * report that froze the page for 400 ms on arrival and that nobody reads.
 * The first thousand of each are kept, with their places (a planner may
 * well act on a list of 300 communes without values), and one line says how
 * many more there are.
 */
import type { DataProblem } from './problems';
import { formatNumber } from './format';

/** How many of one problem are listed with their place. */
export const LISTED_PER_PROBLEM = 1000;

export function capRepeatedProblems(
  problems: readonly DataProblem[],
  listed = LISTED_PER_PROBLEM,
): DataProblem[] {
  const counts = new Map<string, number>();
  const kept: DataProblem[] = [];
  const firstOf = new Map<string, DataProblem>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.file}\u0000${problem.message.en}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count === 1) firstOf.set(key, problem);
    if (count <= listed) kept.push(problem);
  }
  for (const [key, count] of counts) {
    if (count <= listed) continue;
    const first = firstOf.get(key) as DataProblem;
    const more = count - listed;
    kept.push({
      severity: first.severity,
      file: first.file,
      count: more,
      where: {
        vi: `${formatNumber(more, 'vi', 0)} chỗ khác`,
        en: `${formatNumber(more, 'en', 0)} more places`,
      },
      message: {
        vi: `cùng vấn đề như trên (tổng cộng ${formatNumber(count, 'vi', 0)} chỗ; chỉ liệt kê ${formatNumber(listed, 'vi', 0)} chỗ đầu): ${first.message.vi}`,
        en: `the same problem as above (${formatNumber(count, 'en', 0)} places in all; the first ${formatNumber(listed, 'en', 0)} are listed): ${first.message.en}`,
      },
    });
  }
  return kept;
}
