// "ส่งแบบฟอร์มให้ฝ่าย": the month's form (Excel) for every division still to report, in one go, into a
// folder the user picks; the progress as each file is written, then where they all went.
import { useState } from 'react';
import type { DivisionMonth } from '../../../../core/rules';
import { CHASE_WORDS, WORDS, UI_WORDS, SEND_FORMS_WORDS, notReportedOf } from '../../../../core/terms';
import { withDigits, type DigitStyle } from '../../../../core/thai';
import type { MonthRow } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../store';
import { useApi } from '../../StoreContext';
import { monthLong } from './progressView';

type Phase =
  | { step: 'ask' }
  | { step: 'working'; folder: string; done: string[]; current: string }
  | { step: 'done'; folder: string; files: string[] }
  | { step: 'error'; message: string; files: string[] };

interface Props {
  planId: number;
  month: string;
  late: readonly DivisionMonth<MonthRow>[];
  numerals: DigitStyle;
  onClose(): void;
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

export function SendFormsDialog({ planId, month, late, numerals, onClose }: Props) {
  const api = useApi();
  const [phase, setPhase] = useState<Phase>({ step: 'ask' });
  const n = (v: number) => withDigits(v, numerals);

  const run = async () => {
    const files: string[] = [];
    try {
      const { path: folder } = await api.chooseExportFolder({});
      if (!folder) return; // cancelled: stay on the list
      for (const d of late) {
        setPhase({ step: 'working', folder, done: [...files], current: d.name });
        const r = await api.exportDivisionForm({ planId, month, divisionId: d.divisionId, outDir: folder });
        files.push(r.path);
      }
      setPhase({ step: 'done', folder, files });
    } catch (e) {
      setPhase({ step: 'error', message: messageOf(e), files });
    }
  };

  const reveal = (file: string) =>
    api
      .openExport({ path: file, reveal: true })
      .catch((e: unknown) => setPhase({ step: 'error', message: messageOf(e), files: [] }));

  const footer =
    phase.step === 'done' ? (
      <>
        <button type="button" onClick={() => void reveal(phase.files[0]!)}>
          {CHASE_WORDS.openFolder}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {UI_WORDS.close}
        </button>
      </>
    ) : (
      <>
        <button type="button" onClick={onClose} disabled={phase.step === 'working'}>
          {UI_WORDS.close}
        </button>
        <button type="button" className="primary" disabled={phase.step === 'working'} onClick={() => void run()}>
          {phase.step === 'working' ? `${CHASE_WORDS.making}…` : CHASE_WORDS.chooseFolder}
        </button>
      </>
    );

  return (
    <Modal title={CHASE_WORDS.sendForms} onClose={phase.step === 'working' ? () => undefined : onClose} footer={footer}>
      <div className="ov-send" data-testid="send-forms">
        {phase.step === 'ask' && (
          <>
            <p>{withDigits(SEND_FORMS_WORDS.ask(monthLong(month, numerals), n(late.length)), numerals)}</p>
            <ul className="ov-send-list">
              {late.map((d) => (
                <li key={d.divisionId}>
                  {d.name} — {notReportedOf(n(d.missing.length), n(d.due))}
                </li>
              ))}
            </ul>
          </>
        )}
        {phase.step === 'working' && (
          <div role="status" aria-live="polite" className="ov-send-progress">
            <progress max={late.length} value={phase.done.length} />
            <span data-testid="send-forms-progress">
              {CHASE_WORDS.making} {n(phase.done.length + 1)} {WORDS.of} {n(late.length)}: {phase.current}
            </span>
          </div>
        )}
        {phase.step === 'done' && (
          <div role="status" data-testid="send-forms-done">
            <p>
              <strong>{SEND_FORMS_WORDS.saved(n(phase.files.length))}</strong> {SEND_FORMS_WORDS.inFolder}
              <br />
              <code data-testid="send-forms-folder">{phase.folder}</code>
            </p>
            <ul className="ov-send-list">
              {phase.files.map((f) => (
                <li key={f}>{baseName(f)}</li>
              ))}
            </ul>
          </div>
        )}
        {phase.step === 'error' && (
          <>
            <p className="banner banner-error" role="alert">
              {phase.message}
            </p>
            {phase.files.length > 0 && (
              <p>{SEND_FORMS_WORDS.madeSoFar(n(phase.files.length), phase.files.map(baseName).join(', '))}</p>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
