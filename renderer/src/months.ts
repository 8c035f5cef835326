// Months as the office reads them: fiscal order (ต.ค. … ก.ย.), BE labels.
// Which month a view opens on is core/rules.ts's (currentFiscalMonth, monthOf).
import { fiscalMonths, formatMonthLong, formatMonthShort, type DigitStyle } from '../../core/thai';

export function monthOptions(fiscalYear: number, style: DigitStyle): { value: string; short: string; long: string }[] {
  return fiscalMonths(fiscalYear).map((m) => ({
    value: m,
    short: formatMonthShort(m, style),
    long: formatMonthLong(m, style),
  }));
}
