// First run: name the office, then start from the sample plan, from the office's own table, or
// from an empty plan. Shown whenever there is no plan yet.
import { useState } from 'react';
import { ImportDialog } from '../plan/ImportDialog';
import { CreatePlanDialog } from '../plan/PlanDialogs';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import {
  FIELD_NAMES,
  FIRST_RUN_WORDS as W,
  WELCOME_WORDS,
  REPORT_TERMS,
  WORDS,
  EXAMPLES,
  UI_WORDS,
} from '../../../../core/terms';
import { withDigits } from '../../../../core/thai';
import type { Settings } from '../../../../core/types';
import { WelcomeRestore } from './WelcomeRestore';
import './welcome.css';

type SignerKey = 'reporterName' | 'reporterTitle' | 'headOfGovernance' | 'headTitle' | 'directorName' | 'directorTitle';
/** The three who sign the sheets: name and position each, saved in the settings with the office. */
const SIGNERS: { name: SignerKey; title: SignerKey; role: string; titleHint: string }[] = [
  { name: 'reporterName', title: 'reporterTitle', role: FIELD_NAMES.reporter, titleHint: EXAMPLES.reporter },
  { name: 'headOfGovernance', title: 'headTitle', role: FIELD_NAMES.headOfGovernance, titleHint: EXAMPLES.head },
  { name: 'directorName', title: 'directorTitle', role: REPORT_TERMS.director, titleHint: EXAMPLES.director },
];

function signersOf(s: Settings | null): Record<SignerKey, string> {
  const keys: SignerKey[] = [
    'reporterName',
    'reporterTitle',
    'headOfGovernance',
    'headTitle',
    'directorName',
    'directorTitle',
  ];
  return Object.fromEntries(keys.map((k) => [k, s?.[k] ?? ''])) as Record<SignerKey, string>;
}

type Open = null | 'import' | 'empty';

export function WelcomeScreen() {
  const api = useApi();
  const settings = useApp((s) => s.settings);
  const numerals = useApp((s) => s.numerals);
  const setSettings = useApp((s) => s.setSettings);
  const importing = useApp((s) => s.importing);
  const importSample = useApp((s) => s.importSample);
  const [office, setOffice] = useState(
    settings?.office && settings.office !== WORDS.districtOffice ? settings.office : '',
  );
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [signers, setSigners] = useState(() => signersOf(settings));

  const changedSigners = () =>
    Object.fromEntries(
      Object.entries(signers)
        .map(([k, v]) => [k, v.trim()] as const)
        .filter(([k, v]) => v !== (settings?.[k as SignerKey] ?? '')),
    );
  /** The sample names its own office: the signers typed are still kept. */
  const saveSigners = async (): Promise<boolean> => {
    const changed = changedSigners();
    if (Object.keys(changed).length === 0) return true;
    try {
      setSettings(await api.updateSettings(changed));
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };

  /** The office name first: it heads every report. */
  const saveOffice = async (): Promise<boolean> => {
    const name = office.trim();
    if (!name) {
      setError(W.needOffice);
      return false;
    }
    try {
      const changed = changedSigners();
      if (name !== settings?.office || Object.keys(changed).length > 0) {
        setSettings(await api.updateSettings({ office: name, ...changed }));
      }
      setError(null);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };

  const start = async (how: 'sample' | 'import' | 'empty') => {
    if (how === 'sample') {
      // The sample names its own office (เขตดุสิต); the name (and signers) typed here are kept when given.
      if (office.trim() && !(await saveOffice())) return;
      if (!office.trim() && !(await saveSigners())) return;
      await importSample();
      return;
    }
    if (await saveOffice()) setOpen(how);
  };

  return (
    <section className="screen welcome" data-screen="welcome">
      <h1>{W.title}</h1>
      <p className="welcome-lead">{W.lead}</p>
      <label className="welcome-office">
        <span>{FIELD_NAMES.office}</span>
        <input
          value={office}
          onChange={(e) => setOffice(e.target.value)}
          placeholder={EXAMPLES.office}
          aria-label={FIELD_NAMES.office}
          maxLength={300}
        />
      </label>
      <fieldset className="welcome-signers">
        <legend>{WELCOME_WORDS.signers}</legend>
        <p className="welcome-hint">{WELCOME_WORDS.signersHint}</p>
        {SIGNERS.map((g) => (
          <div key={g.name} className="welcome-signer">
            <span className="welcome-role">{g.role}</span>
            <input
              aria-label={FIELD_NAMES[g.name]}
              placeholder={UI_WORDS.fullName}
              maxLength={300}
              value={signers[g.name]}
              onChange={(e) => setSigners((v) => ({ ...v, [g.name]: e.target.value }))}
            />
            <input
              aria-label={FIELD_NAMES[g.title]}
              placeholder={W.titleHint(g.titleHint)}
              maxLength={300}
              value={signers[g.title]}
              onChange={(e) => setSigners((v) => ({ ...v, [g.title]: e.target.value }))}
            />
          </div>
        ))}
      </fieldset>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="welcome-choices">
        <button type="button" className="welcome-choice" disabled={importing} onClick={() => void start('sample')}>
          <strong>{importing ? UI_WORDS.importing : W.sample}</strong>
          <span>{withDigits(W.sampleHint, numerals)}</span>
        </button>
        <button type="button" className="welcome-choice" onClick={() => void start('import')}>
          <strong>{W.importPlan}</strong>
          <span>{W.importHint}</span>
        </button>
        <button type="button" className="welcome-choice" onClick={() => void start('empty')}>
          <strong>{W.empty}</strong>
          <span>{W.emptyHint}</span>
        </button>
        <WelcomeRestore onError={setError} />
      </div>
      {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
      {open === 'empty' && <CreatePlanDialog onClose={() => setOpen(null)} />}
    </section>
  );
}
