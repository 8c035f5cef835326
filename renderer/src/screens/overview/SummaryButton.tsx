// "พิมพ์สรุปสำหรับ ผอ.เขต (PDF)": the overview of the month shown, one page, through the report
// pipeline (exportReport 'overview'); then where the file is, with open / show in folder.
import { useState } from 'react';
import { reportFileName } from '../../../../core/fileName';
import { CHASE_WORDS, UI_WORDS, REPORT_TERMS } from '../../../../core/terms';
import { withDigits } from '../../../../core/thai';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';

type State =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; path: string; pages: number | null }
  | { step: 'error'; message: string };

export function SummaryButton({ month }: { month: string }) {
  const api = useApi();
  const plan = useApp((s) => s.plan);
  const numerals = useApp((s) => s.numerals);
  const [state, setState] = useState<State>({ step: 'idle' });
  if (!plan) return null;

  const run = async () => {
    const defaultName = reportFileName({
      report: 'overview',
      format: 'pdf',
      fiscalYear: plan.fiscalYear,
      office: plan.office,
      month,
      digits: numerals,
    });
    try {
      const { path } = await api.chooseExportPath({ defaultName, format: 'pdf' });
      if (!path) return;
      setState({ step: 'working' });
      const r = await api.exportReport({ planId: plan.id, report: 'overview', format: 'pdf', month, outPath: path });
      setState({ step: 'done', path: r.path, pages: r.pages });
    } catch (e) {
      setState({ step: 'error', message: messageOf(e) });
    }
  };
  const open = (reveal: boolean) => {
    if (state.step !== 'done') return;
    api
      .openExport({ path: state.path, reveal })
      .catch((e: unknown) => setState({ step: 'error', message: messageOf(e) }));
  };

  return (
    <>
      <button
        type="button"
        title={withDigits(CHASE_WORDS.summaryHint, numerals)}
        disabled={state.step === 'working'}
        onClick={() => void run()}
      >
        {state.step === 'working' ? UI_WORDS.making : CHASE_WORDS.summary}
      </button>
      {state.step === 'done' && (
        <p className="ov-summary-done" role="status" data-testid="summary-done">
          {UI_WORDS.saved}
          {state.pages ? ` ${withDigits(state.pages, numerals)} ${REPORT_TERMS.page}` : ''}: <code>{state.path}</code>{' '}
          <button type="button" className="ov-link" onClick={() => open(false)}>
            {UI_WORDS.openFile}
          </button>{' '}
          <button type="button" className="ov-link" onClick={() => open(true)}>
            {CHASE_WORDS.openFolder}
          </button>
        </p>
      )}
      {state.step === 'error' && (
        <p className="banner banner-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
