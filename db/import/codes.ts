// Item codes as offices write them: "I1", "ข้อ I1", "OIT1", "(O1)", "O.1", "O 1", "MOIT3", "E๑๒";
// and as OCR left them: digits only, the letter read as a digit ("1๑" = I1, "0๖" = O6, "030" = O30).
// A code with its letter is taken as written; digits alone are resolved from the order of the
// items (the glyphs are ambiguous: "๑๘" is I8 in one place and I18 in another; the order is not).

import { toArabicDigits } from '../../core/thai/digits';
import { IMPORT_PATTERNS } from '../../core/terms';

export interface CodeToken {
  /** The code as written, e.g. "1๑", "(O1)", "ข้อ I1". */
  raw: string;
  /** The code's letters, upper case, IIT/EIT/OIT shortened to I/E/O; null for digits alone. */
  prefix: string | null;
  /** The number, in Arabic digits. */
  digits: string;
  /** The text after the code. */
  rest: string;
}

const DIGIT = '[0-9\\u0E50-\\u0E59]';
const AFTER = '(?=[\\s\\u0E01-\\u0E4E"“(]|$)';
const LETTERED = new RegExp(
  `^(?:${IMPORT_PATTERNS.itemWord}\\s*)?\\(?\\s*([A-Za-z]{1,8})\\s?[.\\-]?\\s?(${DIGIT}{1,3})\\s*\\)?\\s*[.:)]?${AFTER}`,
);
const DIGITS_ONLY = new RegExp(`^(?:${IMPORT_PATTERNS.itemWord}\\s*)?(${DIGIT}{1,4})[.)]?${AFTER}`);
/** Text that tries to be a code: a code that cannot be read is an error, never glued onto the item above. */
const CODE_LIKE = new RegExp(
  `^(?:${IMPORT_PATTERNS.itemWord}\\s*${DIGIT}|${IMPORT_PATTERNS.itemWord}\\s*[A-Za-z]|\\(?[A-Za-z]{1,8}\\s?[.\\-]?\\s?${DIGIT}|${DIGIT})`,
);

/** Shortens the NACC's tool names used as prefixes: OIT1 → O1. */
const TOOL_PREFIX: Record<string, string> = { IIT: 'I', EIT: 'E', OIT: 'O' };

/** The code at the start of a code cell, or null when the cell does not start with one. */
export function readCodeToken(text: string): CodeToken | null {
  const t = text.trimStart();
  const lettered = LETTERED.exec(t);
  if (lettered) {
    const letters = (lettered[1] ?? '').toUpperCase();
    return {
      raw: lettered[0].trim(),
      prefix: TOOL_PREFIX[letters] ?? letters,
      digits: String(Number(toArabicDigits(lettered[2] ?? ''))),
      rest: t.slice(lettered[0].length).trim(),
    };
  }
  const digits = DIGITS_ONLY.exec(t);
  if (digits) {
    return {
      raw: digits[0].replace(/[.)]$/, '').trim(),
      prefix: null,
      digits: toArabicDigits(digits[1] ?? ''),
      rest: t.slice(digits[0].length).trim(),
    };
  }
  return null;
}

export function looksLikeCode(text: string): boolean {
  return CODE_LIKE.test(text.trimStart());
}

export interface CodeReading {
  prefix: string;
  number: number;
}

export const formatCode = (r: CodeReading): string => `${r.prefix}${r.number}`;

/**
 * Every plausible reading of a token. With letters: that one. Digits alone: the digits in the
 * current prefix (the letter was dropped), and, when the first glyph is 1/๑ or 0/๐, that glyph read
 * as I or O.
 */
export function codeReadings(token: CodeToken, currentPrefix: string | null): CodeReading[] {
  if (token.prefix) return [{ prefix: token.prefix, number: Number(token.digits) }];
  const out: CodeReading[] = [];
  if (currentPrefix) out.push({ prefix: currentPrefix, number: Number(token.digits) });
  if (token.digits.length >= 2) {
    const first = token.raw.replace(/^ข้อ(?:ที่)?\s*/, '')[0];
    const restNumber = Number(token.digits.slice(1));
    const glyph = first === undefined ? '' : toArabicDigits(first);
    if (glyph === '1') out.push({ prefix: 'I', number: restNumber });
    if (glyph === '0') out.push({ prefix: 'O', number: restNumber });
  }
  return out.filter((r) => r.number > 0);
}

export interface CodeResolution extends CodeReading {
  /** Digits alone that were not the next code of the current prefix: the caller reports the guess. */
  guessed: boolean;
  /** The code that was expected next under the current prefix. */
  expected: string | null;
}

/**
 * Letters: the code as written. Digits alone: the reading that is the next code under the current
 * prefix (last + 1), else the nearest reading forward that is not used yet (reported as a guess).
 * Null when no reading exists (digits alone before any prefix is known).
 */
export function resolveCode(
  token: CodeToken,
  currentPrefix: string | null,
  last: ReadonlyMap<string, number>,
  used: { has(code: string): boolean },
): CodeResolution | null {
  const next = (p: string) => (last.get(p) ?? 0) + 1;
  const expected = currentPrefix ? `${currentPrefix}${next(currentPrefix)}` : null;
  const readings = codeReadings(token, currentPrefix);
  if (token.prefix) return { ...(readings[0] as CodeReading), guessed: false, expected };
  if (readings.length === 0) return null;
  const fit = readings.find(
    (r) => (currentPrefix === null || r.prefix === currentPrefix) && r.number === next(r.prefix),
  );
  if (fit) return { ...fit, guessed: false, expected };
  const pool = readings.filter((r) => currentPrefix === null || r.prefix === currentPrefix);
  const rank = (r: CodeReading) =>
    (used.has(formatCode(r)) ? 1000 : 0) + (r.number < next(r.prefix) ? 500 : 0) + Math.abs(r.number - next(r.prefix));
  const best = [...(pool.length > 0 ? pool : readings)].sort((a, b) => rank(a) - rank(b))[0] as CodeReading;
  return { ...best, guessed: true, expected };
}
