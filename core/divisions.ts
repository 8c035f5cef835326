// ผู้รับผิดชอบ → the office's divisions. Plans write them short ("ฝ่ายคลัง", "ศึกษา",
// "รักษาความสะอาดฯ") and split by wrap spaces ("ฝ่าย ปกครอง"); what matches nothing is kept
// as written and reported, never dropped or forced onto a division. Pure: the importer, the Excel
// round trip and the cell wording (rules.ts responsibleText) read the plan's text with it.

/** The usual 10 divisions of a Bangkok district office (settings may replace the list). */
export const DEFAULT_DIVISIONS: readonly string[] = [
  'ฝ่ายปกครอง',
  'ฝ่ายทะเบียน',
  'ฝ่ายการคลัง',
  'ฝ่ายรายได้',
  'ฝ่ายโยธา',
  'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
  'ฝ่ายรักษาความสะอาดและสวนสาธารณะ',
  'ฝ่ายเทศกิจ',
  'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม',
  'ฝ่ายการศึกษา',
];

export interface ResponsibleParse {
  /** Canonical names in the order written, then unknown units as written; no duplicates. */
  divisions: string[];
  allDivisions: boolean;
  /** Units that matched no division, as written. */
  unknown: string[];
}

/** Compare names without spaces, "ฯ", the word ฝ่าย and a leading การ. */
function key(name: string): string {
  return name
    .replace(/[\s.ฯ]/g, '')
    .replace(/^ฝ่าย/, '')
    .replace(/^การ/, '');
}

/** One unit → its division, or null. Abbreviations must be at least 3 letters and unique. */
export function matchDivision(part: string, divisions: readonly string[] = DEFAULT_DIVISIONS): string | null {
  const k = key(part);
  if (k === '') return null;
  const exact = divisions.find((d) => key(d) === k);
  if (exact) return exact;
  if ([...k].length < 3) return null;
  const prefixed = divisions.filter((d) => key(d).startsWith(k));
  return prefixed.length === 1 ? (prefixed[0] as string) : null;
}

/** "ฝ่าย ทะเบียน/ รายได้/ เทคนิค" → ฝ่ายทะเบียน, ฝ่ายรายได้ + unknown "เทคนิค"; "ทุกฝ่าย" → all. */
export function parseResponsible(text: string, divisions: readonly string[] = DEFAULT_DIVISIONS): ResponsibleParse {
  const out: ResponsibleParse = { divisions: [], allDivisions: false, unknown: [] };
  const known: string[] = [];
  for (const raw of text.split(/[/,、]|\s-\s|\n/)) {
    const part = raw
      .replace(/^\s*-\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (part === '') continue;
    if (/^ทุก\s*ฝ่าย$/.test(part)) {
      out.allDivisions = true;
      continue;
    }
    const match = matchDivision(part, divisions);
    if (match) {
      if (!known.includes(match)) known.push(match);
    } else if (!out.unknown.includes(part)) {
      out.unknown.push(part);
    }
  }
  out.divisions = [...known, ...out.unknown];
  return out;
}
