/**
 * The outcome page, drawn once off the page while the visitor reads the first question. The
 * page a frightened visitor waits for after their last answer is the first outcome page Lit
 * draws: it would prepare each of its templates then, and the browser would run that code for
 * the first time. Drawn beforehand, when the browser is idle, into an element that is never
 * attached, the real outcome page is a shorter task (issue #26). Once per page; a failure only
 * means no rehearsal.
 */
import { render, type ReactiveControllerHost } from 'lit';
import type { PartnerConfig } from '../../config/partner-config.js';
import { journey } from '../../flow/journey.js';
import { currentLocale } from '../../i18n/localization.js';
import { rehearsalOutcome } from '../../present/step-model.js';
import { outcomeView } from '../outcome-view.js';
import { whenIdle } from '../scheduling.js';

/** Whether a widget on this page has rehearsed already (Lit's prepared templates are shared). */
let rehearsed = false;

/** `work` when the browser is idle; if it fails, there is only no rehearsal. */
const idly = (work: () => void) =>
  whenIdle(() => {
    try {
      work();
    } catch {
      // The real page draws as it would have.
    }
  });

/**
 * Once the widget shows a step (in launcher mode, once the dialog has been opened: a page that
 * only carries the button does no more work), rehearse the outcome page in two idle moments:
 * its model, then its drawing.
 */
export function rehearsalController(
  host: ReactiveControllerHost & { renderRoot: ParentNode },
  config: () => PartnerConfig,
): void {
  host.addController({
    hostUpdated() {
      if (rehearsed || !host.renderRoot.querySelector('.step')) return;
      rehearsed = true;
      idly(() => {
        const outcome = rehearsalOutcome(journey, config(), currentLocale(), new Date());
        idly(() =>
          render(outcomeView(outcome, { headingLevel: 2, onContact: () => {} }), document.createElement('div')),
        );
      });
    },
  });
}
