// The app shell: top bar (office, fiscal year, save state), the screen tabs, and the open screen.
import { useEffect, useState } from 'react';
import { digits } from './format';
import { ExportDialog } from './components/ExportDialog';
import { SaveIndicator } from './components/SaveIndicator';
import { FollowUpScreen } from './screens/followup/FollowUpScreen';
import { HelpScreen } from './screens/help/HelpScreen';
import { HistoryScreen } from './screens/history/HistoryScreen';
import { OverviewScreen } from './screens/overview/OverviewScreen';
import { PlanScreen } from './screens/plan/PlanScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { WelcomeScreen } from './screens/welcome/WelcomeScreen';
import { deferCommand, dispatchCommand, useCommand, useCommands } from './shortcuts';
import { SCREENS, type Screen } from './store';
import { useApp, useAppStore } from './StoreContext';
import { APP_SHELL_WORDS, FIELD_NAMES, REPORT_TERMS, UI_WORDS } from '../../core/terms';

function YearPicker() {
  const plans = useApp((s) => s.plans);
  const planId = useApp((s) => s.planId);
  const numerals = useApp((s) => s.numerals);
  const selectPlan = useApp((s) => s.selectPlan);
  if (plans.length === 0) return null;
  const years = new Set(plans.map((p) => p.fiscalYear));
  const showOffice = years.size < plans.length;
  return (
    <label className="year-picker">
      <span>{FIELD_NAMES.fiscalYear}</span>
      <select value={planId ?? ''} onChange={(e) => void selectPlan(Number(e.target.value))}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {REPORT_TERMS.yearOf} {digits(p.fiscalYear, numerals)}
            {showOffice ? ` – ${p.office}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

function ErrorBanner() {
  const error = useApp((s) => s.error);
  const phase = useApp((s) => s.phase);
  const dismiss = useApp((s) => s.dismissError);
  const reload = useApp((s) => s.load);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{error}</span>
      {phase === 'error' ? (
        <button type="button" onClick={() => void reload()}>
          {UI_WORDS.retry}
        </button>
      ) : (
        <button type="button" onClick={dismiss} aria-label={UI_WORDS.dismiss}>
          {UI_WORDS.close}
        </button>
      )}
    </div>
  );
}

const SCREEN_VIEWS: Record<Screen, () => React.JSX.Element> = {
  overview: OverviewScreen,
  plan: PlanScreen,
  followup: FollowUpScreen,
  history: HistoryScreen,
  settings: SettingsScreen,
  help: HelpScreen,
};

function Tabs() {
  const screen = useApp((s) => s.screen);
  const setScreen = useApp((s) => s.setScreen);
  return (
    <nav className="tabs" aria-label={APP_SHELL_WORDS.screens}>
      {SCREENS.map((s) => (
        <button
          key={s.id}
          type="button"
          className={s.id === screen ? 'tab active' : 'tab'}
          aria-current={s.id === screen ? 'page' : undefined}
          title={`${s.label} (Ctrl+${s.key})`}
          onClick={() => setScreen(s.id)}
        >
          {s.label}
        </button>
      ))}
    </nav>
  );
}

function isTextBox(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

function useGlobalKeys() {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        dispatchCommand('save');
      } else if (key === 'f') {
        e.preventDefault();
        dispatchCommand('find');
      } else if (key === 'z' && !e.shiftKey) {
        // In a text box Ctrl+Z takes back typing (the box's own undo); elsewhere the screen's last save.
        if (isTextBox(e.target)) return;
        e.preventDefault();
        dispatchCommand('undo');
      } else {
        const target = SCREENS.find((s) => s.key === e.key);
        if (target) {
          e.preventDefault();
          store.getState().setScreen(target.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function App() {
  const phase = useApp((s) => s.phase);
  const plans = useApp((s) => s.plans);
  const office = useApp((s) => s.office);
  const screen = useApp((s) => s.screen);
  const hasPlan = useApp((s) => s.plan !== null);
  const [exporting, setExporting] = useState(false);
  const setScreen = useApp((s) => s.setScreen);
  useGlobalKeys();
  // The desktop app's ไฟล์ / มุมมอง menu items (the same commands as the keys).
  useCommands(
    (c) => c.startsWith('screen:'),
    (c) => {
      const target = SCREENS.find((s) => `screen:${s.id}` === c);
      if (target) setScreen(target.id);
    },
  );
  const openExport = () => {
    if (hasPlan) setExporting(true);
  };
  useCommand('export', openExport);
  useCommand('print', openExport);
  const toBackups = (command: 'backup' | 'restore') => {
    if (screen === 'settings') return; // the backup section there runs it
    deferCommand(command);
    setScreen('settings');
  };
  useCommand('backup', () => toBackups('backup'));
  useCommand('restore', () => toBackups('restore'));
  // Settings work without a plan; every other screen needs one.
  const View = SCREEN_VIEWS[screen];
  const needsPlan = screen !== 'settings' && screen !== 'history' && screen !== 'help';

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <strong>ITA Tracker</strong>
          <span>
            {APP_SHELL_WORDS.brand}
            {office ? ` · ${office}` : ''}
          </span>
        </div>
        <div className="topbar-right">
          <SaveIndicator />
          {hasPlan && (
            <button
              type="button"
              className="export-button"
              onClick={() => setExporting(true)}
              title={APP_SHELL_WORDS.exportHint}
            >
              {UI_WORDS.exportReport}
            </button>
          )}
          <YearPicker />
        </div>
      </header>
      {phase === 'ready' && <Tabs />}
      <ErrorBanner />
      <main className="content">
        {phase === 'loading' && <p className="muted">{APP_SHELL_WORDS.loadingData}</p>}
        {phase === 'error' && <p className="muted">{APP_SHELL_WORDS.loadFailed}</p>}
        {phase === 'ready' && plans.length === 0 && needsPlan && <WelcomeScreen />}
        {phase === 'ready' && (plans.length > 0 || !needsPlan) && <View />}
      </main>
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}
