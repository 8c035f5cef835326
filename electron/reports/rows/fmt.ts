// Numbers, months and dates as the office's numerals setting says (Thai or Arabic digits).
import {
  formatDate,
  formatMonthLong,
  formatMonthShort,
  formatNumber,
  withDigits,
  type DigitStyle,
} from '../../../core/thai';
import type { Settings } from '../../../core/types';

export interface Fmt {
  digits: DigitStyle;
  /** Digits of a text or number as the setting says ('2566' → '๒๕๖๖'). */
  n(value: string | number): string;
  /** A number, grouped: 1234.5 → '๑,๒๓๔.๕'. */
  num(value: number): string;
  /** 'ธ.ค. ๖๕' */
  month(month: string): string;
  /** 'ธันวาคม ๒๕๖๕' */
  monthLong(month: string): string;
  /** '๒๕ พฤศจิกายน ๒๕๖๙' */
  date(iso: string): string;
}

export function fmtFor(settings: Pick<Settings, 'numerals'>): Fmt {
  const digits: DigitStyle = settings.numerals === 'arabic' ? 'arabic' : 'thai';
  return {
    digits,
    n: (v) => withDigits(v, digits),
    num: (v) => formatNumber(v, digits),
    month: (m) => formatMonthShort(m, digits),
    monthLong: (m) => formatMonthLong(m, digits),
    date: (d) => formatDate(d, digits),
  };
}
