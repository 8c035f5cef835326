// ย้อนกลับ from the history: what taking back one entry, or the whole batch it belongs to (a copy of
// last month, a forms import, a plan edited in Excel), would do — record by record, each field as it
// is now and as it goes back — or why it cannot (a later edit of the same fields); nothing is
// written before “ย้อนกลับ”. The revert is itself an entry of the history.
import { useEffect, useState } from 'react';
import type { RevertPreview, RevertResult } from '../../../../core/revert';
import { PLAN_REVERT_WORDS, REVERT_NAME, UI_WORDS, HISTORY_WORDS, REVERT_DIALOG_WORDS } from '../../../../core/terms';
import { withDigits } from '../../../../core/thai';
import type { AuditEntry } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import {
  displaySummary,
  ENTITY_NAMES,
  FIELD_LABELS,
  formatDateTime,
  formatValue,
  type ValueContext,
} from './auditView';

const KIND_NAMES: Record<RevertPreview['changes'][number]['kind'], string> = REVERT_DIALOG_WORDS.kinds;

interface RevertDialogProps {
  entry: AuditEntry;
  /** Entries of its batch on the page (more than one: the whole batch is offered too). */
  batchSize: number;
  ctx: ValueContext;
  onClose(): void;
  onDone(result: RevertResult): void;
}

export function RevertDialog({ entry, batchSize, ctx, onClose, onDone }: RevertDialogProps) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const inBatch = batchSize > 1;
  const [whole, setWhole] = useState(true);
  const [preview, setPreview] = useState<RevertPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const target = inBatch && whole ? { id: entry.batchId } : { id: entry.id, entryOnly: inBatch };
  const key = `${target.id}|${target.entryOnly === true}`;
  const n = (x: number) => withDigits(x, ctx.digits);
  // Months read BE and numbers follow the setting, as in the history's own lines.
  const say = (text: string) => displaySummary({ action: '', summary: text, before: null, after: null }, ctx.digits);

  useEffect(() => {
    let live = true;
    setPreview(null);
    setError(null);
    setConfirmed(false);
    const [id, only] = key.split('|');
    api.previewRevert({ id: Number(id), entryOnly: only === 'true' }).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [api, key]);

  const revert = async () => {
    setBusy(true);
    try {
      onDone(await track(api.revertHistory({ ...target, confirmed })));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  const blocked = !preview || preview.refusals.length > 0 || (preview.confirm !== null && !confirmed);
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {UI_WORDS.cancel}
      </button>
      <button type="button" className="primary" disabled={blocked || busy} onClick={() => void revert()}>
        {busy
          ? REVERT_DIALOG_WORDS.reverting
          : preview && preview.entries > 1
            ? REVERT_DIALOG_WORDS.revertBatch
            : REVERT_NAME}
      </button>
    </>
  );
  return (
    <Modal title={REVERT_DIALOG_WORDS.title} onClose={onClose} footer={footer} wide>
      <div className="hi-revert" data-testid="revert-preview">
        {inBatch && (
          <fieldset className="hi-revert-scope">
            <legend>{REVERT_NAME}</legend>
            <label>
              <input type="radio" name="scope" checked={whole} onChange={() => setWhole(true)} />
              {REVERT_DIALOG_WORDS.wholeBatch(n(batchSize))}
            </label>
            <label>
              <input type="radio" name="scope" checked={!whole} onChange={() => setWhole(false)} />
              {REVERT_DIALOG_WORDS.entryOnly}
            </label>
          </fieldset>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {!preview && !error && <p className="muted">{REVERT_DIALOG_WORDS.checking}</p>}
        {preview && (
          <>
            <p className="hi-revert-lead">
              <strong>{say(preview.summary)}</strong>
              <span className="muted">
                {' '}
                — {preview.actor}, {formatDateTime(preview.at, ctx.digits)}
              </span>
            </p>
            {preview.refusals.length > 0 && (
              <ul className="hi-revert-refusals" role="alert" data-testid="revert-refusals">
                {preview.refusals.map((r, i) => (
                  <li key={i}>{say(r)}</li>
                ))}
              </ul>
            )}
            {preview.refusals.length === 0 && preview.changes.length > 0 && (
              <p>{REVERT_DIALOG_WORDS.willChange(n(preview.changes.length))}</p>
            )}
            {preview.changes.map((c) => (
              <section key={c.entryId} className="hi-revert-change" data-entry-id={c.entryId} data-kind={c.kind}>
                <h3>
                  <span className="hi-revert-kind">{KIND_NAMES[c.kind]}</span> {ENTITY_NAMES[c.entity] ?? c.entity}:{' '}
                  {say(c.summary)}
                </h3>
                {c.detail && (
                  <p className="hi-revert-detail" data-testid="revert-detail">
                    {say(c.detail)}
                  </p>
                )}
                {c.kind === 'restore' && (
                  <table className="hi-diff">
                    <thead>
                      <tr>
                        <th scope="col">{HISTORY_WORDS.field}</th>
                        <th scope="col">{REVERT_DIALOG_WORDS.now}</th>
                        <th scope="col">{REVERT_DIALOG_WORDS.afterRevert}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.fields.map((f) => (
                        <tr key={f.key} data-field={f.key}>
                          <th scope="row">{FIELD_LABELS[f.key] ?? f.key}</th>
                          <td className="hi-before">{formatValue(f.key, f.now, ctx)}</td>
                          <td className="hi-after">{formatValue(f.key, f.back, ctx)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            ))}
            {preview.notes.map((note, i) => (
              <p key={i} className="muted hi-revert-note">
                {say(note)}
              </p>
            ))}
            {preview.confirm !== null && (
              <div className="hi-revert-confirm" role="alert" data-testid="revert-confirm">
                <p>{say(preview.confirm)}</p>
                <label>
                  <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                  {PLAN_REVERT_WORDS.confirmLabel}
                </label>
              </div>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
