// ตั้งค่า: the office and the people who sign, how numbers are written, the divisions, and where the
// data file is. Every field saves itself (after 600 ms idle, on blur, or Ctrl+S).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, Division, Numerals, Settings } from '../../../../electron/api/types';
import { Modal } from '../../components/Modal';
import { BackupSection, OpenDataFolderButton } from './BackupSection';
import { digits } from '../../format';
import { useCommand } from '../../shortcuts';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import './settings.css';

type TextKey = 'office' | 'directorTitle' | 'directorName' | 'headOfGovernance' | 'reporterName' | 'reportFont';

const FIELDS: { key: TextKey; label: string; hint?: string; placeholder?: string }[] = [
  { key: 'office', label: 'ชื่อหน่วยงาน', placeholder: 'เช่น สำนักงานเขตดุสิต' },
  {
    key: 'directorTitle',
    label: 'ตำแหน่งผู้อำนวยการเขต',
    placeholder: 'เช่น ผู้อำนวยการเขตดุสิต',
    hint: 'พิมพ์ในรายงานใต้ชื่อผู้ลงนาม',
  },
  { key: 'directorName', label: 'ชื่อผู้อำนวยการเขต', placeholder: 'เช่น นายสมชาย ใจดี' },
  { key: 'headOfGovernance', label: 'หัวหน้าฝ่ายปกครอง', placeholder: 'ชื่อ–นามสกุล' },
  {
    key: 'reporterName',
    label: 'ผู้รายงาน',
    placeholder: 'ชื่อ–นามสกุล',
    hint: 'ใส่ให้อัตโนมัติเมื่อบันทึกผลรายเดือนครั้งแรก',
  },
];

const FONTS = ['TH Sarabun New', 'TH SarabunPSK', 'Sarabun', 'Angsana New', 'Cordia New', 'Tahoma'];
const AUTOSAVE_MS = 600;

/** Text fields with a draft each: typed text stays on screen until the API has taken it. */
function useSettingsDrafts(settings: Settings) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const setSettings = useApp((s) => s.setSettings);
  const [drafts, setDrafts] = useState<Record<TextKey, string>>(() => pick(settings));
  const [errors, setErrors] = useState<Partial<Record<TextKey, string>>>({});
  const draftsRef = useRef(drafts);
  const savedRef = useRef(pick(settings));
  const timers = useRef(new Map<TextKey, ReturnType<typeof setTimeout>>());

  // Fields not being edited follow the stored settings (e.g. after a reload).
  useEffect(() => {
    const fresh = pick(settings);
    const prevSaved = savedRef.current;
    savedRef.current = fresh;
    setDrafts((d) => {
      const next = { ...d };
      for (const k of Object.keys(fresh) as TextKey[]) if (d[k] === prevSaved[k]) next[k] = fresh[k];
      draftsRef.current = next;
      return next;
    });
  }, [settings]);

  const flush = useCallback(
    (key: TextKey) => {
      const t = timers.current.get(key);
      if (t) clearTimeout(t);
      timers.current.delete(key);
      const value = draftsRef.current[key];
      if (value === savedRef.current[key]) {
        // Back to the stored value: nothing to save, and nothing wrong any more.
        setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
        return;
      }
      track(api.updateSettings({ [key]: value })).then(
        (result) => {
          setErrors((e) => ({ ...e, [key]: undefined }));
          setSettings(result);
        },
        (e: unknown) => setErrors((errs) => ({ ...errs, [key]: fieldMessage(messageOf(e)) })),
      );
    },
    [api, track, setSettings],
  );

  const flushAll = useCallback(() => {
    for (const k of Object.keys(draftsRef.current) as TextKey[]) flush(k);
  }, [flush]);

  const change = useCallback(
    (key: TextKey, value: string) => {
      setDrafts((d) => {
        const next = { ...d, [key]: value };
        draftsRef.current = next;
        return next;
      });
      const t = timers.current.get(key);
      if (t) clearTimeout(t);
      timers.current.set(
        key,
        setTimeout(() => flush(key), AUTOSAVE_MS),
      );
    },
    [flush],
  );

  useCommand('save', flushAll);
  // Leaving the screen mid-sentence still saves what was typed.
  useEffect(() => () => flushAll(), [flushAll]);

  return { drafts, errors, change, flush };
}

/** Under its own field the API's "ข้อมูลไม่ถูกต้อง — ชื่อหน่วยงาน: ต้องระบุชื่อหน่วยงาน" needs only its last part. */
function fieldMessage(message: string): string {
  return message.replace(/^ข้อมูลไม่ถูกต้อง — [^:]+: /, '');
}

function pick(s: Settings): Record<TextKey, string> {
  return {
    office: s.office,
    directorTitle: s.directorTitle,
    directorName: s.directorName,
    headOfGovernance: s.headOfGovernance,
    reporterName: s.reporterName,
    reportFont: s.reportFont,
  };
}

