// The small-field cells of an activity: ระยะเวลาแล้วเสร็จ (the range and the month toggles, MonthsEditor), the target
// (quantity + unit) under ผลผลิต, and ระยะเวลากำกับติดตาม (monthly/daily/none/other).
import { useState, type ReactNode } from 'react';
import { formatNumber, parseNumber, withDigits, type DigitStyle } from '../../../../core/thai';
import type { Activity, Monitoring } from '../../../../core/types';
import { monitoringText, timeframeText } from '../../../../core/rules';
import {
  MONITORING_NAMES,
  PLAN_COLUMN_NAMES,
  WORDS,
  REPORT_TERMS,
  TIMEFRAME_TERMS,
  PLAN_WORDS,
  PLAN_FIELD_WORDS as W,
} from '../../../../core/terms';
import { MONITORINGS } from '../../../../core/enums';
import { DormantCell } from './DormantCell';
import { InlineCell } from './InlineCell';
import { MonthsEditor, draftError, draftOf, draftPatch, sameDraft, useMonthsDraft } from './MonthsEditor';
import { usePlanEdit } from './PlanEditContext';

type CellProps = { activity: Activity };
type LiveProps = CellProps & { display: ReactNode };

// Each cell shows plain text (DormantCell) until first used; then its live cell (below) mounts open.
export function MonthRangeCell({ activity }: CellProps) {
  const { numerals, locked } = usePlanEdit();
  const text = timeframeText(activity, numerals, '\u00a0');
  const display = text ? (
    <span className="cell-text">{text}</span>
  ) : (
    !locked && <span className="ec-placeholder">{TIMEFRAME_TERMS.choose}</span>
  );
  return (
    <DormantCell
      kind="inline"
      field="months"
      label={PLAN_COLUMN_NAMES.timeframe}
      readOnly={locked}
      display={display}
      live={() => <LiveMonthRange activity={activity} display={display} />}
    />
  );
}

function LiveMonthRange({ activity, display }: LiveProps) {
  const { fiscalYear, numerals, locked, saveActivity } = usePlanEdit();
  const [draft, setDraft] = useMonthsDraft(activity);
  return (
    <InlineCell
      initiallyOpen
      field="months"
      label={PLAN_COLUMN_NAMES.timeframe}
      readOnly={locked}
      display={display}
      onOpen={() => setDraft(draftOf(activity))}
      validate={() => draftError(draft)}
      onCommit={() => {
        if (sameDraft(draft, draftOf(activity))) return;
        return saveActivity(activity.id, draftPatch(draft));
      }}
      editor={<MonthsEditor fiscalYear={fiscalYear} numerals={numerals} draft={draft} onChange={setDraft} />}
    />
  );
}

const shownQty = (q: number | null, numerals: DigitStyle) => (q === null ? '' : formatNumber(q, numerals));

export function TargetCell({ activity }: CellProps) {
  const { numerals, locked } = usePlanEdit();
  const hasTarget = activity.targetQty !== null || !!activity.targetUnit;
  const display = hasTarget ? (
    <span className="target">
      {REPORT_TERMS.target} {shownQty(activity.targetQty, numerals)} {activity.targetUnit ?? ''}
    </span>
  ) : (
    !locked && <span className="target ec-placeholder">{W.addTarget}</span>
  );
  return (
    <DormantCell
      kind="inline"
      field="target"
      label={PLAN_WORDS.targetQtyUnit}
      readOnly={locked}
      display={display}
      live={() => <LiveTarget activity={activity} display={display} />}
    />
  );
}

function LiveTarget({ activity, display }: LiveProps) {
  const { numerals, locked, saveActivity } = usePlanEdit();
  const shown = (q: number | null) => shownQty(q, numerals);
  const [qty, setQty] = useState(shown(activity.targetQty));
  const [unit, setUnit] = useState(activity.targetUnit ?? '');
  return (
    <InlineCell
      initiallyOpen
      field="target"
      label={PLAN_WORDS.targetQtyUnit}
      readOnly={locked}
      display={display}
      onOpen={() => {
        setQty(shown(activity.targetQty));
        setUnit(activity.targetUnit ?? '');
      }}
      validate={() => {
        if (!qty.trim()) return null;
        const n = parseNumber(qty);
        return n === null || n < 0 ? W.targetRule : null;
      }}
      onCommit={() => {
        const targetQty = qty.trim() ? parseNumber(qty) : null;
        const targetUnit = unit.trim() || null;
        if (targetQty === activity.targetQty && targetUnit === activity.targetUnit) return;
        return saveActivity(activity.id, { targetQty, targetUnit });
      }}
      editor={
        <div className="target-fields">
          <input aria-label={W.targetQty} inputMode="decimal" value={qty} onChange={(e) => setQty(e.target.value)} />
          <input
            aria-label={WORDS.unit}
            placeholder={WORDS.unit}
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
          />
        </div>
      }
    />
  );
}

const MONITORING: { value: Monitoring; label: string }[] = MONITORINGS.map((value) => ({
  value,
  label: MONITORING_NAMES[value],
}));

export function MonitoringCell({ activity }: CellProps) {
  const { locked } = usePlanEdit();
  const display = <span className="cell-text">{monitoringText(activity)}</span>;
  return (
    <DormantCell
      kind="inline"
      field="monitoring"
      label={PLAN_COLUMN_NAMES.monitoring}
      readOnly={locked}
      display={display}
      live={() => <LiveMonitoring activity={activity} display={display} />}
    />
  );
}

function LiveMonitoring({ activity, display }: LiveProps) {
  const { locked, numerals, saveActivity } = usePlanEdit();
  const [kind, setKind] = useState<Monitoring>(activity.monitoring);
  const [text, setText] = useState(activity.monitoringText);
  return (
    <InlineCell
      initiallyOpen
      field="monitoring"
      label={PLAN_COLUMN_NAMES.monitoring}
      readOnly={locked}
      display={display}
      onOpen={() => {
        setKind(activity.monitoring);
        setText(activity.monitoringText);
      }}
      validate={() => (kind === 'other' && !text.trim() ? withDigits(W.needFrequency, numerals) : null)}
      onCommit={() => {
        // Another choice replaces the wording of the document ("๑ ครั้ง/ เดือน"); "อื่น ๆ" keeps what is typed.
        const monitoringText =
          kind === 'other' ? text.trim() : kind === activity.monitoring ? activity.monitoringText : '';
        if (kind === activity.monitoring && monitoringText === activity.monitoringText) return;
        return saveActivity(activity.id, { monitoring: kind, monitoringText });
      }}
      editor={
        <div className="monitoring-fields">
          <select aria-label={W.frequency} value={kind} onChange={(e) => setKind(e.target.value as Monitoring)}>
            {MONITORING.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          {kind === 'other' && (
            <input
              aria-label={W.frequencyText}
              placeholder={withDigits(W.frequencyExample, numerals)}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </div>
      }
    />
  );
}
