// ภาพรวม: how far the plan has come as of a month — headline figures, bars per indicator and per
// division (plain CSS, no chart library), and the three "needs attention" lists with click-through.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatFiscalYear, withDigits, type DigitStyle } from '../../../../db/thai';
import type { Progress, StatusCounts, Tool } from '../../../../electron/api/types';
import { MonthSelect } from '../../components/MonthSelect';
import { currentFiscalMonth } from '../../months';
import { messageOf } from '../../store';
import { useApi, useApp } from '../../StoreContext';
import {
  barDescription,
  firstLine,
  itemsByCode,
  monthLong,
  monthShort,
  percentLabel,
  ratioLabel,
  STATUS_NAMES,
  STATUS_ORDER,
  TOOL_SHORT,
} from './progressView';
import './overview.css';

// The last figures per plan and month: coming back to the tab shows them at once while a fresh
// copy loads (follow-ups may have changed meanwhile).
const cache = new Map<string, Progress>();
const chosenMonth = new Map<number, string>();

function StackedBar({ counts, label, numerals }: { counts: StatusCounts; label: string; numerals: DigitStyle }) {
  return (
    <div className="ov-bar" role="img" aria-label={barDescription(label, counts, numerals)}>
      {counts.total > 0 &&
        STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <span
            key={s}
            className={`ov-seg ov-seg-${s}`}
            style={{ width: `${(counts[s] / counts.total) * 100}%` }}
            title={`${STATUS_NAMES[s]} ${withDigits(counts[s], numerals)}`}
          />
        ))}
    </div>
  );
}

function BarRow(props: { name: ReactNode; title: string; counts: StatusCounts; numerals: DigitStyle; testId: string }) {
  const { name, title, counts, numerals, testId } = props;
  return (
    <li className="ov-bar-row" data-testid={testId}>
      <span className="ov-bar-name" title={title}>
        {name}
      </span>
      <StackedBar counts={counts} label={title} numerals={numerals} />
      <span className="ov-bar-value" data-testid={`${testId}-value`}>
        {ratioLabel(counts, numerals)}
      </span>
    </li>
  );
}

function Legend() {
  return (
    <ul className="ov-legend" aria-label="ความหมายของสี">
      {STATUS_ORDER.map((s) => (
        <li key={s}>
          <span className={`ov-swatch ov-seg-${s}`} aria-hidden="true" />
          {STATUS_NAMES[s]}
        </li>
      ))}
    </ul>
  );
}

