// Line-wrap spaces: text pulled from a PDF keeps a space wherever a line wrapped ("ผู้อำนวยการ เขต",
// "การ ปฏิบัติงาน", "กำห นด"). Thai puts spaces between phrases, not between words, so a space
// inside a word or a compound is a wrap space. Each space between two Thai letters is joined when
//   - spelling says no word can break there (the letter after it is a vowel sign or tone mark, or
//     the text before it is a leading vowel or an unfinished ั), or
//   - word segmentation (Intl.Segmenter 'th') reads a word across the space ("กำห นด" → กำหนด), or
//   - the two words on either side are written together elsewhere in the same document
//     ("ผู้อำนวยการ เขต" where the plan also writes "โดยผู้อำนวยการเขต").
// A space before an abbreviation (พ.ศ., ก.ก., ผอ.เขต), after ฯ/ๆ, or next to digits or Latin text is
// a phrase space and kept. Every join is recorded, so the preview can show it and the user can keep
// or undo each one.

export interface WrapJoin {
  /** Stable between a preview and the import of the same text: line, column, n-th join in that cell. */
  id: string;
  line: number;
  /** The column's header as written. */
  column: string;
  /** A few words either side, with the space: "…ผู้อำนวยการ เขต…". */
  before: string;
  after: string;
  rule: 'spelling' | 'word' | 'document';
}

const inRange = (c: number, lo: number, hi: number) => c >= lo && c <= hi;
/** Thai letters (consonants, vowels, tone marks), not digits, ๆ or ฯ. */
export function isThaiLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    inRange(c, 0x0e01, 0x0e2e) || inRange(c, 0x0e30, 0x0e3a) || inRange(c, 0x0e40, 0x0e45) || inRange(c, 0x0e47, 0x0e4e)
  );
}
/** Marks and following vowels (ะ า ำ ๅ, vowel signs, tone marks) that can never begin a syllable. */
function cannotStartSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return inRange(c, 0x0e30, 0x0e3a) || c === 0x0e45 || inRange(c, 0x0e47, 0x0e4e);
}
/** Leading vowels เ แ โ ใ ไ: a syllable cannot end on one. */
const isLeadingVowel = (ch: string) => inRange(ch.charCodeAt(0), 0x0e40, 0x0e44);
// Mai han-akat (with an optional tone mark) needs a final consonant after it.
const OPEN_HAN_AKAT = /\u0E31[\u0E48-\u0E4B]?$/;
/** An abbreviation starts the text after the space: พ.ศ., ก.ก., ผอ.เขต, น. */
const ABBREVIATION = /^[\u0E01-\u0E4E]{1,3}\./;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

function words(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** True when the segmenter puts no word boundary at `at` in `text`. */
function crossesWord(text: string, at: number): boolean {
  for (const s of segmenter.segment(text)) {
    if (s.index === at) return false;
    if (s.index > at) return true;
  }
  return true;
}

/** The space-free runs of every cell, for "written together elsewhere". */
export class Lexicon {
  private readonly runs: string;
  constructor(texts: readonly string[]) {
    const set = new Set<string>();
    for (const t of texts) for (const run of t.split(/[\s\u00A0]+/)) if (run.length >= 3) set.add(run);
    this.runs = [...set].join('\n');
  }
  writesTogether(joined: string): boolean {
    return this.runs.includes(joined);
  }
}

export interface MendOptions {
  /** false: no space is joined (the user undid them all). */
  enabled: boolean;
  /** Joins the user undid, by id. */
  undo: ReadonlySet<string>;
}

/** Two words either side of the space at i. */
function contextAround(s: string, i: number): { from: number; to: number } {
  let from = i;
  for (let k = 0; k < 2 && from > 0; k++) from = Math.max(0, s.lastIndexOf(' ', from - 1));
  let to = i;
  for (let k = 0; k < 2 && to < s.length; k++) {
    const next = s.indexOf(' ', to + 1);
    to = next < 0 ? s.length : next;
  }
  return { from: from === 0 ? 0 : from + 1, to };
}

export class Mender {
  readonly joins: WrapJoin[] = [];
  private readonly counters = new Map<string, number>();
  constructor(
    private readonly lexicon: Lexicon,
    private readonly options: MendOptions,
  ) {}

  /** The rule that joins the space at `i` of `s`, or null to keep it. */
  static ruleAt(s: string, i: number, lexicon: Lexicon): WrapJoin['rule'] | null {
    const before = s[i - 1];
    const after = s[i + 1];
    if (!isThaiLetter(before) || !isThaiLetter(after)) return null;
    if (cannotStartSyllable(after as string) || isLeadingVowel(before as string)) return 'spelling';
    if (OPEN_HAN_AKAT.test(s.slice(Math.max(0, i - 2), i))) return 'spelling';
    const leftStart = s.lastIndexOf(' ', i - 1) + 1;
    let rightEnd = s.indexOf(' ', i + 1);
    if (rightEnd < 0) rightEnd = s.length;
    const left = s.slice(leftStart, i);
    const right = s.slice(i + 1, rightEnd);
    if (ABBREVIATION.test(right) || /[0-9\u0E50-\u0E59A-Za-z]/.test(right[0] ?? '')) return null;
    if (!isThaiLetter(left[left.length - 1]) || !isThaiLetter(right[0])) return null;
    if (crossesWord(left + right, left.length)) return 'word';
    const l = words(left).at(-1) ?? '';
    const r = words(right)[0] ?? '';
    if (isThaiLetter(l[0]) && isThaiLetter(r[0]) && lexicon.writesTogether(l + r)) return 'document';
    return null;
  }

  /** Joins the wrap spaces of one cleaned text (single spaces); `column` is an index and a header. */
  mend(s: string, line: number, column: { index: number; header: string }): string {
    const spaces: number[] = [];
    for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) spaces.push(i);
    return this.joinAt(s, spaces, line, column);
  }

  /** Two pieces a page break cut apart, joined by a space that is itself judged (and recorded). */
  glue(a: string, b: string, line: number, column: { index: number; header: string }): string {
    return this.joinAt(`${a} ${b}`, [a.length], line, column);
  }

  private joinAt(s: string, spaces: number[], line: number, column: { index: number; header: string }): string {
    let out = '';
    let last = 0;
    for (const i of spaces) {
      const rule = Mender.ruleAt(s, i, this.lexicon);
      if (!rule) continue;
      const key = `${line}:${column.index}`;
      const n = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, n);
      const id = `${key}:${n}`;
      const join = this.options.enabled && !this.options.undo.has(id);
      const { from, to } = contextAround(s, i);
      const context = s.slice(from, to);
      const at = i - from;
      this.joins.push({
        id,
        line,
        column: column.header,
        before: `${from > 0 ? '…' : ''}${context}${to < s.length ? '…' : ''}`,
        after: `${from > 0 ? '…' : ''}${context.slice(0, at)}${context.slice(at + 1)}${to < s.length ? '…' : ''}`,
        rule,
      });
      if (join) {
        out += s.slice(last, i);
        last = i + 1;
      }
    }
    return out + s.slice(last);
  }
}
