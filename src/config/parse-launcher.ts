/** The schema's `launcher` section: the floating button's label and place. */
import { DEFAULT_CONFIG, type LauncherSettings } from './partner-config.js';
import { type Checker, describe } from './checker.js';
import { DEVELOPMENT } from './development.js';

const POSITIONS: ReadonlyArray<LauncherSettings['position']> = ['bottom-right', 'bottom-left'];

export function parseLauncher(c: Checker, value: unknown): LauncherSettings {
  const settings: LauncherSettings = { ...DEFAULT_CONFIG.launcher };
  const obj = c.object(value, 'launcher');
  if (!obj) return settings;
  c.knownKeys(obj, 'launcher', ['label', 'position', 'offset']);
  const label = c.text(obj.label, 'launcher.label');
  if (label) settings.label = label;
  const position = c.oneOf(obj.position, 'launcher.position', POSITIONS);
  if (position) settings.position = position;
  if (obj.offset !== undefined) {
    if (typeof obj.offset === 'number' && obj.offset >= 0 && obj.offset <= 200) settings.offset = obj.offset;
    else
      c.error(
        'launcher.offset',
        DEVELOPMENT && `expected a number of pixels from 0 to 200, got ${describe(obj.offset)}`,
      );
  }
  return settings;
}
