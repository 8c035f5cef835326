// ตั้งค่า: the office and the people who sign, how numbers are written, the divisions, and where the
// data file is. Every field saves itself (after 600 ms idle, on blur, or Ctrl+S).
import { About } from './AboutSection';
import { BackupSection } from './BackupSection';
import { Divisions } from './DivisionsSection';
import { PageSection } from './PageSection';
import { OfficeForm } from './SettingsForm';
import { useApp } from '../../StoreContext';
import './settings.css';
import { SCREEN_NAMES, SETTINGS_WORDS } from '../../../../core/terms';

export function SettingsScreen() {
  const settings = useApp((s) => s.settings);
  return (
    <section className="screen settings" data-screen="settings">
      <h1>{SCREEN_NAMES.settings}</h1>
      {!settings ? (
        <p className="muted">{SETTINGS_WORDS.loading}</p>
      ) : (
        <div className="set-columns">
          <div className="set-col">
            <OfficeForm settings={settings} />
            <PageSection settings={settings} />
          </div>
          <div className="set-col">
            <Divisions />
            <About />
            <BackupSection />
          </div>
        </div>
      )}
    </section>
  );
}
