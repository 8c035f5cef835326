// Export and print: choose a report, where to save it (the system dialog), watch it being made,
// then open it or show it in its folder. The same reports the CLI exports.
import { useEffect, useState } from 'react';
import { formatMonthLong, withDigits } from '../../../core/thai';
import type { ExportProgress, ReportKind } from '../../../core/types';
import { reportFileName } from '../../../core/fileName';
import {
  exportProgressText,
  CHASE_WORDS,
  EXPORT_WORDS as W,
  FIELD_NAMES,
  ENTITY_NAMES,
  UI_WORDS,
  SCREEN_NAMES,
  REPORT_TERMS,
} from '../../../core/terms';
import { messageOf } from '../store';
import { useApi, useApp } from '../StoreContext';
import { Modal } from './Modal';
import { MonthSelect } from './MonthSelect';

type Choice = ReportKind | 'division-form';
const CHOICES: { id: Choice; label: string; hint: string }[] = [
  { id: 'plan', label: SCREEN_NAMES.plan, hint: W.planHint },
  { id: 'month', label: W.month, hint: W.monthHint },
  { id: 'half-year', label: W.halfYear, hint: W.halfYearHint },
  { id: 'annual', label: W.annual, hint: W.annualHint },
  { id: 'oit-urls', label: W.oitUrls, hint: W.oitUrlsHint },
  { id: 'overview', label: W.overview, hint: W.overviewHint },
  { id: 'division-form', label: W.divisionForm, hint: W.divisionFormHint },
];

type Phase =
  | { step: 'form' }
  | { step: 'working'; since: number }
  | { step: 'done'; path: string; bytes: number; pages: number | null }
  | { step: 'error'; message: string };

