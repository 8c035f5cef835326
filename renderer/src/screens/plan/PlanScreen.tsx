import { formatFiscalYear } from '../../../../db/thai';
import { digits, PLAN_STATUS_NAMES } from '../../format';
import { useApp } from '../../StoreContext';
import { PlanTable } from './PlanTable';

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

export function PlanScreen() {
  const plan = useApp((s) => s.plan);
  const planLoading = useApp((s) => s.planLoading);
  return (
    <section className="screen" data-screen="plan">
      <PlanHeader />
      {planLoading && !plan && <p className="muted">กำลังโหลดแผน…</p>}
      {plan && <PlanTable plan={plan} />}
    </section>
  );
}
