// The element's cross-cutting behaviours, one file each. Each is a Lit ReactiveController: a plain
// object the element registers with `addController` (it need not be a class), made by a function
// whose closure holds its state, because closure variables minify to one letter where class
// fields would not, and the bundle's size budget is tight. The one class, `ClockController`, is a
// class for its static `clock`, which tests replace with a fake clock before the element is made.
export { type Clock, ClockController } from './clock-controller.js';
export { type ConfigController, configController } from './config-controller.js';
export { type LauncherController, launcherController } from './launcher-controller.js';
export { type LocaleController, localeController } from './locale-controller.js';
export { pageShowController } from './page-show-controller.js';
export { type OutcomeStaging, outcomeStagingController } from './outcome-staging-controller.js';
export { rehearsalController } from './rehearsal-controller.js';
export { type QuickExitController, quickExitController } from './quick-exit-controller.js';
export { themeCheckController } from './theme-check-controller.js';
export { attributeCheckController } from './attribute-check-controller.js';
export { replayExclusionController } from './replay-exclusion-controller.js';
export { ownHooks } from './own-hooks.js';
export { toolbarController } from './toolbar-controller.js';
export { stepEventsController } from './step-events-controller.js';
export { type FocusController, focusController } from './focus-controller.js';
export { type JourneyController, journeyController } from './journey-controller.js';
