// First run: name the office, then start from the sample plan, from the office's own table, or
// from an empty plan. Shown whenever there is no plan yet.
import { useState } from 'react';
import { ImportDialog } from '../plan/ImportDialog';
import { CreatePlanDialog } from '../plan/PlanDialogs';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import './welcome.css';

type Open = null | 'import' | 'empty';

export function WelcomeScreen() {
  const api = useApi();
  const settings = useApp((s) => s.settings);
  const setSettings = useApp((s) => s.setSettings);
  const importing = useApp((s) => s.importing);
  const importSample = useApp((s) => s.importSample);
  const [office, setOffice] = useState(settings?.office && settings.office !== 'สำนักงานเขต' ? settings.office : '');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  /** The office name first: it heads every report. */
  const saveOffice = async (): Promise<boolean> => {
    const name = office.trim();
    if (!name) {
      setError('กรุณาระบุชื่อหน่วยงาน เช่น สำนักงานเขตดุสิต');
      return false;
    }
    try {
      if (name !== settings?.office) setSettings(await api.updateSettings({ office: name }));
      setError(null);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };

  const start = async (how: 'sample' | 'import' | 'empty') => {
    if (how === 'sample') {
      // The sample names its own office (เขตดุสิต); the name typed here is kept when given.
      if (office.trim() && !(await saveOffice())) return;
      await importSample();
      return;
    }
    if (await saveOffice()) setOpen(how);
  };

  return (
    <section className="screen welcome" data-screen="welcome">
      <h1>ยินดีต้อนรับสู่ ITA Tracker</h1>
      <p className="welcome-lead">
        ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน — จัดทำแผน ติดตามผลรายเดือนของทุกฝ่าย และออกรายงานเสนอ ผอ.เขต
        ได้ในที่เดียว ข้อมูลทั้งหมดเก็บอยู่ในเครื่องนี้ ไม่ต้องต่ออินเทอร์เน็ต
      </p>
      <label className="welcome-office">
        <span>ชื่อหน่วยงาน</span>
        <input
          value={office}
          onChange={(e) => setOffice(e.target.value)}
          placeholder="เช่น สำนักงานเขตดุสิต"
          aria-label="ชื่อหน่วยงาน"
          maxLength={300}
        />
      </label>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="welcome-choices">
        <button type="button" className="welcome-choice" disabled={importing} onClick={() => void start('sample')}>
          <strong>{importing ? 'กำลังนำเข้า…' : 'เริ่มจากแผนตัวอย่าง'}</strong>
          <span>แผนจริงของสำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. ๒๕๖๖ (๗๐ ข้อ) แล้วแก้ไขให้เป็นของหน่วยงานท่าน</span>
        </button>
        <button type="button" className="welcome-choice" onClick={() => void start('import')}>
          <strong>นำเข้าแผนของหน่วยงาน</strong>
          <span>คัดลอกตารางแผนจาก Word หรือ PDF แล้ววาง หรือเลือกไฟล์ข้อความ — ตรวจสอบก่อนนำเข้าทุกครั้ง</span>
        </button>
        <button type="button" className="welcome-choice" onClick={() => void start('empty')}>
          <strong>เริ่มแผนเปล่า</strong>
          <span>สร้างแผนใหม่ของปีงบประมาณที่เลือก แล้วเพิ่มข้อและกิจกรรมเอง</span>
        </button>
      </div>
      {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
      {open === 'empty' && <CreatePlanDialog onClose={() => setOpen(null)} />}
    </section>
  );
}
