import { formatFiscalYear } from '../../db/thai';
import { digits, PLAN_STATUS_NAMES } from './format';
import { PlanTable } from './PlanTable';
import { useApp } from './StoreContext';

function YearPicker() {
  const plans = useApp((s) => s.plans);
  const planId = useApp((s) => s.planId);
  const numerals = useApp((s) => s.numerals);
  const selectPlan = useApp((s) => s.selectPlan);
  if (plans.length === 0) return null;
  const years = new Set(plans.map((p) => p.fiscalYear));
  const showOffice = years.size < plans.length;
  return (
    <label className="year-picker">
      <span>ปีงบประมาณ</span>
      <select value={planId ?? ''} onChange={(e) => void selectPlan(Number(e.target.value))}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            พ.ศ. {digits(p.fiscalYear, numerals)}
            {showOffice ? ` – ${p.office}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

function ErrorBanner() {
  const error = useApp((s) => s.error);
  const phase = useApp((s) => s.phase);
  const dismiss = useApp((s) => s.dismissError);
  const reload = useApp((s) => s.load);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{error}</span>
      {phase === 'error' ? (
        <button type="button" onClick={() => void reload()}>
          ลองใหม่
        </button>
      ) : (
        <button type="button" onClick={dismiss} aria-label="ปิดข้อความ">
          ปิด
        </button>
      )}
    </div>
  );
}

function EmptyState() {
  const importing = useApp((s) => s.importing);
  const importSample = useApp((s) => s.importSample);
  return (
    <div className="empty">
      <h2>ยังไม่มีแผนมาตรการ</h2>
      <p>เริ่มต้นด้วยแผนตัวอย่างของสำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. ๒๕๖๖ แล้วค่อยแก้ไขให้เป็นของหน่วยงานท่าน</p>
      <button type="button" className="primary" disabled={importing} onClick={() => void importSample()}>
        {importing ? 'กำลังนำเข้า…' : 'นำเข้าแผนตัวอย่าง'}
      </button>
    </div>
  );
}

function PlanHeader() {
  const plan = useApp((s) => s.plan);
  const numerals = useApp((s) => s.numerals);
  if (!plan) return null;
  return (
    <div className="plan-header">
      <div>
        <h1>{plan.title || 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'}</h1>
        <p className="subtitle">
          {plan.office} · {formatFiscalYear(plan.fiscalYear, numerals)}
        </p>
      </div>
      <div className="plan-meta">
        <span className={`status status-${plan.status}`}>{PLAN_STATUS_NAMES[plan.status]}</span>
        <span>
          {digits(plan.itemCount, numerals)} ข้อ · {digits(plan.activityCount, numerals)} กิจกรรม
        </span>
      </div>
    </div>
  );
}

export function App() {
  const phase = useApp((s) => s.phase);
  const plans = useApp((s) => s.plans);
  const plan = useApp((s) => s.plan);
  const planLoading = useApp((s) => s.planLoading);
  const office = useApp((s) => s.office);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <strong>ITA Tracker</strong>
          <span>ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส{office ? ` · ${office}` : ''}</span>
        </div>
        <YearPicker />
      </header>
      <ErrorBanner />
      <main className="content">
        {phase === 'loading' && <p className="muted">กำลังโหลดข้อมูล…</p>}
        {phase === 'error' && <p className="muted">ยังแสดงข้อมูลไม่ได้ ลองกด “ลองใหม่” หรือปิดแล้วเปิดโปรแกรมอีกครั้ง</p>}
        {phase === 'ready' && plans.length === 0 && <EmptyState />}
        {phase === 'ready' && plans.length > 0 && (
          <>
            <PlanHeader />
            {planLoading && !plan && <p className="muted">กำลังโหลดแผน…</p>}
            {plan && <PlanTable plan={plan} />}
          </>
        )}
      </main>
    </div>
  );
}
