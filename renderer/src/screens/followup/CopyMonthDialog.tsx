// คัดลอกจากเดือนก่อน: what the copy would carry, row by row (status, texts, the dated lines left
// behind) and why the other rows stay as they are; nothing is written before "คัดลอก".
import { useEffect, useState } from 'react';
import { formatMonthLong, withDigits, type DigitStyle } from '../../../../core/thai';
import type { CopyMonthResult } from '../../../../core/types';
import {
  COPY_SKIP_NAMES,
  STATUS_NAMES,
  ENTITY_NAMES,
  DRAFT_NAME,
  FIELD_NAMES,
  UI_WORDS,
  COPY_MONTH_WORDS,
} from '../../../../core/terms';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import './copy.css';

interface CopyMonthDialogProps {
  planId: number;
  from: string;
  to: string;
  numerals: DigitStyle;
  onClose(): void;
  onCopied(result: CopyMonthResult): void;
}

export function CopyMonthDialog({ planId, from, to, numerals, onClose, onCopied }: CopyMonthDialogProps) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const [preview, setPreview] = useState<CopyMonthResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const n = (x: number) => withDigits(x, numerals);

  useEffect(() => {
    let live = true;
    api.copyMonth({ planId, from, to, dryRun: true }).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [api, planId, from, to]);

  const copy = async () => {
    setBusy(true);
    try {
      onCopied(await track(api.copyMonth({ planId, from, to })));
    } catch {
      setBusy(false); // the banner says why; the preview stays
    }
  };

  const carried = preview?.rows.filter((r) => r.carried) ?? [];
  const skipped = preview?.rows.filter((r) => r.skipped) ?? [];
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {UI_WORDS.cancel}
      </button>
      <button
        type="button"
        className="primary"
        disabled={!preview || carried.length === 0 || busy}
        onClick={() => void copy()}
      >
        {busy ? COPY_MONTH_WORDS.copying : COPY_MONTH_WORDS.copy(n(carried.length))}
      </button>
    </>
  );
  return (
    <Modal title={COPY_MONTH_WORDS.title(formatMonthLong(from, numerals))} onClose={onClose} footer={footer} wide>
      <div className="fu-copy-dialog" data-testid="copy-preview">
        {error && <p className="field-error">{error}</p>}
        {!preview && !error && <p className="muted">{COPY_MONTH_WORDS.checking}</p>}
        {preview && (
          <>
            <p className="fu-copy-lead">
              {carried.length > 0 ? (
                <>
                  {COPY_MONTH_WORDS.willCopy}{' '}
                  <strong>
                    {n(carried.length)} {ENTITY_NAMES.activity}
                  </strong>{' '}
                  {COPY_MONTH_WORDS.intoMonth(formatMonthLong(to, numerals))}
                  <strong>{DRAFT_NAME}</strong>
                  {COPY_MONTH_WORDS.toCheck}
                </>
              ) : (
                COPY_MONTH_WORDS.nothing(formatMonthLong(from, numerals))
              )}
            </p>
            <p className="muted">{COPY_MONTH_WORDS.notCarried}</p>
            {carried.length > 0 && (
              <table className="fu-copy-table">
                <thead>
                  <tr>
                    <th scope="col">{ENTITY_NAMES.activity}</th>
                    <th scope="col">{FIELD_NAMES.status}</th>
                    <th scope="col">{FIELD_NAMES.result}</th>
                    <th scope="col">{FIELD_NAMES.problems}</th>
                    <th scope="col">{COPY_MONTH_WORDS.droppedHead}</th>
                  </tr>
                </thead>
                <tbody>
                  {carried.map((r) => (
                    <tr key={r.activityId} data-activity-id={r.activityId}>
                      <td>
                        <span className="code">{r.itemCode}</span> {r.activityText}
                      </td>
                      <td className="nowrap">{STATUS_NAMES[r.carried!.status]}</td>
                      <td className="fu-copy-text">{r.carried!.result || '–'}</td>
                      <td className="fu-copy-text">{r.carried!.problems || '–'}</td>
                      <td className="fu-copy-dropped">
                        {r.carried!.dropped.map((line, i) => (
                          <del key={i}>{line}</del>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {skipped.length > 0 && (
              <details className="fu-copy-skipped" open={carried.length === 0}>
                <summary>{COPY_MONTH_WORDS.skipped(n(skipped.length))}</summary>
                <ul>
                  {skipped.map((r) => (
                    <li key={r.activityId} data-activity-id={r.activityId} data-skip={r.skipped}>
                      <span className="code">{r.itemCode}</span> {r.activityText} — {COPY_SKIP_NAMES[r.skipped!]}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
