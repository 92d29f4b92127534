import { problemLine, type DataProblem } from '../../src/core/problems';
import type { Language } from '../../src/core/text';

/** A problem as "where: message" in one language, the way the import report lists it. */
export function problemAt(problem: DataProblem, language: Language = 'en'): string {
  return problemLine('', problem.where, problem.message)[language];
}
