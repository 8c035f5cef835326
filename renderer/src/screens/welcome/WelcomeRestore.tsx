// First run on a new PC: "กู้คืนจากไฟล์สำรอง" — pick the backup made on the old PC, see what it holds,
// then restore it (the existing backup API: chooseBackupFile, inspectBackupFile, restoreBackup).
import { useState } from 'react';
import {
  FIRST_RUN_WORDS,
  WELCOME_WORDS,
  WORDS,
  FIELD_NAMES,
  UI_WORDS,
  PLAN_WORDS,
  REPORT_TERMS,
} from '../../../../core/terms';
import { withDigits } from '../../../../core/thai';
import type { BackupFileInfo } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';

export function WelcomeRestore({ onError }: { onError(message: string | null): void }) {
  const api = useApi();
  const numerals = useApp((s) => s.numerals);
  const load = useApp((s) => s.load);
  const [pending, setPending] = useState<{ path: string; info: BackupFileInfo } | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    onError(null);
    try {
      const { path } = await api.chooseBackupFile({ purpose: 'open' });
      if (!path) return;
      setPending({ path, info: await api.inspectBackupFile({ path }) });
    } catch (e) {
      onError(messageOf(e));
    }
  };
  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await api.restoreBackup({ path: pending.path });
      setPending(null);
      await load(); // the restored plans open as on the old PC
    } catch (e) {
      setPending(null);
      onError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const n = (v: number) => withDigits(v, numerals);
  return (
    <>
      <button type="button" className="welcome-choice" onClick={() => void choose()}>
        <strong>{WELCOME_WORDS.restore}</strong>
        <span>{WELCOME_WORDS.restoreHint}</span>
      </button>
      {pending && (
        <Modal
          title={WELCOME_WORDS.restoreAsk}
          onClose={() => setPending(null)}
          footer={
            <>
              <button type="button" onClick={() => setPending(null)}>
                {UI_WORDS.cancel}
              </button>
              <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
                {busy ? FIRST_RUN_WORDS.restoring : WELCOME_WORDS.restoreOk}
              </button>
            </>
          }
        >
          <p>
            <code>{pending.path}</code>
          </p>
          <dl className="welcome-info" data-testid="welcome-restore-info">
            <dt>{WORDS.office}</dt>
            <dd>{pending.info.office || '—'}</dd>
            <dt>{FIELD_NAMES.fiscalYear}</dt>
            <dd>
              {pending.info.fiscalYears.length
                ? pending.info.fiscalYears.map((y) => `${REPORT_TERMS.yearOf} ${n(y)}`).join(', ')
                : PLAN_WORDS.noPlan}
            </dd>
            <dt>{WORDS.data}</dt>
            <dd>{UI_WORDS.backupHolds(n(pending.info.planCount), n(pending.info.followUpCount))}</dd>
          </dl>
        </Modal>
      )}
    </>
  );
}
