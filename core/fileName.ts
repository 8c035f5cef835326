// The default file name of an exported report, in Thai, e.g.
// "รายงานประจำเดือน มี.ค. ๒๕๖๖ สำนักงานเขตดุสิต.pdf". Pure (no Node): the renderer may use it for
// the save dialog's suggestion.
import { ceToBe, THAI_MONTHS_FULL, THAI_MONTHS_SHORT, withDigits, type DigitStyle } from './thai';
import type { ReportFormat, ReportKind } from './types';
import { REPORT_FILE_NAMES, REPORT_TERMS } from './terms';

export interface FileNameInput {
  report: ReportKind;
  format: ReportFormat;
  fiscalYear: number;
  office: string;
  /** 'YYYY-MM' (CE), for the monthly sheet. */
  month?: string;
  /** The division's name, for a division's own monthly sheet. */
  division?: string;
  digits?: DigitStyle;
}

/** Each report's name, "๖" written in the office's digits. */
const names = (n: (v: number) => string): Record<ReportKind, string> => ({
  plan: REPORT_FILE_NAMES.plan,
  month: REPORT_TERMS.monthSheet,
  'half-year': REPORT_FILE_NAMES.halfYear(n(6)),
  annual: REPORT_FILE_NAMES.annual,
  'oit-urls': REPORT_FILE_NAMES.oitUrls,
  overview: REPORT_FILE_NAMES.overview,
});

/** Characters Windows, macOS or Linux refuse in a file name become "-"; spaces are collapsed. */
export function safeFileName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\\/:*?"<>|\u0000-\u001F]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 200)
  );
}

export function reportFileName(o: FileNameInput): string {
  const digits = o.digits ?? 'thai';
  const n = (v: number | string) => withDigits(v, digits);
  let name = names(n)[o.report];
  if ((o.report === 'month' || o.report === 'overview') && o.month) {
    const [y, m] = o.month.split('-').map(Number) as [number, number];
    name += ` ${THAI_MONTHS_SHORT[m - 1]} ${n(ceToBe(y))}`;
  } else {
    name += ` ${REPORT_FILE_NAMES.fiscalYear(n(o.fiscalYear))}`;
  }
  if (o.division) name += ` ${o.division}`;
  name += ` ${o.office}`;
  return `${safeFileName(name)}.${o.format}`;
}

/** A division's form for a month: "แบบฟอร์มรายงาน ฝ่ายโยธา มีนาคม ๒๕๖๖.xlsx" (the export dialog, "ส่งแบบฟอร์มให้ฝ่าย"). */
export function divisionFormFileName(division: string, month: string, digits: DigitStyle = 'thai'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${safeFileName(REPORT_FILE_NAMES.divisionForm(division, THAI_MONTHS_FULL[m - 1]!, withDigits(ceToBe(y), digits)))}.xlsx`;
}