export function ExportDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const plan = useApp((s) => s.plan);
  const month = useApp((s) => s.month);
  const numerals = useApp((s) => s.numerals);
  const divisions = useApp((s) => s.divisions);
  const [choice, setChoice] = useState<Choice>('month');
  const [format, setFormat] = useState<'pdf' | 'xlsx'>('pdf');
  const [reportMonth, setReportMonth] = useState<string | null>(month);
  const [divisionId, setDivisionId] = useState<number | null>(null);
  const [onlyReported, setOnlyReported] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [, tick] = useState(0);

  // While a report is made: the seconds, and which part of a long PDF is printing.
  useEffect(() => {
    if (phase.step !== 'working') return;
    const t = setInterval(() => {
      tick((n) => n + 1);
      api.exportProgress({}).then(setProgress, () => undefined);
    }, 500);
    return () => {
      clearInterval(t);
      setProgress(null);
    };
  }, [phase.step, api]);

  if (!plan) return null;
  const fiscalYear = plan.fiscalYear;
  const isForm = choice === 'division-form';
  const fmt = isForm ? 'xlsx' : format;
  const needsMonth = choice === 'month' || choice === 'overview' || isForm;
  const division = divisions.find((d) => d.id === divisionId);
  const missing = needsMonth && !reportMonth ? W.needMonth : isForm && !division ? W.needDivision : null;

  const run = async () => {
    const name = isForm
      ? W.divisionFormFile(division!.name, formatMonthLong(reportMonth!, numerals))
      : reportFileName({
          report: choice,
          format: fmt,
          fiscalYear: plan.fiscalYear,
          office: plan.office,
          month: needsMonth ? reportMonth! : undefined,
          division: division?.name,
          digits: numerals,
        });
    try {
      const { path } = await api.chooseExportPath({ defaultName: name, format: fmt });
      if (!path) return; // cancelled: stay on the form
      setPhase({ step: 'working', since: Date.now() });
      if (isForm) {
        const r = await api.exportDivisionForm({
          planId: plan.id,
          month: reportMonth!,
          divisionId: division!.id,
          outPath: path,
        });
        setPhase({ step: 'done', path: r.path, bytes: r.bytes, pages: null });
      } else {
        const r = await api.exportReport({
          planId: plan.id,
          report: choice,
          format: fmt,
          month: needsMonth ? reportMonth! : undefined,
          divisionId: choice === 'month' ? division?.id : undefined,
          onlyReported: choice === 'month' && onlyReported ? true : undefined,
          outPath: path,
        });
        setPhase({ step: 'done', ...r });
      }
    } catch (e) {
      setPhase({ step: 'error', message: messageOf(e) });
    }
  };

  const canPrint = choice === 'plan' || choice === 'month';
  const print = async () => {
    setPhase({ step: 'working', since: Date.now() });
    try {
      const r = await api.printReport({
        planId: plan.id,
        report: choice === 'plan' ? 'plan' : 'month',
        month: choice === 'month' ? reportMonth! : undefined,
        divisionId: choice === 'month' ? division?.id : undefined,
        onlyReported: choice === 'month' && onlyReported ? true : undefined,
      });
      setPhase({ step: 'form' });
      if (r.printed) onClose();
    } catch (e) {
      setPhase({ step: 'error', message: messageOf(e) });
    }
  };

  const open = (reveal: boolean) => {
    if (phase.step !== 'done') return;
    api
      .openExport({ path: phase.path, reveal })
      .catch((e: unknown) => setPhase({ step: 'error', message: messageOf(e) }));
  };

  const footer =
    phase.step === 'done' ? (
      <>
        <button type="button" onClick={() => setPhase({ step: 'form' })}>
          {W.another}
        </button>
        <button type="button" onClick={() => open(true)}>
          {CHASE_WORDS.openFolder}
        </button>
        <button type="button" className="primary" onClick={() => open(false)}>
          {UI_WORDS.openFile}
        </button>
      </>
    ) : (
      <>
        <button type="button" onClick={onClose}>
          {UI_WORDS.close}
        </button>
        {canPrint && (
          <button type="button" disabled={!!missing || phase.step === 'working'} onClick={() => void print()}>
            {UI_WORDS.print}
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!!missing || phase.step === 'working'}
          onClick={() => void run()}
        >
          {phase.step === 'working' ? UI_WORDS.making : W.export}
        </button>
      </>
    );

  return (
    <Modal title={UI_WORDS.exportReport} onClose={onClose} footer={footer}>
      <div className="export-dialog" data-testid="export-dialog">
        {phase.step === 'done' ? (
          <p className="export-done" role="status" data-testid="export-done">
            <strong>{UI_WORDS.saved}</strong>
            {phase.pages ? ` ${withDigits(phase.pages, numerals)} ${REPORT_TERMS.page}` : ''} ·{' '}
            {withDigits(Math.max(1, Math.round(phase.bytes / 1024)), numerals)} KB
            <br />
            <code>{phase.path}</code>
          </p>
        ) : (
          renderForm()
        )}
      </div>
    </Modal>
  );

  // A render helper, not a component: the form must not remount on each progress tick.
  function renderForm() {
    return (
      <>
        <fieldset className="export-choices" disabled={phase.step === 'working'}>
          <legend>{W.report}</legend>
          {CHOICES.map((c) => (
            <label key={c.id} className={choice === c.id ? 'export-choice active' : 'export-choice'}>
              <input type="radio" name="report" checked={choice === c.id} onChange={() => setChoice(c.id)} />
              <span>
                <strong>{withDigits(c.label, numerals)}</strong>
                <small>{withDigits(c.hint, numerals)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="export-options">
          {needsMonth && (
            <label>
              {FIELD_NAMES.month}
              <MonthSelect
                fiscalYear={fiscalYear}
                value={reportMonth}
                onChange={setReportMonth}
                numerals={numerals}
                long
                label={FIELD_NAMES.month}
              />
            </label>
          )}
          {(choice === 'month' || isForm) && (
            <label>
              {ENTITY_NAMES.division}
              <select
                aria-label={ENTITY_NAMES.division}
                value={divisionId ?? ''}
                onChange={(e) => setDivisionId(e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">{isForm ? W.chooseDivision : W.wholeOffice}</option>
                {divisions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {choice === 'month' && (
            <label className="export-only">
              <input type="checkbox" checked={onlyReported} onChange={(e) => setOnlyReported(e.target.checked)} />{' '}
              {W.onlyReported}
            </label>
          )}
          {!isForm && (
            <fieldset className="export-format">
              <legend>{W.format}</legend>
              <label>
                <input type="radio" name="format" checked={format === 'pdf'} onChange={() => setFormat('pdf')} />{' '}
                {W.pdfForPrint}
              </label>
              <label>
                <input type="radio" name="format" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} />{' '}
                Excel
              </label>
            </fieldset>
          )}
        </div>
        {missing && <p className="muted">{missing}</p>}
        {phase.step === 'working' && (
          <div className="export-progress" role="status" aria-live="polite">
            <div className="progress-bar indeterminate" />
            <span>
              {exportProgressText(progress, numerals)}…{' '}
              {withDigits(Math.floor((Date.now() - phase.since) / 1000), numerals)} {W.seconds}
            </span>
          </div>
        )}
        {phase.step === 'error' && (
          <p className="banner banner-error" role="alert">
            {phase.message}
          </p>
        )}
      </>
    );
  }
}
