/**
 * The one line the widget logs for a configuration problem. `help-finder-check` prints the
 * same lines as the development build, so a web team's pipeline and the browser's console say
 * the same thing; the production build gives the field and where to find the reason.
 */
import type { ConfigProblem } from './parse-config.js';

/** Where a web team finds the reason the production build leaves out (see `development.ts`). */
const WHY = 'for the reason, load dist/help-finder.dev.js instead, or run npx help-finder-check on the configuration';

/**
 * `[help-finder] areas[1].childrensServices.phone: "01234" is not a UK phone number`; in the
 * production build, `[help-finder] areas[1].childrensServices.phone: not used as given (for the
 * reason, …)`. A warning there says only "check it": it may be a field left out, an unknown key
 * ignored, or a value used (a fictional number), and the production build cannot tell which.
 */
export function problemLine(problem: ConfigProblem): string {
  const message = problem.message || `${problem.severity === 'error' ? 'not used as given' : 'check it'} (${WHY})`;
  return `[help-finder] ${problem.path ? `${problem.path}: ` : ''}${message}`;
}