function OfficeForm({ settings }: { settings: Settings }) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const setSettings = useApp((s) => s.setSettings);
  const { drafts, errors, change, flush } = useSettingsDrafts(settings);

  const setNumerals = (numerals: Numerals) => {
    if (numerals === settings.numerals) return;
    track(api.updateSettings({ numerals })).then(setSettings, () => undefined);
  };

  const field = (key: TextKey, label: string, placeholder?: string, hint?: string, list?: string) => (
    <div className="set-field" key={key}>
      <label htmlFor={`set-${key}`}>{label}</label>
      <input
        id={`set-${key}`}
        type="text"
        value={drafts[key]}
        placeholder={placeholder}
        list={list}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `set-${key}-err` : hint ? `set-${key}-hint` : undefined}
        onChange={(e) => change(key, e.target.value)}
        onBlur={() => flush(key)}
      />
      {errors[key] ? (
        <span className="set-error" id={`set-${key}-err`} role="alert">
          {errors[key]}
        </span>
      ) : (
        hint && (
          <span className="set-hint" id={`set-${key}-hint`}>
            {hint}
          </span>
        )
      )}
    </div>
  );

  return (
    <>
      <section className="set-panel" aria-labelledby="set-office-title">
        <h2 id="set-office-title">หน่วยงานและผู้ลงนาม</h2>
        <p className="set-note">บันทึกให้อัตโนมัติเมื่อพิมพ์เสร็จ ใช้ในหัวรายงานและช่องลงนาม</p>
        <div className="set-grid">{FIELDS.map((f) => field(f.key, f.label, f.placeholder, f.hint))}</div>
      </section>

      <section className="set-panel" aria-labelledby="set-display-title">
        <h2 id="set-display-title">การแสดงผลและรายงาน</h2>
        <fieldset className="set-radios">
          <legend>ตัวเลขในหน้าจอและรายงาน</legend>
          {(
            [
              ['thai', 'เลขไทย', '๒๕๖๖'],
              ['arabic', 'เลขอารบิก', '2566'],
            ] as const
          ).map(([value, label, sample]) => (
            <label key={value} className={settings.numerals === value ? 'set-radio checked' : 'set-radio'}>
              <input
                type="radio"
                name="numerals"
                value={value}
                checked={settings.numerals === value}
                onChange={() => setNumerals(value)}
              />
              <span>{label}</span>
              <span className="set-sample">{sample}</span>
            </label>
          ))}
          <span className="set-hint">ตัวอย่าง: ปีงบประมาณ พ.ศ. {digits(2566, settings.numerals)}</span>
        </fieldset>
        <div className="set-grid">
          {field('reportFont', 'แบบอักษรในรายงาน', 'เช่น TH Sarabun New', undefined, 'set-fonts')}
          <datalist id="set-fonts">
            {FONTS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
          <div className="set-font-preview" style={{ fontFamily: `"${drafts.reportFont}", var(--font)` }}>
            ตัวอย่างแบบอักษร: รายงานผลการดำเนินงานประจำเดือน
          </div>
        </div>
      </section>
    </>
  );
}

function DivisionRow({ division, index }: { division: Division; index: number }) {
  const api = useApi();
  const track = useApp((s) => s.track);
  const refreshDivisions = useApp((s) => s.refreshDivisions);
  const numerals = useApp((s) => s.numerals);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(division.name);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const busy = useRef(false);

  const save = async () => {
    if (busy.current) return;
    const next = name.trim();
    if (next === division.name) {
      setEditing(false);
      setError(null);
      return;
    }
    busy.current = true;
    try {
      await track(api.renameDivision({ divisionId: division.id, name: next }));
      setEditing(false);
      setError(null);
      await refreshDivisions();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      busy.current = false;
    }
  };

  const remove = async () => {
    setConfirm(false);
    try {
      await track(api.removeDivision({ divisionId: division.id }));
      await refreshDivisions();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <li className="set-division" data-division-id={division.id}>
      <span className="set-division-num">{digits(index + 1, numerals)}</span>
      {editing ? (
        <input
          className="set-division-input"
          aria-label={`ชื่อใหม่ของ${division.name}`}
          value={name}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
            if (e.key === 'Escape') {
              setName(division.name);
              setEditing(false);
              setError(null);
            }
          }}
        />
      ) : (
        <span className="set-division-name">
          {division.name}
          {!division.isStandard && (
            <span className="set-badge" title="ชื่อนี้ไม่ตรงกับฝ่ายมาตรฐานของสำนักงานเขต (เช่น มาจากแผนที่นำเข้า)">
              ไม่ใช่ฝ่ายมาตรฐาน
            </span>
          )}
        </span>
      )}
      <span className="set-division-actions">
        {!editing && (
          <>
            <button
              type="button"
              onClick={() => {
                setName(division.name);
                setEditing(true);
              }}
            >
              เปลี่ยนชื่อ
            </button>
            <button type="button" className="danger" onClick={() => setConfirm(true)}>
              ลบ
            </button>
          </>
        )}
      </span>
      {error && (
        <span className="set-error set-division-error" role="alert">
          {error}
        </span>
      )}
      {confirm && (
        <Modal
          title="ลบฝ่าย"
          onClose={() => setConfirm(false)}
          footer={
            <>
              <button type="button" onClick={() => setConfirm(false)}>
                ยกเลิก
              </button>
              <button type="button" className="primary danger-fill" onClick={() => void remove()}>
                ลบ{division.name}
              </button>
            </>
          }
        >
          <p>ลบ “{division.name}” ออกจากรายชื่อฝ่าย? ลบได้เฉพาะฝ่ายที่ไม่ได้รับผิดชอบกิจกรรมใดในแผน</p>
        </Modal>
      )}
    </li>
  );
}

