// The plan as on the paper form: tool → indicator → item (code, question, issue) → activities.
import { Fragment, useMemo } from 'react';
import type { Activity, Item, PlanDetail, Tool } from '../../../../electron/api/types';
import { digits, formatMonthRange, monitoringLabel, responsibleLabel, TOOL_NAMES } from '../../format';
import { useApp } from '../../StoreContext';

const COLUMNS = [
  'ตัวชี้วัด',
  'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
  'กิจกรรมที่จะดำเนินการ',
  'ผลผลิต',
  'วิธีการสร้างการรับรู้',
  'ระยะเวลาแล้วเสร็จ',
  'ผู้รับผิดชอบ',
  'ระยะเวลากำกับติดตามโดย ผอ.เขต',
];

/**
 * A cell's text, one line a paragraph. Several lines read as the paper form's "- " bullets; in the
 * question cell the first line is the question itself and only the lines after it are bullets.
 */
function Text({ value, firstIsLead = false }: { value: string; firstIsLead?: boolean }) {
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length <= 1) return <span className="cell-text">{lines[0] ?? ''}</span>;
  return (
    <span className="cell-lines">
      {lines.map((line, i) => (
        <span key={i} className={firstIsLead && i === 0 ? 'lead' : 'bullet'}>
          {line}
        </span>
      ))}
    </span>
  );
}

function ActivityCells({ activity }: { activity: Activity }) {
  const numerals = useApp((s) => s.numerals);
  const divisions = useApp((s) => s.divisions);
  const byId = useMemo(() => new Map(divisions.map((d) => [d.id, d])), [divisions]);
  return (
    <>
      <td>
        <Text value={activity.text} />
      </td>
      <td>
        <Text value={activity.output} />
      </td>
      <td>
        <Text value={activity.awareness} />
      </td>
      <td>{formatMonthRange(activity.startMonth, activity.endMonth, numerals)}</td>
      <td title={activity.responsibleText}>
        <Text value={responsibleLabel(activity, byId)} />
      </td>
      <td>{monitoringLabel(activity)}</td>
    </>
  );
}

function ItemRows({ item }: { item: Item }) {
  const activities = [...item.activities].sort((a, b) => a.position - b.position);
  const span = Math.max(1, activities.length);
  const [first, ...rest] = activities;
  return (
    <>
      <tr className="item-first">
        <td rowSpan={span}>
          <span className="code">{item.code}</span> <Text value={item.question} firstIsLead />
        </td>
        <td rowSpan={span}>
          <Text value={item.issue} />
        </td>
        {first ? (
          <ActivityCells activity={first} />
        ) : (
          <td colSpan={6} className="muted">
            ยังไม่มีกิจกรรม
          </td>
        )}
      </tr>
      {rest.map((a) => (
        <tr key={a.id}>
          <ActivityCells activity={a} />
        </tr>
      ))}
    </>
  );
}

export function PlanTable({ plan }: { plan: PlanDetail }) {
  const numerals = useApp((s) => s.numerals);
  const indicators = [...plan.indicators].sort((a, b) => a.number - b.number);
  if (indicators.every((i) => i.items.length === 0)) {
    return <p className="empty-inline">แผนนี้ยังไม่มีข้อตัวชี้วัดหรือกิจกรรม</p>;
  }
  let lastTool: Tool | null = null;
  return (
    <div className="table-wrap">
      <table className="plan-table">
        <colgroup>
          <col className="c-question" />
          <col className="c-issue" />
          <col className="c-activity" />
          <col className="c-output" />
          <col className="c-awareness" />
          <col className="c-months" />
          <col className="c-responsible" />
          <col className="c-monitoring" />
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const toolRow = indicator.tool !== lastTool;
            lastTool = indicator.tool;
            const items = [...indicator.items].sort((a, b) => a.position - b.position);
            return (
              <Fragment key={indicator.id}>
                {toolRow && (
                  <tr className="tool-row">
                    <th colSpan={8} scope="rowgroup">
                      {TOOL_NAMES[indicator.tool]}
                    </th>
                  </tr>
                )}
                <tr className="indicator-row">
                  <th colSpan={8} scope="rowgroup">
                    ตัวชี้วัดที่ {digits(indicator.number, numerals)} {indicator.name}
                  </th>
                </tr>
                {items.map((item) => (
                  <ItemRows key={item.id} item={item} />
                ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
