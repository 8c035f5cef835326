// The app's screens as users see them: the renderer's tabs and the desktop app's มุมมอง menu (with
// the same Ctrl+number keys) both read this list.
import { SCREEN_NAMES } from './terms';

export type Screen = 'overview' | 'plan' | 'followup' | 'history' | 'settings' | 'help';

export const SCREENS: readonly { id: Screen; label: string; key: string }[] = [
  { id: 'overview', label: SCREEN_NAMES.overview, key: '1' },
  { id: 'plan', label: SCREEN_NAMES.plan, key: '2' },
  { id: 'followup', label: SCREEN_NAMES.followup, key: '3' },
  { id: 'history', label: SCREEN_NAMES.history, key: '4' },
  { id: 'settings', label: SCREEN_NAMES.settings, key: '5' },
  { id: 'help', label: SCREEN_NAMES.help, key: '6' },
];
