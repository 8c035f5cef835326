// Thai digits (๐–๙) both ways. Plans are written with Thai digits; the database stores numbers.

export type DigitStyle = 'thai' | 'arabic';

const THAI_ZERO = 0x0e50;

/** '2566' → '๒๕๖๖'. Non-digits are left alone. */
export function toThaiDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}

/** '๒๕๖๖' → '2566'. Non-digits are left alone. */
export function toArabicDigits(value: string): string {
  return value.replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(48 + d.charCodeAt(0) - THAI_ZERO));
}

/** Digits in either script as they should be shown. */
export function withDigits(value: string | number, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(value) : toArabicDigits(String(value));
}

/**
 * A number for display, thousands grouped with commas: 1234.5 → '๑,๒๓๔.๕'.
 * Grouping is done by hand (not Intl) so the result is the same with or without full ICU.
 */
export function formatNumber(n: number, digits: DigitStyle = 'thai', maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return withDigits(String(n), digits);
  const factor = 10 ** maxFractionDigits;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [intPart = '0', frac] = String(rounded).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = (n < 0 && rounded !== 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
  return withDigits(text, digits);
}

/** '๑๐' / '1,000' / '๑๖.๕' → number; null when the text is not a plain number. */
export function parseNumber(text: string): number | null {
  const s = toArabicDigits(text)
    .trim()
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * The numbers in a sentence for a user, in the office's digits: 'พ.ศ. 2566', 'บรรทัด 12', '1,500',
 * '20 MB' follow the numerals setting, while digits that belong to a code, a name or a link stay
 * as written ('O12', 'report2566.pdf', 'https://…/a1', '2023-03', '15:30'). Messages are built with
 * Arabic digits (the CLI prints them so); screens pass them through this.
 */
export function messageDigits(text: string, digits: DigitStyle): string {
  if (digits === 'arabic') return text;
  return text.replace(
    /(?<![A-Za-z0-9_\\]|[A-Za-z0-9][-./:])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z0-9_\\]|[-./:][A-Za-z0-9])/g,
    (n) => toThaiDigits(n),
  );
}
