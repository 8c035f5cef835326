// A calendar day as users write it: day, Thai month, Buddhist Era year (วันที่ ๓๑ มีนาคม ๒๕๖๖), and
// its ISO form ('2023-03-31') the API stores. The one BE date input (renderer/src/components/BeDateInput)
// reads and writes through these; a day the calendar does not have (๓๑ ก.พ., ๒๙ ก.พ. of a common
// year) is never turned into another one. Pure.
import { beToCe, ceToBe } from './dates';
import { toArabicDigits } from './digits';

/** A day in the Thai calendar: month 1 = มกราคม, beYear e.g. 2566. */
export interface BeDate {
  day: number;
  month: number;
  beYear: number;
}

/** The BE years a date may have (the app's records and plans: far past both ends). */
export const BE_YEAR_MIN = 2400;
export const BE_YEAR_MAX = 2800;

/** Leap year of the Gregorian calendar, which the BE year follows (BE 2567 = CE 2024: leap). */
export function isLeapBeYear(beYear: number): boolean {
  const y = beToCe(beYear);
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days of a month (1 = มกราคม) in a BE year: ก.พ. has 29 in a leap year. */
export function daysInMonth(beYear: number, month: number): number {
  if (month === 2) return isLeapBeYear(beYear) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the parts name a day the calendar has (and a year in range). */
export function isValidBeDate(d: BeDate): boolean {
  const { day, month, beYear } = d;
  if (![day, month, beYear].every(Number.isInteger)) return false;
  if (beYear < BE_YEAR_MIN || beYear > BE_YEAR_MAX || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(beYear, month);
}

/** ๓๑ มี.ค. ๒๕๖๖ → '2023-03-31'; null for a day the calendar does not have (๓๑ ก.พ.). */
export function beDateToIso(d: BeDate): string | null {
  if (!isValidBeDate(d)) return null;
  const y = String(beToCe(d.beYear)).padStart(4, '0');
  return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** '2023-03-31' (or a timestamp's date part) → its BE parts; null when it is no real day. */
export function isoToBeDate(iso: string): BeDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d: BeDate = { day: Number(m[3]), month: Number(m[2]), beYear: ceToBe(Number(m[1])) };
  return isValidBeDate(d) ? d : null;
}

/** A BE year typed in Thai or Arabic digits ('๒๕๖๖', '2566'); 2 digits read as 25xx; null otherwise. */
export function parseBeYear(text: string): number | null {
  const t = toArabicDigits(text.trim());
  if (/^\d{2}$/.test(t)) return 2500 + Number(t);
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= BE_YEAR_MIN && y <= BE_YEAR_MAX ? y : null;
}

/** The BE fiscal year a day falls in: 1 ต.ค. ๒๕๖๕ – 30 ก.ย. ๒๕๖๖ is FY2566. */
export function fiscalYearOfDate(iso: string): number {
  const d = isoToBeDate(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  return d.beYear + (d.month >= 10 ? 1 : 0);
}

/** A day's ISO form, local time (today in the office). */
export function isoOfDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