function jumpTo(id: string) {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function Cards({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const o = p.overall;
  return (
    <div className="ov-cards">
      <div className="ov-card ov-card-main">
        <span className="ov-card-label">ความคืบหน้าทั้งแผน</span>
        <span className="ov-big" data-testid="ov-overall-percent">
          {percentLabel(o, numerals)}
        </span>
        <span className="ov-card-note" data-testid="ov-overall-ratio">
          ดำเนินการแล้ว {withDigits(o.done, numerals)} จาก {withDigits(o.total, numerals)} กิจกรรม
        </span>
        <StackedBar counts={o} label="ทั้งแผน" numerals={numerals} />
      </div>
      <div className="ov-card ov-card-status">
        <span className="ov-card-label">จำนวนกิจกรรมตามสถานะ</span>
        <ul className="ov-status-list">
          {STATUS_ORDER.map((s) => (
            <li key={s} data-testid={`ov-count-${s}`}>
              <span className={`ov-swatch ov-seg-${s}`} aria-hidden="true" />
              <span className="ov-status-name">{STATUS_NAMES[s]}</span>
              <strong>{withDigits(o[s], numerals)}</strong>
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className={`ov-card ov-card-alert${p.overdue.length > 0 ? ' warn' : ''}`}
        onClick={() => jumpTo('ov-overdue')}
      >
        <span className="ov-card-label">กิจกรรมที่เลยกำหนด</span>
        <span className="ov-big" data-testid="ov-overdue-count">
          {withDigits(p.overdue.length, numerals)}
        </span>
        <span className="ov-card-note">ยังไม่เสร็จแต่เลยเดือนที่กำหนดแล้ว</span>
      </button>
      <button
        type="button"
        className={`ov-card ov-card-alert${p.monthsNotReported.length > 0 ? ' warn' : ''}`}
        onClick={() => jumpTo('ov-missing')}
      >
        <span className="ov-card-label">เดือนที่ยังรายงานไม่ครบ</span>
        <span className="ov-big" data-testid="ov-missing-count">
          {withDigits(p.monthsNotReported.length, numerals)}
        </span>
        <span className="ov-card-note">ถึง{monthLong(p.asOfMonth, numerals)}</span>
      </button>
    </div>
  );
}

function IndicatorChart({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const groups: { tool: Tool; rows: Progress['byIndicator'] }[] = [];
  for (const row of [...p.byIndicator].sort((a, b) => a.number - b.number)) {
    const last = groups[groups.length - 1];
    if (last && last.tool === row.tool) last.rows.push(row);
    else groups.push({ tool: row.tool, rows: [row] });
  }
  return (
    <section className="ov-panel" aria-labelledby="ov-ind-title">
      <h2 id="ov-ind-title">ความคืบหน้ารายตัวชี้วัด</h2>
      {groups.map((g) => (
        <div key={g.tool} className="ov-group">
          <h3>{TOOL_SHORT[g.tool]}</h3>
          <ul className="ov-bars">
            {g.rows.map((r) => {
              const title = `ตัวชี้วัดที่ ${withDigits(r.number, numerals)} ${r.name}`;
              return (
                <BarRow
                  key={r.number}
                  testId={`ov-ind-${r.number}`}
                  title={title}
                  name={
                    <>
                      <span className="ov-num">{withDigits(r.number, numerals)}</span> {r.name}
                    </>
                  }
                  counts={r}
                  numerals={numerals}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function DivisionChart({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  return (
    <section className="ov-panel" aria-labelledby="ov-div-title">
      <h2 id="ov-div-title">ความคืบหน้ารายฝ่าย</h2>
      <p className="ov-hint">นับกิจกรรมที่ฝ่ายนั้นรับผิดชอบ รวมกิจกรรมของ “ทุกฝ่าย”</p>
      {p.byDivision.length === 0 ? (
        <p className="ov-empty">ยังไม่มีรายชื่อฝ่าย เพิ่มได้ที่หน้า “ตั้งค่า”</p>
      ) : (
        <ul className="ov-bars">
          {p.byDivision.map((d) => (
            <BarRow
              key={d.divisionId}
              testId={`ov-div-${d.divisionId}`}
              title={d.name}
              name={d.name}
              counts={d}
              numerals={numerals}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function OverdueList({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  const setMonth = useApp((s) => s.setMonth);
  const plan = useApp((s) => s.plan);
  const open = (activityId: number, endMonth: string) => {
    // The activity is listed in the follow-up grid of the months it is due; its last one is where
    // the late report belongs.
    if (plan) setMonth(currentFiscalMonth(plan.fiscalYear, endMonth));
    setScreen('followup', { activityId });
  };
  return (
    <section className="ov-panel ov-list-panel" id="ov-overdue" aria-labelledby="ov-overdue-title">
      <h2 id="ov-overdue-title">
        กิจกรรมที่เลยกำหนดแล้วเสร็จ <span className="ov-count">{withDigits(p.overdue.length, numerals)}</span>
      </h2>
      {p.overdue.length === 0 ? (
        <p className="ov-empty">ไม่มีกิจกรรมที่เลยกำหนด ณ {monthLong(p.asOfMonth, numerals)}</p>
      ) : (
        <>
          <div className="ov-list-head ov-overdue-grid" aria-hidden="true">
            <span>ข้อ</span>
            <span>กิจกรรม</span>
            <span>กำหนดเสร็จ</span>
            <span>สถานะ</span>
          </div>
          <ul className="ov-list" data-testid="ov-overdue-list">
            {p.overdue.map((a) => (
              <li key={a.activityId}>
                <button
                  type="button"
                  className="ov-row ov-overdue-grid"
                  data-activity-id={a.activityId}
                  onClick={() => open(a.activityId, a.endMonth)}
                  title="เปิดในหน้าติดตามรายเดือน"
                >
                  <span className="code">{a.itemCode}</span>
                  <span className="ov-text">{firstLine(a.activityText)}</span>
                  <span className="nowrap" data-testid="ov-overdue-end">
                    {monthShort(a.endMonth, numerals)}
                  </span>
                  <span className={`ov-badge ov-badge-${a.status}`}>{STATUS_NAMES[a.status]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MissingMonths({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  const setMonth = useApp((s) => s.setMonth);
  return (
    <section className="ov-panel ov-list-panel" id="ov-missing" aria-labelledby="ov-missing-title">
      <h2 id="ov-missing-title">
        เดือนที่ยังรายงานไม่ครบ <span className="ov-count">{withDigits(p.monthsNotReported.length, numerals)}</span>
      </h2>
      {p.monthsNotReported.length === 0 ? (
        <p className="ov-empty">รายงานผลครบทุกเดือนจนถึง{monthLong(p.asOfMonth, numerals)}แล้ว</p>
      ) : (
        <ul className="ov-list" data-testid="ov-missing-list">
          {p.monthsNotReported.map((m) => (
            <li key={m.month}>
              <button
                type="button"
                className="ov-row ov-missing-grid"
                data-month={m.month}
                onClick={() => {
                  setMonth(m.month);
                  setScreen('followup');
                }}
                title="เปิดเดือนนี้ในหน้าติดตามรายเดือน"
              >
                <span className="ov-month">{monthLong(m.month, numerals)}</span>
                <span className="ov-missing-bar" aria-hidden="true">
                  <span style={{ width: `${m.due ? ((m.due - m.missing) / m.due) * 100 : 0}%` }} />
                </span>
                <span className="ov-missing-text">
                  ยังไม่รายงาน {withDigits(m.missing, numerals)} จาก {withDigits(m.due, numerals)} กิจกรรม
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OitWithoutUrl({ p, numerals }: { p: Progress; numerals: DigitStyle }) {
  const setScreen = useApp((s) => s.setScreen);
  const plan = useApp((s) => s.plan);
  const items = useMemo(() => itemsByCode(plan), [plan]);
  return (
    <section className="ov-panel ov-list-panel" id="ov-oit" aria-labelledby="ov-oit-title">
      <h2 id="ov-oit-title">
        ข้อ OIT ที่ยังไม่มีลิงก์เผยแพร่ <span className="ov-count">{withDigits(p.oitWithoutUrl.length, numerals)}</span>
      </h2>
      {p.oitWithoutUrl.length === 0 ? (
        <p className="ov-empty">
          {[...items.keys()].some((c) => c.startsWith('O')) ? 'ทุกข้อ OIT มีลิงก์หลักฐานการเผยแพร่แล้ว' : 'แผนนี้ยังไม่มีข้อ OIT'}
        </p>
      ) : (
        <ul className="ov-list" data-testid="ov-oit-list">
          {p.oitWithoutUrl.map((code) => {
            const item = items.get(code);
            return (
              <li key={code}>
                <button
                  type="button"
                  className="ov-row ov-oit-grid"
                  data-code={code}
                  disabled={!item}
                  onClick={() => item && setScreen('plan', { itemId: item.itemId })}
                  title="เปิดข้อนี้ในหน้าแผนมาตรการ"
                >
                  <span className="code">{code}</span>
                  <span className="ov-text">{item ? firstLine(item.question) : ''}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {p.oitWithoutUrl.length > 0 && <p className="ov-hint">เพิ่มลิงก์หลักฐานได้ในหน้า “ติดตามรายเดือน” ของกิจกรรมในข้อนั้น</p>}
    </section>
  );
}

export function OverviewScreen() {
  const api = useApi();
  const plan = useApp((s) => s.plan);
  const planId = useApp((s) => s.planId);
  const storeMonth = useApp((s) => s.month);
  const numerals = useApp((s) => s.numerals);
  const setScreen = useApp((s) => s.setScreen);

  const fiscalYear = plan?.fiscalYear ?? null;
  const initial = planId !== null ? (chosenMonth.get(planId) ?? storeMonth) : storeMonth;
  const [month, setMonthLocal] = useState<string | null>(initial);
  const asOf = fiscalYear !== null ? currentFiscalMonth(fiscalYear, month) : null;
  const key = planId !== null && asOf ? `${planId}|${asOf}` : null;
  const [progress, setProgress] = useState<Progress | null>(() => (key ? (cache.get(key) ?? null) : null));
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (planId === null || !asOf || plan?.id !== planId) return;
    const k = `${planId}|${asOf}`;
    const cached = cache.get(k);
    // With figures on screen the refresh is quiet: no extra render while switching tabs.
    if (cached) setProgress(cached);
    else setLoading(true);
    let live = true;
    setError(null);
    api.progress({ planId, month: asOf }).then(
      (p) => {
        cache.set(k, p);
        if (live) {
          setProgress(p);
          setLoading(false);
        }
      },
      (e: unknown) => {
        if (live) {
          setError(messageOf(e));
          setLoading(false);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, planId, asOf, plan, attempt]);

  const choose = useCallback(
    (m: string) => {
      if (planId !== null) chosenMonth.set(planId, m);
      setMonthLocal(m);
    },
    [planId],
  );

  // Figures of another plan or month are never shown as this one's.
  const shown = progress && progress.planId === planId && progress.asOfMonth === asOf ? progress : null;
  const noActivities = shown !== null && shown.overall.total === 0;

  return (
    <section className="screen overview" data-screen="overview" aria-busy={loading}>
      <header className="ov-header">
        <div>
          <h1>ภาพรวมความคืบหน้า</h1>
          {plan && (
            <p className="subtitle">
              {plan.office} · {formatFiscalYear(plan.fiscalYear, numerals)}
            </p>
          )}
        </div>
        {plan && (
          <label className="ov-asof">
            <span>ข้อมูล ณ สิ้นเดือน</span>
            <MonthSelect
              fiscalYear={plan.fiscalYear}
              value={asOf}
              onChange={choose}
              numerals={numerals}
              label="ข้อมูล ณ สิ้นเดือน"
              long
              id="ov-month"
            />
            <span className={`ov-loading${loading ? ' on' : ''}`} aria-live="polite">
              {loading ? 'กำลังคำนวณ…' : ''}
            </span>
          </label>
        )}
      </header>

      {!plan && <p className="muted">กำลังโหลดแผน…</p>}
      {error && (
        <div className="ov-error" role="alert">
          <span>แสดงภาพรวมไม่ได้: {error}</span>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            ลองใหม่
          </button>
        </div>
      )}
      {plan && !shown && !error && <p className="muted">กำลังคำนวณภาพรวม…</p>}

      {shown && noActivities && (
        <div className="empty-inline">
          <p>แผนนี้ยังไม่มีกิจกรรม จึงยังไม่มีความคืบหน้าให้แสดง</p>
          <button type="button" className="primary" onClick={() => setScreen('plan')}>
            ไปที่แผนมาตรการ
          </button>
        </div>
      )}

      {shown && !noActivities && (
        <div className={loading ? 'ov-body stale' : 'ov-body'}>
          <Cards p={shown} numerals={numerals} />
          <Legend />
          <div className="ov-charts">
            <IndicatorChart p={shown} numerals={numerals} />
            <DivisionChart p={shown} numerals={numerals} />
          </div>
          <div className="ov-lists">
            <OverdueList p={shown} numerals={numerals} />
            <div className="ov-lists-side">
              <MissingMonths p={shown} numerals={numerals} />
              <OitWithoutUrl p={shown} numerals={numerals} />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
