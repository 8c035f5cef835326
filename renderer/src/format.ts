// Display helpers for the plan screen. Thai dates and digits come from core/thai (pure, shared with
// reports and the CLI); this file only adds the plan-specific wording.
import { formatMonthShort, withDigits, type DigitStyle } from '../../core/thai';
import type { Activity, Division, Monitoring, Tool } from '../../core/types';

export const TOOL_NAMES: Record<Tool, string> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)',
};

const MONITORING_NAMES: Record<Monitoring, string> = {
  monthly: 'ทุกเดือน',
  daily: 'ทุกวัน',
  none: '–',
  other: '',
};

export function digits(value: string | number, style: DigitStyle): string {
  return withDigits(value, style);
}

/** One month, kept on one line (no-break space): a narrow cell wraps only between the two months. */
function safeMonth(month: string, style: DigitStyle): string {
  try {
    return formatMonthShort(month, style).replace(/ /g, '\u00a0');
  } catch {
    return month;
  }
}

/** 'ธ.ค. ๖๕ – พ.ค. ๖๖'; one month alone when start and end agree; '' when unknown. */
export function formatMonthRange(start: string | null, end: string | null, style: DigitStyle): string {
  if (start && end)
    return start === end ? safeMonth(start, style) : `${safeMonth(start, style)} – ${safeMonth(end, style)}`;
  if (start) return `ตั้งแต่ ${safeMonth(start, style)}`;
  if (end) return `ภายใน ${safeMonth(end, style)}`;
  return '';
}

/**
 * ผู้รับผิดชอบ: "ทุกฝ่าย", else the linked divisions' names (one a line; the plan's own spelling is
 * often abbreviated or split by stray spaces), else the text as written.
 */
export function responsibleLabel(activity: Activity, divisions: ReadonlyMap<number, Division>): string {
  if (activity.allDivisions) return 'ทุกฝ่าย';
  const names = activity.divisionIds.map((id) => divisions.get(id)?.name).filter((n): n is string => !!n);
  return names.length > 0 ? names.join('\n') : activity.responsibleText;
}

export function monitoringLabel(activity: Activity): string {
  return activity.monitoringText.trim() || MONITORING_NAMES[activity.monitoring] || '';
}

export const PLAN_STATUS_NAMES = { draft: 'ฉบับร่าง', approved: 'อนุมัติแล้ว' } as const;
