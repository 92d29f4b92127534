import { placeIn, type DataProblem } from '../../src/core/problems';
import type { Language } from '../../src/core/text';

/** A problem as "where: message" in one language, the way the import report lists it. */
export function problemAt(problem: DataProblem, language: Language = 'en'): string {
  const where = placeIn(problem.where, language);
  return `${where ? `${where}: ` : ''}${problem.message[language]}`;
}
