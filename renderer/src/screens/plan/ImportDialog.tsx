// นำเข้าแผน: a table pasted from Word/PDF or a .txt/.tsv file → "ตรวจสอบ" (dry run: counts, codes,
// problems by line) → "นำเข้า" only when nothing is an error. Nothing is written before the confirm.
import { useState, type ChangeEvent } from 'react';
import { formatFiscalYear, messageDigits, parseNumber } from '../../../../core/thai';
import type { ImportProblem, ImportResult } from '../../../../core/types';
import { Modal } from '../../components/Modal';
import { digits } from '../../format';
import { messageOf } from '../../store';
import { useApi, useApp, useAppStore } from '../../StoreContext';
import { openPlan } from './PlanDialogs';
import { codesByTool, listedProblems, problemsOfError, yearInText } from './planModel';

const MAX_BYTES = 5 * 1024 * 1024;

interface Preview {
  result: ImportResult | null;
  problems: ImportProblem[];
  error: string | null;
}

export function ImportDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const store = useAppStore();
  const plans = useApp((s) => s.plans);
  const settings = useApp((s) => s.settings);
  const numerals = useApp((s) => s.numerals);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [year, setYear] = useState(() =>
    plans.length ? digits(Math.max(...plans.map((p) => p.fiscalYear)) + 1, numerals) : '',
  );
  const [yearTouched, setYearTouched] = useState(false);
  const [office, setOffice] = useState(settings?.office ?? '');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const fiscalYear = parseNumber(year);
  const yearProblem = fiscalYear === null || fiscalYear < 2500 || fiscalYear > 2700;

  const changeText = (value: string) => {
    setText(value);
    setPreview(null);
    const found = yearInText(value);
    if (!yearTouched && found) setYear(digits(found, numerals));
  };
  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setPreview({ result: null, problems: [], error: 'ไฟล์ใหญ่เกิน 5 MB เลือกไฟล์ตารางแผนที่เป็นข้อความ (.txt หรือ .tsv)' });
      return;
    }
    setFileName(file.name);
    changeText(await file.text());
  };

  const input = (dryRun: boolean) => ({
    text,
    fiscalYear: yearProblem ? undefined : fiscalYear!,
    office: office.trim() || undefined,
    dryRun,
  });

  const check = async () => {
    setBusy('check');
    try {
      const result = await api.importPlanText(input(true));
      setPreview({ result, problems: result.problems, error: null });
    } catch (e) {
      const message = messageOf(e);
      setPreview({ result: null, problems: problemsOfError(e, message), error: message.split('\n')[0] ?? message });
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    setBusy('import');
    try {
      const { track, refreshDivisions } = store.getState();
      const result = await track(api.importPlanText(input(false)));
      await refreshDivisions(); // units the plan named that were not divisions yet
      if (result.plan) await openPlan(store, result.plan.id);
      onClose();
    } catch {
      setBusy(null); // the banner says why; the text stays
    }
  };

  const errors = preview?.problems.filter((p) => p.severity === 'error') ?? [];
  const canImport = !!preview?.result && !preview.error && errors.length === 0 && !busy;
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        ยกเลิก
      </button>
      <button type="button" disabled={!text.trim() || yearProblem || !!busy} onClick={() => void check()}>
        {busy === 'check' ? 'กำลังตรวจสอบ…' : 'ตรวจสอบ'}
      </button>
      <button type="button" className="primary" disabled={!canImport} onClick={() => void confirm()}>
        {busy === 'import' ? 'กำลังนำเข้า…' : 'นำเข้า'}
      </button>
    </>
  );

  return (
    <Modal title="นำเข้าแผนจากตาราง" onClose={onClose} footer={footer} wide>
      <div className="import-dialog">
        <p className="muted">
          คัดลอกตารางแผนจาก Word หรือ PDF (ทั้งตาราง รวมหัวตาราง) แล้ววางในช่องด้านล่าง หรือเลือกไฟล์ข้อความ (.txt, .tsv) แล้วกด
          “ตรวจสอบ” เพื่อดูสิ่งที่จะนำเข้าก่อน
        </p>
        <div className="import-fields">
          <label htmlFor="import-year">ปีงบประมาณ (พ.ศ.)</label>
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
          <label htmlFor="import-office">หน่วยงาน</label>
          <input
            id="import-office"
            value={office}
            onChange={(e) => {
              setOffice(e.target.value);
              setPreview(null);
            }}
          />
          <label className="file-button">
            เลือกไฟล์…
            <input
              type="file"
              accept=".txt,.tsv,text/plain,text/tab-separated-values"
              onChange={(e) => void chooseFile(e)}
            />
          </label>
          {fileName && <span className="muted file-name">{fileName}</span>}
        </div>
        {yearProblem &&
          (yearTouched || text.trim() ? (
            <p className="field-error" role="alert">
              ระบุปีงบประมาณเป็นปี พ.ศ. เช่น {digits(2567, numerals)}
            </p>
          ) : (
            // Nothing typed yet: not an error, only what to do (a year in the pasted table fills it).
            <p className="muted" data-hint="year">
              ระบุปีงบประมาณ หรือวางตารางที่มีปีในหัวเรื่อง โปรแกรมจะใส่ปีให้
            </p>
          ))}
        <textarea
          className="import-text"
          aria-label="ตารางแผนที่จะนำเข้า"
          placeholder="วางตารางแผนที่นี่ (Ctrl+V)"
          value={text}
          spellCheck={false}
          onChange={(e) => {
            setFileName('');
            changeText(e.target.value);
          }}
        />
        {preview && <ImportPreview preview={preview} numerals={numerals} />}
      </div>
    </Modal>
  );
}

function ImportPreview({ preview, numerals }: { preview: Preview; numerals: 'thai' | 'arabic' }) {
  const { result, problems, error } = preview;
  const sorted = listedProblems(problems);
  return (
    <section className="import-preview" aria-label="ผลการตรวจสอบ" data-testid="import-preview">
      {error && <p className="preview-error">{error}</p>}
      {result && (
        <>
          <p className="preview-summary">
            จะนำเข้า <strong>{digits(result.itemCount, numerals)} ข้อ</strong>{' '}
            <strong>{digits(result.activityCount, numerals)} กิจกรรม</strong> เป็นแผนของ{result.office}{' '}
            {formatFiscalYear(result.fiscalYear, numerals)}
          </p>
          <dl className="preview-codes">
            {codesByTool(result.codes).map((g) => (
              <div key={g.tool}>
                <dt>{g.tool}</dt>
                <dd>{g.codes.join(' ')}</dd>
              </div>
            ))}
          </dl>
          {result.unknownDivisions.length > 0 && (
            <p className="preview-unknown">
              ผู้รับผิดชอบที่ไม่ตรงกับรายชื่อฝ่าย (จะเพิ่มเป็นฝ่ายใหม่): {result.unknownDivisions.join(', ')}
            </p>
          )}
        </>
      )}
      {sorted.length > 0 ? (
        <ul className="problems">
          {sorted.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              <span className="problem-kind">{p.severity === 'error' ? 'ข้อผิดพลาด' : 'ข้อควรตรวจ'}</span>
              {p.line > 0 && <span className="problem-line">บรรทัด {digits(p.line, numerals)}</span>}
              <span>{messageDigits(p.message, numerals)}</span>
            </li>
          ))}
        </ul>
      ) : (
        result && <p className="preview-ok">ไม่พบปัญหา กด “นำเข้า” เพื่อสร้างแผน</p>
      )}
    </section>
  );
}
