// Months as the office reads them: fiscal order (ต.ค. … ก.ย.), BE labels.
import { fiscalMonths, formatMonthLong, formatMonthShort, type DigitStyle } from '../../core/thai';

export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The month to show for a plan: the one remembered if it is in the plan's year, else this month, else the nearest end. */
export function currentFiscalMonth(fiscalYear: number, remembered: string | null, now = new Date()): string {
  const months = fiscalMonths(fiscalYear);
  if (remembered && months.includes(remembered)) return remembered;
  const cur = thisMonth(now);
  if (months.includes(cur)) return cur;
  return cur < months[0]! ? months[0]! : months[months.length - 1]!;
}

export function monthOptions(fiscalYear: number, style: DigitStyle): { value: string; short: string; long: string }[] {
  return fiscalMonths(fiscalYear).map((m) => ({
    value: m,
    short: formatMonthShort(m, style),
    long: formatMonthLong(m, style),
  }));
}
