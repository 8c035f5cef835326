// Does a line of a report speak of a particular day or month? "copy from last month" must not carry
// "ประชุมแล้วเมื่อวันที่ ๑๕ มีนาคม ๒๕๖๖" into April. Thai or Arabic digits, full or abbreviated Thai
// month names (with or without dots and spaces), numeric dates, English month names, and words
// that only mean something in the month they were written ("เดือนนี้", "เมื่อวาน", "สัปดาห์หน้า").
// An abbreviation counts only beside a number ("๑๕ มี.ค.", "มี.ค. ๖๖"): alone, "ก.พ." is also the
// Civil Service Commission and "ก.พ.ร." the OPDC. Pure.
import { THAI_MONTHS_FULL, THAI_MONTHS_SHORT } from './dates';

const D = '[0-9\\u0E50-\\u0E59]';
/** 'มี.ค.' → 'ม\\s*ี\\s*\\.?\\s*ค\\s*\\.?' : dots optional, spaces anywhere between the letters. */
function abbreviation(short: string): string {
  const letters = short.replace(/\./g, '').split('');
  // Combining vowels and tone marks stay glued to their letter; a dot or space may follow a syllable.
  return letters
    .map((ch, i) => {
      const next = letters[i + 1];
      const joins = next !== undefined && /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(next);
      return joins ? ch : `${ch}\\s*\\.?\\s*`;
    })
    .join('');
}

const FULL = THAI_MONTHS_FULL.join('|');
const SHORT = THAI_MONTHS_SHORT.map(abbreviation).join('|');
const ENGLISH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const PATTERNS: readonly RegExp[] = [
  // มีนาคม, เดือนมีนาคม, ๑๕ มีนาคม ๒๕๖๖
  new RegExp(`(?:${FULL})`),
  // ๑๕ มี.ค. / มี.ค. ๖๖ / มี.ค.2566 — an abbreviation beside a number, not followed by another letter+dot (ก.พ.ร.)
  new RegExp(`${D}\\s*(?:${SHORT})(?!\\s*\\.?\\s*[\\u0E01-\\u0E2E]\\.)`),
  new RegExp(`(?:${SHORT})(?!\\s*\\.?\\s*[\\u0E01-\\u0E2E]\\.)\\s*${D}`),
  // 15/3/2566, ๑๕-๓-๖๖, 15.03.66, 2023-03-15
  new RegExp(`${D}{1,2}\\s*[/.-]\\s*${D}{1,2}\\s*[/.-]\\s*${D}{2,4}`),
  new RegExp(`${D}{4}-${D}{2}-${D}{2}`),
  // วันที่ ๑๕, วันที่15
  new RegExp(`วันที่\\s*${D}`),
  // 15 March, March 15, Mar 2023
  new RegExp(`\\b(?:${ENGLISH})\\b\\.?\\s*${D}|${D}\\s*(?:${ENGLISH})\\b`, 'i'),
  // this/last/next month or week, today, yesterday, tomorrow
  /(?:เดือน|สัปดาห์|อาทิตย์)\s*(?:นี้|ที่แล้ว|ก่อน|หน้า|ที่ผ่านมา)|เมื่อวาน|วันนี้|พรุ่งนี้|เมื่อ\s*(?:สัปดาห์|อาทิตย์)/,
];

/** Whether the text names a particular day or month (see above). */
export function mentionsDate(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}

/** The text's lines split into those that name no date (kept, in order) and those that do. */
export function splitDatedLines(text: string): { kept: string; dated: string[] } {
  const kept: string[] = [];
  const dated: string[] = [];
  for (const line of text.split('\n')) (mentionsDate(line) ? dated : kept).push(line);
  return { kept: kept.join('\n').trim(), dated: dated.map((l) => l.trim()).filter(Boolean) };
}
