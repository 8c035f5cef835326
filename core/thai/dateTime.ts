// A moment as Thai readers read it, in the computer's time zone (Bangkok in the office). Pure.
import { ceToBe, THAI_MONTHS_SHORT } from './dates';
import { withDigits, type DigitStyle } from './digits';

/** '2026-11-25T07:30:00Z' → '๒๕ พ.ย. ๒๕๖๙ ๑๔:๓๐ น.' (the history, the CLI's history list). */
export function formatDateTime(iso: string, style: DigitStyle): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  const text = `${d.getDate()} ${THAI_MONTHS_SHORT[d.getMonth()]} ${ceToBe(d.getFullYear())} ${hh}:${mm} น.`;
  return withDigits(text, style);
}
