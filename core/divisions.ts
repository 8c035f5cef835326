// ผู้รับผิดชอบ → the office's divisions. Plans write them short ("ฝ่ายคลัง", "ศึกษา",
// "รักษาความสะอาดฯ") and split by wrap spaces ("ฝ่าย ปกครอง"); what matches nothing is kept
// as written and reported, never dropped or forced onto a division. Pure: the importer, the Excel
// round trip and the cell wording (rules.ts responsibleText) read the plan's text with it.
import { DEFAULT_DIVISION_NAMES } from './terms';

/** The usual 10 divisions of a Bangkok district office (settings may replace the list). */
export const DEFAULT_DIVISIONS: readonly string[] = DEFAULT_DIVISION_NAMES;

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

/** A name compared inside free text: without spaces, dots and "ฯ". */
const compact = (s: string) => s.replace(/[\s.ฯ]/g, '');
/** What is left of a unit once the divisions it names are taken out: only joining words and signs? */
const JOINERS = /ฝ่าย|ร่วมกับ|และ|กับ|การ|ทุก|[()[\]&+,\-–]/g;

/**
 * ผู้รับผิดชอบ as printed: the divisions set in the app (`linked`, or ทุกฝ่าย as `all`), and of the
 * plan's own text only the units that say more than those. A unit naming linked divisions and more
 * ("ฝ่ายปกครอง (งานนิติการ)", "ทุกฝ่าย ยกเว้นฝ่ายโยธา") is printed in place of the first of them; a
 * unit saying nothing but division names is dropped (the app's divisions say it); a unit naming only
 * divisions the app no longer links is dropped; a unit naming no division is kept as written.
 */
export function responsibleLines(
  linked: readonly string[],
  text: string,
  known: readonly string[],
  all?: string,
): string[] {
  const names = all ? [all] : [...linked];
  const keys = [...new Set(known)].map((d) => ({ name: d, key: key(d) })).filter((k) => [...k.key].length >= 3);
  if (all) keys.push({ name: all, key: compact(all) });
  const { unknown } = parseResponsible(text, [...new Set(known)]);
  const out = [...names];
  const extra: string[] = [];
  for (const unit of unknown) {
    const c = compact(unit);
    const named = keys.filter((k) => c.includes(k.key));
    let rest = c;
    for (const k of named) rest = rest.split(k.key).join('');
    if (rest.replace(JOINERS, '') === '') continue;
    const here = named.map((k) => k.name).filter((n) => names.includes(n));
    if (here.length > 0) {
      const at = out.indexOf(here[0]!);
      out[at] = unit;
      for (const n of here.slice(1)) if (out.includes(n)) out.splice(out.indexOf(n), 1);
    } else if (named.length === 0 && !names.includes(unit)) {
      extra.push(unit);
    }
  }
  return [...out, ...extra];
}
