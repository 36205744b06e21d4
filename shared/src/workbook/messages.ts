/** The reader's words for a problem come from the one catalogue (shared/src/messages/workbook.ts). */
import { render, say } from '../messages';
import type { Lang } from '../values/format';
import type { WorkbookProblem } from './problems';

/** The sentence for a problem; `file` (the name the official knows the file by) is added when given. */
export function workbookProblemText(problem: WorkbookProblem, lang: Lang, fileName?: string): string {
  const params = fileName === undefined ? problem.params : { ...problem.params, file: fileName };
  return render(say(`workbook.${problem.code}`, params), lang);
}
