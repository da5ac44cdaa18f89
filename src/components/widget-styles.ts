/** The widget's styles: the base sheet, each view's, then the frame around every step's. */
import { frameStyles } from './frame-view.js';
import { languageSwitchStyles } from './language-switch.js';
import { launcherStyles } from './launcher.js';
import { outcomeStyles } from './outcome-view.js';
import { quickExitStyles } from './quick-exit.js';
import { questionStyles } from './question-view.js';
import { serviceCardStyles } from './service-card.js';
import { stayingSafeStyles } from './staying-safe.js';
import { baseStyles } from './styles.js';

/** Every style the widget uses, in cascade order. */
export const widgetStyles = [
  baseStyles,
  questionStyles,
  outcomeStyles,
  serviceCardStyles,
  languageSwitchStyles,
  quickExitStyles,
  stayingSafeStyles,
  launcherStyles,
  frameStyles,
];
