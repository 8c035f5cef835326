// หลักฐาน of one row: the list (open on click, remove after a confirm), "+ ลิงก์" and "+ ไฟล์".
// Dropping files on the row is handled by the row (useFileDrop) and lands in the same state.
import { memo, useState, type KeyboardEvent } from 'react';
import type { DigitStyle } from '../../../../core/thai';
import type { Evidence } from '../../../../core/types';
import { withDigits } from '../../../../core/thai';
import { viewLink } from '../../../../core/lookAlike';
import { formatSize, linkName } from './model';
import { useRowEnv } from './rowEnv';
import './evidence-warn.css';
import type { EvidenceState } from './useEvidence';
import { EVIDENCE_KIND_NAMES, WORDS, UI_WORDS } from '../../../../core/terms';

/** "PDF", "PNG", "DOCX" … from the file name: a short badge instead of an icon font. */
function fileKind(name: string | null): string {
  const ext = name?.includes('.') ? name.split('.').pop()!.toUpperCase() : '';
  return ext === 'JPEG' ? 'JPG' : ext || WORDS.file;
}

function EvidenceItem({ ev, state, numerals }: { ev: Evidence; state: EvidenceState; numerals: DigitStyle }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = ev.kind === 'url' ? ev.label || linkName(ev.url ?? '') : ev.label || ev.fileName || '';
  const deleteLabel = `ลบหลักฐาน ${name}`;
  // A look-alike domain (core/lookAlike.ts) is named by its punycode, and says so.
  const link = ev.kind === 'url' ? viewLink(ev.url ?? '') : null;
  const title = link ? `เปิดลิงก์ ${link.text}${link.warning ? `\n${link.warning}` : ''}` : `เปิดไฟล์ ${ev.fileName}`;
  return (
    <li className={`fu-ev fu-ev-is-${ev.kind}`} data-evidence-id={ev.id}>
      <span className="fu-ev-kind" aria-hidden="true">
        {ev.kind === 'url' ? EVIDENCE_KIND_NAMES.url : fileKind(ev.fileName)}
      </span>
      <button type="button" className="fu-ev-open" title={title} onClick={() => state.open(ev)}>
        {name}
      </button>
      {link?.warning && (
        <span className="fu-ev-warn" role="note" title={link.warning} data-testid="evidence-lookalike">
          ⚠ ชื่อเว็บไซต์มีอักษรหลายภาษาปนกัน อาจเป็นเว็บไซต์ปลอม
        </span>
      )}
      {ev.kind === 'file' && ev.size !== null && <span className="fu-ev-size">{formatSize(ev.size, numerals)}</span>}
      {confirming ? (
        <span className="fu-ev-confirm" role="group" aria-label={`ยืนยันการลบ ${name}`}>
          <button
            type="button"
            className="fu-ev-yes"
            disabled={busy}
            autoFocus
            onClick={() => {
              setBusy(true);
              void state.remove(ev).finally(() => setBusy(false));
            }}
          >
            {UI_WORDS.delete}
          </button>
          <button type="button" className="fu-ev-no" onClick={() => setConfirming(false)}>
            ไม่ลบ
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="fu-ev-remove"
          title={deleteLabel}
          aria-label={deleteLabel}
          onClick={() => setConfirming(true)}
        >
          ×
        </button>
      )}
    </li>
  );
}

interface EvidenceCellProps {
  state: EvidenceState;
  numerals: DigitStyle;
  code: string;
}

export const EvidenceCell = memo(function EvidenceCell({ state, numerals, code }: EvidenceCellProps) {
  const [adding, setAdding] = useState(false);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const { pickFiles } = useRowEnv();

  const submit = async () => {
    setBusy(true);
    const ok = await state.addUrl(url);
    setBusy(false);
    if (ok) {
      setUrl('');
      setAdding(false);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      setAdding(false);
      setUrl('');
      state.clearError();
    }
  };

  return (
    <div className="fu-evidence">
      {state.items.length > 0 && (
        <ul className="fu-ev-list">
          {state.items.map((ev) => (
            <EvidenceItem key={ev.id} ev={ev} state={state} numerals={numerals} />
          ))}
        </ul>
      )}
      {adding && (
        <div className="fu-ev-url">
          <input
            type="text"
            inputMode="url"
            value={url}
            placeholder="https://…"
            aria-label={`ลิงก์หลักฐานของข้อ ${code}`}
            autoFocus
            disabled={busy}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={onKey}
          />
          <button type="button" disabled={busy} onClick={() => void submit()}>
            {UI_WORDS.add}
          </button>
        </div>
      )}
      <div className="fu-ev-actions">
        {!adding && (
          <button type="button" className="fu-ev-add" title="เพิ่มลิงก์หลักฐาน" onClick={() => setAdding(true)}>
            + ลิงก์
          </button>
        )}
        <button
          type="button"
          className="fu-ev-add"
          title={`แนบไฟล์ (PDF รูปภาพ Word Excel ไม่เกิน ${withDigits(20, numerals)} MB) หรือลากไฟล์มาวางที่แถวนี้`}
          onClick={() => pickFiles((files) => void state.addFiles(files))}
        >
          + ไฟล์
        </button>
      </div>
      {state.uploading > 0 && (
        <p className="fu-ev-busy" role="status">
          กำลังแนบ {withDigits(state.uploading, numerals)} ไฟล์…
        </p>
      )}
      {state.error && (
        <p className="fu-ev-error" role="alert">
          {state.error}
          <button type="button" className="fu-ev-dismiss" aria-label={UI_WORDS.dismiss} onClick={state.clearError}>
            ×
          </button>
        </p>
      )}
    </div>
  );
});
