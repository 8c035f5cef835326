// ผลการดำเนินงานตลอดปี: one activity across the months of its fiscal year — status, quantity and
// the cumulative quantity against the target, result, problems, the director's remark, evidence.
// Opened from any row of the month grid; a month's line takes the grid to that month.
import { useEffect, useMemo, useState } from 'react';
import {
  DRAFT_NAME,
  REPORT_STATE_NAMES,
  YEAR_WORDS,
  REPORT_TERMS,
  FIELD_NAMES,
  ENTITY_NAMES,
  UI_WORDS,
  YEAR_PANEL_WORDS,
} from '../../../../core/terms';
import { targetText, timeframeText } from '../../../../core/rules';
import { formatMonthLong, formatNumber, withDigits, type DigitStyle } from '../../../../core/thai';
import type { Activity, FollowUp, PlanDetail } from '../../../../core/types';
import { viewLink } from '../../../../core/lookAlike';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../store';
import { useApi } from '../../StoreContext';
import { activityYear } from './yearModel';
import './year.css';

interface Props {
  plan: PlanDetail;
  activityId: number;
  numerals: DigitStyle;
  onClose(): void;
  onGoTo(month: string): void;
}

function findActivity(plan: PlanDetail, id: number): { code: string; activity: Activity } | null {
  for (const ind of plan.indicators)
    for (const item of ind.items)
      for (const activity of item.activities) if (activity.id === id) return { code: item.code, activity };
  return null;
}

function EvidenceList({ report }: { report: FollowUp }) {
  if (report.evidence.length === 0) return null;
  return (
    <ul className="fu-year-ev">
      {report.evidence.map((e) => (
        <li key={e.id}>
          {YEAR_PANEL_WORDS.evidence(e.kind, e.label || (e.kind === 'url' ? viewLink(e.url ?? '').text : e.fileName))}
        </li>
      ))}
    </ul>
  );
}

export function ActivityYearPanel({ plan, activityId, numerals, onClose, onGoTo }: Props) {
  const api = useApi();
  const found = useMemo(() => findActivity(plan, activityId), [plan, activityId]);
  const [reports, setReports] = useState<FollowUp[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.activityHistory({ activityId }).then(
      (r) => live && setReports(r),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [api, activityId]);

  if (!found) return null;
  const { code, activity } = found;
  const year = reports ? activityYear(activity, plan.fiscalYear, reports) : null;
  const unit = activity.targetUnit ? ` ${activity.targetUnit}` : '';
  const num = (n: number) => formatNumber(n, numerals);
  const target = targetText(activity, numerals);
  const total = year?.total;

  return (
    <Modal title={YEAR_WORDS.title} onClose={onClose} wide>
      <div className="fu-year" data-testid="year-panel" data-activity-id={activityId}>
        <p className="fu-year-act">
          <span className="code">{code}</span> {YEAR_PANEL_WORDS.activityNo(withDigits(activity.position, numerals))}{' '}
          {activity.text}
        </p>
        <p className="fu-year-meta">
          {timeframeText(activity, numerals) && (
            <span>
              {REPORT_TERMS.period} {timeframeText(activity, numerals)}
            </span>
          )}
          <span>
            {YEAR_WORDS.target} {target || activity.output || '–'}
          </span>
          {total && (
            <strong className={total.reached ? 'fu-year-total reached' : 'fu-year-total'} data-testid="year-total">
              {YEAR_WORDS.cumulative} {num(total.qty)}
              {total.target !== null ? YEAR_PANEL_WORDS.ofTarget(num(total.target), unit) : unit}
              {total.percent !== null ? ` (${withDigits(total.percent, numerals)}%)` : ''}
              {total.reached ? ` · ${YEAR_WORDS.reached}` : ''}
            </strong>
          )}
        </p>
        {error && (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        )}
        {!year && !error && <p className="muted">{UI_WORDS.loading}</p>}
        {year && year.months.length === 0 && <p className="muted">{YEAR_WORDS.noReports}</p>}
        {year && year.months.length > 0 && (
          <table className="fu-year-table">
            <thead>
              <tr>
                <th scope="col">{FIELD_NAMES.month}</th>
                <th scope="col">{FIELD_NAMES.status}</th>
                <th scope="col">{REPORT_TERMS.achieved}</th>
                <th scope="col">{YEAR_WORDS.cumulative}</th>
                <th scope="col">{FIELD_NAMES.result}</th>
                <th scope="col">{FIELD_NAMES.problems}</th>
                <th scope="col">{FIELD_NAMES.directorRemark}</th>
                <th scope="col">{ENTITY_NAMES.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {year.months.map((m) => (
                <tr key={m.month} data-month={m.month} data-state={m.state}>
                  <th scope="row">
                    {m.due ? (
                      <button
                        type="button"
                        className="fu-link"
                        title={YEAR_WORDS.goToMonth}
                        onClick={() => onGoTo(m.month)}
                      >
                        {formatMonthLong(m.month, numerals)}
                      </button>
                    ) : (
                      <>
                        {formatMonthLong(m.month, numerals)}
                        <small className="muted"> ({YEAR_WORDS.notDue})</small>
                      </>
                    )}
                  </th>
                  <td>
                    <span className={`fu-year-state st-${m.state}`}>{REPORT_STATE_NAMES[m.state]}</span>
                    {m.report?.draft && <small className="muted"> ({DRAFT_NAME})</small>}
                  </td>
                  <td className="num">{m.report?.qty != null && !m.report.draft ? num(m.report.qty) : ''}</td>
                  <td className="num" data-testid="year-running">
                    {num(m.running)}
                  </td>
                  <td className="fu-year-text">{m.report?.result}</td>
                  <td className="fu-year-text">{m.report?.problems}</td>
                  <td className="fu-year-text">{m.report?.directorRemark}</td>
                  <td>{m.report && <EvidenceList report={m.report} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Modal>
  );
}
