// สำรองและกู้คืนข้อมูล: where the data file and its backups are, back up now or to a file, restore
// from a file (what it holds is shown, and asked about, before anything is replaced), recent backups.
import { useCallback, useEffect, useState } from 'react';
import type { BackupFileInfo, BackupListEntry } from '../../../../core/types';
import { formatDate, withDigits } from '../../../../core/thai';
import { PLAN_REVERT_WORDS, BACKUP_WORDS } from '../../../../core/terms';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../store';
import { takeDeferred, useCommand } from '../../shortcuts';
import { useApi, useApp } from '../../StoreContext';
import './backup.css';
import {
  FIELD_NAMES,
  WELCOME_WORDS,
  WORDS,
  PLAN_WORDS,
  DATA_FILE_WORDS,
  UI_WORDS,
  REPORT_TERMS,
} from '../../../../core/terms';

const REASONS: Record<string, string> = {
  auto: BACKUP_WORDS.reasons.auto,
  manual: BACKUP_WORDS.reasons.manual,
  'pre-restore': BACKUP_WORDS.reasons.preRestore,
  'pre-revert': PLAN_REVERT_WORDS.backupReason,
};

function reasonLabel(reason: string): string {
  if (reason.startsWith('pre-migration')) return BACKUP_WORDS.reasons.preMigration;
  return REASONS[reason] ?? reason;
}

type Numerals = 'thai' | 'arabic';

/** "2025-03-01T08:30:00" (local) → "1 มีนาคม 2568 เวลา 08:30 น." */
function dateTime(iso: string, numerals: Numerals): string {
  try {
    const local = iso.endsWith('Z') ? localIso(new Date(iso)) : iso;
    return BACKUP_WORDS.dateTime(formatDate(local, numerals), withDigits(local.slice(11, 16), numerals));
  } catch {
    return iso;
  }
}

function localIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function size(bytes: number, numerals: Numerals): string {
  const text = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return withDigits(text, numerals);
}

/** The "open data folder" button for the about panel's data-file actions. */
export function OpenDataFolderButton() {
  const api = useApi();
  const showError = useApp((s) => s.showError);
  return (
    <button type="button" onClick={() => api.showDataFolder({}).catch((e: unknown) => showError(messageOf(e)))}>
      {BACKUP_WORDS.openDataFolder}
    </button>
  );
}

/**
 * The result of a restore, kept across the reload: load() shows the loading state, which unmounts
 * this screen, and the remounted section shows the message.
 */
let afterReload: { ok: boolean; text: string } | null = null;

interface Pending {
  path: string;
  info: BackupFileInfo;
}