function Divisions() {
  const api = useApi();
  const track = useApp((s) => s.track);
  const divisions = useApp((s) => s.divisions);
  const refreshDivisions = useApp((s) => s.refreshDivisions);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nonStandard = divisions.filter((d) => !d.isStandard).length;

  const add = async () => {
    try {
      await track(api.addDivision({ name }));
      setName('');
      setError(null);
      await refreshDivisions();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="set-panel" aria-labelledby="set-div-title">
      <h2 id="set-div-title">รายชื่อฝ่าย</h2>
      <p className="set-note">
        ใช้เลือกผู้รับผิดชอบกิจกรรมและดูความคืบหน้ารายฝ่าย
        {nonStandard > 0 &&
          ' · ป้าย “ไม่ใช่ฝ่ายมาตรฐาน” คือชื่อที่ไม่ตรงกับฝ่ายปกติของสำนักงานเขต (เช่น มาจากแผนที่นำเข้า) ตรวจแล้วเปลี่ยนชื่อหรือลบได้'}
      </p>
      {divisions.length === 0 ? (
        <p className="set-empty">ยังไม่มีรายชื่อฝ่าย เพิ่มฝ่ายแรกได้ที่ช่องด้านล่าง</p>
      ) : (
        <ol className="set-divisions">
          {divisions.map((d, i) => (
            <DivisionRow key={d.id} division={d} index={i} />
          ))}
        </ol>
      )}
      <form
        className="set-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="set-new-division">เพิ่มฝ่าย</label>
        <input
          id="set-new-division"
          value={name}
          placeholder="เช่น ฝ่ายเทศกิจ"
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="primary">
          เพิ่ม
        </button>
        {error && (
          <span className="set-error" role="alert">
            {error}
          </span>
        )}
      </form>
    </section>
  );
}

function About() {
  const api = useApi();
  const numerals = useApp((s) => s.numerals);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    api.appInfo({}).then(
      (i) => live && setInfo(i),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  const copy = () => {
    if (!info) return;
    void navigator.clipboard?.writeText(info.dbPath).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section className="set-panel" aria-labelledby="set-about-title">
      <h2 id="set-about-title">เกี่ยวกับโปรแกรม</h2>
      {!info ? (
        <p className="muted">กำลังอ่านข้อมูล…</p>
      ) : (
        <dl className="set-about">
          <dt>รุ่นโปรแกรม</dt>
          <dd data-testid="set-version">ITA Tracker {digits(info.version, numerals)}</dd>
          <dt>รุ่นโครงสร้างข้อมูล</dt>
          <dd>{digits(info.schemaVersion, numerals)}</dd>
          <dt>ไฟล์ข้อมูลอยู่ที่</dt>
          <dd>
            <code className="set-path" data-testid="set-db-path">
              {info.dbPath}
            </code>
            <p className="set-hint">ข้อมูลทั้งหมดอยู่ในไฟล์นี้ไฟล์เดียว สำรองข้อมูลได้โดยคัดลอกไฟล์นี้เก็บไว้</p>
            {/* Actions on the data file. The "open the folder" button (a later issue) goes here. */}
            <div className="set-about-actions" data-slot="data-file-actions">
              <button type="button" onClick={copy}>
                {copied ? 'คัดลอกแล้ว' : 'คัดลอกที่อยู่ไฟล์'}
              </button>
              <OpenDataFolderButton />
            </div>
          </dd>
        </dl>
      )}
    </section>
  );
}

export function SettingsScreen() {
  const settings = useApp((s) => s.settings);
  return (
    <section className="screen settings" data-screen="settings">
      <h1>ตั้งค่า</h1>
      {!settings ? (
        <p className="muted">กำลังโหลดการตั้งค่า…</p>
      ) : (
        <div className="set-columns">
          <div className="set-col">
            <OfficeForm settings={settings} />
          </div>
          <div className="set-col">
            <Divisions />
            <About />
            <BackupSection />
          </div>
        </div>
      )}
    </section>
  );
}
