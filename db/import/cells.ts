// One cell's text → its entries: "- " and "•" bullets, "1) … 2) …" numbering and line breaks are
// lists; each entry cleaned (whitespace, zero-width characters, a wrapped slash) and its wrap
// spaces mended (mend.ts).

import type { Mender } from './mend';

/** Where a cell sits, for wrap-space joins and messages. */
export interface CellPlace {
  line: number;
  column: { index: number; header: string };
}

/** Whitespace collapsed, zero-width characters dropped, a slash glued on the left glued on the right. */
export function tidy(text: string): string {
  return (
    text
      .replace(/[\u200B\u200C\uFEFF]/g, '')
      // A zero-width joiner is noise in Thai text but part of an emoji sequence (👨‍👩‍👧): kept there.
      .replace(/(?<!\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)\u200D/gu, '')
      .replace(/[\s\u00A0]+/g, ' ')
      .trim()
      // "ครั้ง/ เดือน", "ปกครอง/ ศึกษา": a slash glued on the left is glued on the right too.
      .replace(/(\S)\/ (?=[\u0E01-\u0E5B])/g, '$1/')
  );
}

/** One column of an item: its entries, cleaned, without list markers. */
export interface Column {
  segments: string[];
}

// " - " between a month/number and another month/number is a range dash, not a bullet ("ต.ค. - ธ.ค.").
const RANGE_LEFT = /(?:[0-9\u0E50-\u0E59]|[\u0E01-\u0E4E]\.)\s*$/;
const RANGE_RIGHT =
  /^\s*(?:[0-9\u0E50-\u0E59]|[เ]?[\u0E01-\u0E2E][\u0E34\u0E35]?\s*\.|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)/;
const BULLET = /(^|\s)[-•●▪◦■□➢➤✓✔*·\uF0B7\uF0A7\uF0D8]\s+/g;
const NUMBERED = /(^|\s)\(?([0-9\u0E50-\u0E59]{1,2})[.)]\s+/g;
const digitValue = (d: string) => Number(d.replace(/[\u0E50-\u0E59]/g, (c) => String(c.charCodeAt(0) - 0x0e50)));

/**
 * Where numbered entries start: "1) … 2) …" in sequence, the first at a paragraph's start (1, or
 * the number after the previous paragraph's last: "1. …" / "2. …" on separate lines).
 */
function numberedStarts(text: string, counter: { next: number }): { at: number; after: number }[] {
  const out: { at: number; after: number }[] = [];
  let expected = counter.next;
  for (const m of text.matchAll(NUMBERED)) {
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    const n = digitValue(m[2] ?? '');
    if (out.length === 0) {
      if (at !== 0) break;
      if (n === 1) expected = 1;
    }
    if (n !== expected) continue;
    out.push({ at, after: (m.index ?? 0) + m[0].length });
    expected++;
  }
  counter.next = out.length > 0 ? expected : 1;
  return out;
}

/** Split one paragraph at its bullets and numbers; `leadingText`: text comes before the first marker. */
function splitParagraph(text: string, counter: { next: number }): { parts: string[]; leadingText: boolean } {
  const cuts: { at: number; after: number }[] = [...numberedStarts(text, counter)];
  for (const m of text.matchAll(BULLET)) {
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    const after = (m.index ?? 0) + m[0].length;
    if (at > 0 && RANGE_LEFT.test(text.slice(0, at)) && RANGE_RIGHT.test(text.slice(after))) continue;
    cuts.push({ at, after });
  }
  cuts.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let leadingText = false;
  let start = 0;
  for (const cut of cuts) {
    if (cut.at < start) continue;
    const piece = text.slice(start, cut.at).trim();
    if (piece) {
      if (parts.length === 0 && start === 0) leadingText = true;
      parts.push(piece);
    }
    start = cut.after;
  }
  const tail = text.slice(start).trim();
  if (tail) {
    if (parts.length === 0 && start === 0) leadingText = true;
    parts.push(tail);
  }
  return { parts, leadingText };
}

/**
 * A cell's text → its entries: each line, and within a line each bullet ("- ", "• ") and each
 * number of a "1) … 2) …" sequence, is one entry. `leadingText` is true when the cell's text does
 * not start with a marker: in a continuation row that text finishes the entry the page break cut.
 */
export function splitEntries(text: string): { segments: string[]; leadingText: boolean } {
  const segments: string[] = [];
  let leadingText = false;
  const counter = { next: 1 };
  text.split('\n').forEach((line, i) => {
    const { parts, leadingText: lead } = splitParagraph(tidy(line), counter);
    if (i === 0 || segments.length === 0) leadingText = lead;
    segments.push(...parts);
  });
  return { segments, leadingText };
}

/** Cleans entries and mends their wrap spaces. */
export class CellReader {
  constructor(private readonly mender: Mender) {}

  clean(text: string, place: CellPlace): string {
    return this.mender.mend(tidy(text), place.line, place.column);
  }

  /** A cell → its entries, each cleaned. */
  entries(text: string, place: CellPlace): { segments: string[]; leadingText: boolean } {
    const { segments, leadingText } = splitEntries(text);
    return { segments: segments.map((s) => this.clean(s, place)).filter((s) => s !== ''), leadingText };
  }

  /**
   * Add a continuation row's cell to a column. Text before the cell's first marker finishes the
   * column's last entry (the page break cut it); further entries are added.
   */
  append(column: Column, cell: { segments: string[]; leadingText: boolean }, place: CellPlace): void {
    const incoming = [...cell.segments];
    if (cell.leadingText && incoming.length > 0 && column.segments.length > 0) {
      const glued = this.mender.glue(
        column.segments[column.segments.length - 1] as string,
        incoming.shift() as string,
        place.line,
        place.column,
      );
      column.segments[column.segments.length - 1] = glued;
    }
    column.segments.push(...incoming);
  }
}