export function BackupSection() {
  const api = useApi();
  const numerals = useApp((s) => s.numerals);
  const load = useApp((s) => s.load);
  const [list, setList] = useState<{ dbPath: string; backupsDir: string; backups: BackupListEntry[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(() => {
    const kept = afterReload;
    afterReload = null;
    return kept;
  });
  const [pending, setPending] = useState<Pending | null>(null);

  const refresh = useCallback(() => {
    api.listBackups({}).then(setList, (e: unknown) => setNote({ ok: false, text: messageOf(e) }));
  }, [api]);
  useEffect(refresh, [refresh]);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setNote(null);
    try {
      const text = await work();
      if (text) setNote({ ok: true, text });
    } catch (e) {
      setNote({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const backupNow = () =>
    run(async () => {
      const b = await api.backupNow({});
      return BACKUP_WORDS.backedUp(b.name);
    });

  const backupToFile = () =>
    run(async () => {
      const { path } = await api.chooseBackupFile({ purpose: 'save' });
      if (!path) return null;
      const r = await api.backupToFile({ path });
      return BACKUP_WORDS.savedToFile(r.path);
    });

  /** Checks the file and shows what it holds; nothing is replaced before the user confirms. */
  const inspect = (path: string) =>
    run(async () => {
      const info = await api.inspectBackupFile({ path });
      setPending({ path, info });
      return null;
    });

  const chooseRestore = () =>
    run(async () => {
      const { path } = await api.chooseBackupFile({ purpose: 'open' });
      if (!path) return null;
      const info = await api.inspectBackupFile({ path });
      setPending({ path, info });
      return null;
    });

  // The ไฟล์ menu's สำรองข้อมูล… / กู้คืน… (deferred when they switched to this screen).
  useCommand('backup', () => void backupToFile());
  useCommand('restore', () => void chooseRestore());
  useEffect(() => {
    if (takeDeferred('backup')) void backupToFile();
    else if (takeDeferred('restore')) void chooseRestore();
    // Once, when the section mounts.
  }, []);

  const confirmRestore = () => {
    const p = pending;
    if (!p) return;
    setPending(null);
    void run(async () => {
      const r = await api.restoreBackup({ path: p.path });
      const text = BACKUP_WORDS.restored(r.safetyBackup.name);
      afterReload = { ok: true, text };
      // Every screen reads the restored data afresh.
      await load();
      return text;
    });
  };

  const years = (info: BackupFileInfo) =>
    info.fiscalYears.length
      ? info.fiscalYears.map((y) => `${REPORT_TERMS.yearOf} ${withDigits(y, numerals)}`).join(', ')
      : PLAN_WORDS.noPlan;

  return (
    <section className="set-panel bk" aria-labelledby="bk-title" data-testid="backup-section">
      <h2 id="bk-title">{DATA_FILE_WORDS.backupRestore}</h2>
      {!list ? (
        <p className="muted">{UI_WORDS.reading}</p>
      ) : (
        <>
          <dl className="bk-paths">
            <dt>{DATA_FILE_WORDS.dataFile}</dt>
            <dd>
              <code className="set-path">{list.dbPath}</code>
            </dd>
            <dt>{BACKUP_WORDS.backupsAt}</dt>
            <dd>
              <code className="set-path" data-testid="bk-dir">
                {list.backupsDir}
              </code>
            </dd>
          </dl>
          <p className="set-hint">{BACKUP_WORDS.autoHint(withDigits(14, numerals), withDigits(1, numerals))}</p>
          <p className="set-hint" data-testid="bk-copy-hint">
            {BACKUP_WORDS.copyHint}
          </p>
          <div className="bk-actions">
            <button type="button" className="primary" disabled={busy} onClick={backupNow}>
              {BACKUP_WORDS.backupNow}
            </button>
            <button type="button" disabled={busy} onClick={backupToFile}>
              {BACKUP_WORDS.toFile}
            </button>
            <button type="button" disabled={busy} onClick={chooseRestore}>
              {BACKUP_WORDS.fromFile}
            </button>
            <OpenDataFolderButton />
          </div>
          {note && (
            <p
              className={note.ok ? 'bk-note' : 'bk-note bk-error'}
              role={note.ok ? 'status' : 'alert'}
              data-testid="bk-note"
            >
              {note.text}
            </p>
          )}
          <h3 className="bk-subtitle">{BACKUP_WORDS.recent}</h3>
          {list.backups.length === 0 ? (
            <p className="muted">{BACKUP_WORDS.none}</p>
          ) : (
            <table className="bk-table">
              <thead>
                <tr>
                  <th>{BACKUP_WORDS.time}</th>
                  <th>{BACKUP_WORDS.kind}</th>
                  <th>{BACKUP_WORDS.size}</th>
                  <th aria-label={BACKUP_WORDS.actions} />
                </tr>
              </thead>
              <tbody>
                {list.backups.slice(0, 10).map((b) => (
                  <tr key={b.path} className="bk-row" data-backup={b.name}>
                    <td>{dateTime(b.createdAt, numerals)}</td>
                    <td>{reasonLabel(b.reason)}</td>
                    <td>{size(b.bytes, numerals)}</td>
                    <td>
                      <button type="button" className="bk-link" disabled={busy} onClick={() => inspect(b.path)}>
                        {UI_WORDS.restore}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {pending && (
        <Modal
          title={WELCOME_WORDS.restoreAsk}
          onClose={() => setPending(null)}
          footer={
            <>
              <button type="button" onClick={() => setPending(null)}>
                {UI_WORDS.cancel}
              </button>
              <button type="button" className="primary danger" onClick={confirmRestore}>
                {BACKUP_WORDS.replace}
              </button>
            </>
          }
        >
          <p className="bk-file">
            <code className="set-path">{pending.path}</code>
          </p>
          <dl className="bk-info" data-testid="bk-info">
            <dt>{WORDS.office}</dt>
            <dd>{pending.info.office || '—'}</dd>
            <dt>{FIELD_NAMES.fiscalYear}</dt>
            <dd>{years(pending.info)}</dd>
            <dt>{WORDS.data}</dt>
            <dd>
              {UI_WORDS.backupHolds(
                withDigits(pending.info.planCount, numerals),
                withDigits(pending.info.followUpCount, numerals),
              )}
            </dd>
            <dt>{BACKUP_WORDS.lastChange}</dt>
            <dd>{pending.info.lastChange ? dateTime(pending.info.lastChange, numerals) : '—'}</dd>
          </dl>
          <p className="bk-warn">{BACKUP_WORDS.replaceWarning}</p>
        </Modal>
      )}
    </section>
  );
}
