/**
 * The one line the widget logs for a configuration problem. `help-finder-check` prints the
 * same lines, so a web team's pipeline and the browser's console say the same thing.
 */
import type { ConfigProblem } from './parse-config.js';

/** `[help-finder] areas[1].childrensServices.phone: "01234" is not a UK phone number` */
export function problemLine(problem: ConfigProblem): string {
  return `[help-finder] ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}
