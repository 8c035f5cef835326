// นำเข้าแผน: a table pasted from Word/PDF/Excel (the clipboard's HTML when it has one: it keeps merged
// cells), or a file (.txt, .tsv, .html, .docx, .xlsx) chosen or dropped → "ตรวจสอบ" (dry run: the
// columns read, the structure, wrap-space joins to keep or undo, problems by line and column) →
// "นำเข้า" only when nothing is an error. Nothing is written before the confirm.
import { useEffect, useState, type ClipboardEvent, type DragEvent } from 'react';
import { messageDigits, parseNumber } from '../../../../core/thai';
import type { CriteriaSet } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { digits } from '../../format';
import { messageOf } from '../../store';
import { useApi, useApp, useAppStore } from '../../StoreContext';
import {
  describeSource,
  fileProblem,
  importInput,
  PLAN_FILE_ACCEPT,
  sourceFromClipboard,
  type ImportSource,
} from './importModel';
import { ImportPreview, type PreviewState } from './ImportPreview';
import { openPlan } from './PlanDialogs';
import { problemsOfError, yearInText } from './planModel';
import './import.css';
import { WORDS, UI_WORDS, PLAN_IMPORT_WORDS as W, PLAN_WORDS } from '../../../../core/terms';

export function ImportDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const store = useAppStore();
  const plans = useApp((s) => s.plans);
  const settings = useApp((s) => s.settings);
  const numerals = useApp((s) => s.numerals);
  const [source, setSource] = useState<ImportSource>({ kind: 'text', text: '' });
  const [year, setYear] = useState(() =>
    plans.length ? digits(Math.max(...plans.map((p) => p.fiscalYear)) + 1, numerals) : '',
  );
  const [yearTouched, setYearTouched] = useState(false);
  const [office, setOffice] = useState(settings?.office ?? '');
  const [sets, setSets] = useState<CriteriaSet[]>([]);
  const [criteria, setCriteria] = useState('');
  const [kept, setKept] = useState<readonly string[] | 'all'>([]);
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    void api.listCriteriaSets({}).then(setSets, () => setSets([]));
  }, [api]);

  const fiscalYear = parseNumber(year);
  const yearProblem = fiscalYear === null || fiscalYear < 2500 || fiscalYear > 2700;
  const shown = source.kind === 'file' ? '' : source.text;
  const empty = source.kind === 'file' ? false : !source.text.trim();

  const changeSource = (next: ImportSource) => {
    setSource(next);
    setPreview(null);
    setKept([]);
    const found = next.kind === 'file' ? null : yearInText(next.text);
    if (!yearTouched && found) setYear(digits(found, numerals));
  };
  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const problem = fileProblem(file.name, file.size);
    if (problem) {
      // Its numbers (the size limit) in the office's digits, as the API's messages are shown.
      setPreview({ result: null, preview: null, problems: [], error: messageDigits(problem, numerals) });
      return;
    }
    changeSource({ kind: 'file', name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = sourceFromClipboard((type) => e.clipboardData.getData(type));
    if (pasted?.kind !== 'html') return; // plain text: the textarea takes it as typed
    e.preventDefault();
    changeSource(pasted);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void takeFile(e.dataTransfer.files[0]);
  };

  const input = (dryRun: boolean) =>
    importInput(
      source,
      {
        fiscalYear: yearProblem ? undefined : fiscalYear!,
        office: office.trim() || undefined,
        criteriaSet: criteria || null,
        keepSpaces: kept,
      },
      dryRun,
    );

  const check = async () => {
    setBusy('check');
    try {
      const result = await api.importPlan(input(true));
      setPreview({ result, preview: result.preview, problems: result.problems, error: null });
    } catch (e) {
      const message = messageOf(e);
      const details = (e as { details?: { preview?: PreviewState['preview'] } } | null)?.details;
      setPreview({
        result: null,
        preview: details?.preview ?? null,
        problems: problemsOfError(e, message),
        error: message.split('\n')[0] ?? message,
      });
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    setBusy('import');
    try {
      const { track, refreshDivisions } = store.getState();
      const result = await track(api.importPlan(input(false)));
      await refreshDivisions(); // units the plan named that were not divisions yet
      if (result.plan) await openPlan(store, result.plan.id);
      onClose();
    } catch {
      setBusy(null); // the banner says why; the input stays
    }
  };

  const errors = preview?.problems.filter((p) => p.severity === 'error') ?? [];
  const canImport = !!preview?.result && !preview.error && errors.length === 0 && !busy;
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {UI_WORDS.cancel}
      </button>
      <button type="button" disabled={empty || yearProblem || !!busy} onClick={() => void check()}>
        {busy === 'check' ? W.checking : W.check}
      </button>
      <button type="button" className="primary" disabled={!canImport} onClick={() => void confirm()}>
        {busy === 'import' ? UI_WORDS.importing : W.import}
      </button>
    </>
  );

  return (
    <Modal title={W.title} onClose={onClose} footer={footer} wide>
      <div
        className={`import-dialog${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <p className="muted">{W.hint}</p>
        <div className="import-fields">
          <label htmlFor="import-year">{PLAN_WORDS.fiscalYearBe}</label>
          <input
            id="import-year"
            inputMode="numeric"
            value={year}
            onChange={(e) => {
              setYear(e.target.value);
              setYearTouched(true);
              setPreview(null);
            }}
          />
          <label htmlFor="import-office">{WORDS.office}</label>
          <input
            id="import-office"
            value={office}
            onChange={(e) => {
              setOffice(e.target.value);
              setPreview(null);
            }}
          />
          <label htmlFor="import-criteria">{W.criteria}</label>
          <select
            id="import-criteria"
            value={criteria}
            onChange={(e) => {
              setCriteria(e.target.value);
              setPreview(null);
            }}
          >
            <option value="">{PLAN_WORDS.noCriteria}</option>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <label className="file-button">
            {W.chooseFile}
            <input
              type="file"
              accept={PLAN_FILE_ACCEPT}
              aria-label={W.chooseFileLabel}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                void takeFile(file);
              }}
            />
          </label>
        </div>
        {yearProblem &&
          (yearTouched || !empty ? (
            <p className="field-error" role="alert">
              {W.yearRule} {digits(2567, numerals)}
            </p>
          ) : (
            // Nothing typed yet: not an error, only what to do (a year in the pasted table fills it).
            <p className="muted" data-hint="year">
              {W.yearHint}
            </p>
          ))}
        {(source.kind !== 'text' || dragging) && (
          <p className="import-source" data-testid="import-source">
            {dragging ? W.dropHere : describeSource(source)}
            {source.kind !== 'text' && !dragging && (
              <button type="button" className="link" onClick={() => changeSource({ kind: 'text', text: '' })}>
                {UI_WORDS.clear}
              </button>
            )}
          </p>
        )}
        <textarea
          className="import-text"
          aria-label={W.textLabel}
          placeholder={source.kind === 'file' ? W.fromFile : W.pasteHere}
          value={shown}
          readOnly={source.kind !== 'text'}
          spellCheck={false}
          onPaste={onPaste}
          onChange={(e) => changeSource({ kind: 'text', text: e.target.value })}
        />
        {preview && <ImportPreview state={preview} numerals={numerals} kept={kept} onKeep={setKept} />}
      </div>
    </Modal>
  );
}
