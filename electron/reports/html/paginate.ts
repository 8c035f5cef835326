// Which atoms go on which page, from their heights as Chromium laid them out (measure.ts). Pure.
// Rules: a page holds what fits under the table's repeated header; captions and heading rows stay
// with the atom after them; rows and signatures never split; an item group that does not fit in
// the rest of a page fills it with its first rows (and as much of its lead text as fits) and
// continues on the next page with its code and "(ต่อ)" — so no page is left half empty because
// the next item is tall. Only an atom taller than a whole page overflows (it gets a page alone).
import { keepWithNext, type Atom, type GroupPart } from './atoms';
import type { Slice } from './cells';

/** Heights in CSS px. Groups: each row, and per lead column the padding and each line. */
export type AtomHeight =
  { h: number } | { rows: number[]; lead: { pad: number; lines: LeadLine[] }[]; cont: number; empty: number };

/** A laid-out line of a lead cell: its unit (line or bullet of the cell), where it starts, its height. */
export interface LeadLine {
  unit: number;
  at: number;
  h: number;
}

export interface Measured {
  atoms: AtomHeight[];
  /** Per table: the height of its header row. */
  theads: number[];
}

export type Piece = { atom: number; part?: GroupPart };

export interface Page {
  pieces: Piece[];
  /** Height used, px (for tests and the fill check). */
  used: number;
  /** An atom taller than the page is on it alone. */
  overflow?: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
type GroupHeight = Extract<AtomHeight, { rows: number[] }>;

function tableOf(a: Atom): number | null {
  return a.kind === 'caption' || !('table' in a) ? null : a.table;
}

/** Part of a group by measured lines: rows [a, b), and per lead column lines [a, b). */
interface Range {
  rows: [number, number];
  lead: [number, number][];
  continued: boolean;
}

/** The lead lines [a, b) of a column as slices of the cell's lines. */
export function toSlices(lines: LeadLine[], [a, b]: [number, number]): Slice[] {
  const out: Slice[] = [];
  for (let k = a; k < b; k++) {
    const l = lines[k]!;
    const prev = lines[k - 1];
    const from = prev && prev.unit === l.unit ? l.at : 0;
    let last = k;
    while (last + 1 < b && lines[last + 1]!.unit === l.unit) last++;
    const next = lines[last + 1];
    out.push({ line: l.unit, from, to: next && next.unit === l.unit ? next.at : null });
    k = last;
  }
  return out;
}

function toPart(m: GroupHeight, r: Range): GroupPart {
  return { rows: r.rows, lead: r.lead.map((range, c) => toSlices(m.lead[c]!.lines, range)), continued: r.continued };
}

/**
 * How much of a group fits in `space` px, from `from` on; null when not even its next row (or, for
 * its first part, its first line with the code) fits. On a fresh page something is always taken.
 */
export function fitGroup(m: GroupHeight, from: Range, space: number, fresh: boolean) {
  const cont = from.continued ? m.cont : 0;
  let rowsTo = from.rows[0];
  let rowsH = 0;
  while (rowsTo < from.rows[1] && rowsH + m.rows[rowsTo]! <= space) rowsH += m.rows[rowsTo++]!;
  const rowsRemain = from.rows[0] < from.rows[1];
  if (rowsRemain && rowsTo === from.rows[0]) {
    if (!fresh) return null;
    rowsH = m.rows[rowsTo++]!;
  }
  const room = Math.max(space, rowsH);
  const lead: [number, number][] = [];
  const leadH: number[] = [];
  m.lead.forEach((l, c) => {
    const [start, end] = from.lead[c]!;
    let to = start;
    let h = l.pad + cont;
    while (to < end && h + l.lines[to]!.h <= room) h += l.lines[to++]!.h;
    lead.push([start, to]);
    leadH.push(h);
  });
  const force = (c: number) => {
    const [start, end] = lead[c]!;
    if (end < from.lead[c]![1] && end === start) {
      lead[c] = [start, end + 1];
      leadH[c] = leadH[c]! + m.lead[c]!.lines[end]!.h;
    }
  };
  // The first part carries the item's first line (its code).
  if (!from.continued && lead.length > 0 && from.lead[0]![1] > 0 && lead[0]![1] === 0) {
    if (!fresh) return null;
    force(0);
  }
  if (!rowsRemain && lead.every(([a, b]) => a === b)) {
    if (!fresh) return null;
    lead.forEach((_, c) => force(c));
  }
  const h = Math.max(0, ...leadH, rowsTo > from.rows[0] ? rowsH : m.empty);
  const part: Range = { rows: [from.rows[0], rowsTo], lead, continued: from.continued };
  const more = rowsTo < from.rows[1] || lead.some(([, to], c) => to < from.lead[c]![1]);
  const rest: Range | null = more
    ? { rows: [rowsTo, from.rows[1]], lead: lead.map(([, to], c) => [to, from.lead[c]![1]]), continued: true }
    : null;
  return { part, h, rest, overflow: h > space };
}

/** Pages for the atoms; `height` is the writing area's height in px. */
export function paginate(atoms: Atom[], m: Measured, height: number): Page[] {
  const pages: Page[] = [];
  let page: Page = { pieces: [], used: 0 };
  let open: number | null = null;
  const newPage = () => {
    pages.push(page);
    page = { pieces: [], used: 0 };
    open = null;
  };
  const heightOf = (idx: number) => (m.atoms[idx] as { h: number }).h;
  /** The table headers placing these atoms here would print. */
  const headers = (idxs: number[]) => {
    let h = 0;
    let o = open;
    for (const idx of idxs) {
      const t = tableOf(atoms[idx]!);
      if (t !== null && t !== o) {
        h += m.theads[t]!;
        o = t;
      }
    }
    return h;
  };
  const place = (idx: number, h: number, part?: GroupPart) => {
    const t = tableOf(atoms[idx]!);
    if (t !== null && t !== open) {
      page.used += m.theads[t]!;
      open = t;
    } else if (t === null && atoms[idx]!.kind !== 'caption') open = null;
    page.pieces.push(part ? { atom: idx, part } : { atom: idx });
    page.used += h;
  };

  let i = 0;
  while (i < atoms.length) {
    let j = i;
    while (j < atoms.length - 1 && keepWithNext(atoms[j]!)) j++;
    const leading = Array.from({ length: j - i }, (_, k) => i + k);
    const leadingH = sum(leading.map(heightOf));
    const lm = m.atoms[j]!;
    if ('h' in lm) {
      if (leadingH + headers([...leading, j]) + lm.h > height - page.used && page.pieces.length > 0) newPage();
      const fresh = page.pieces.length === 0;
      for (const idx of leading) place(idx, heightOf(idx));
      place(j, lm.h);
      if (fresh && page.used > height) page.overflow = true;
    } else {
      let from: Range | null = {
        rows: [0, lm.rows.length],
        lead: lm.lead.map((l) => [0, l.lines.length]),
        continued: false,
      };
      let fit = fitGroup(lm, from, height - page.used - leadingH - headers([...leading, j]), page.pieces.length === 0);
      if (!fit) {
        newPage();
        fit = fitGroup(lm, from, height - leadingH - headers([...leading, j]), true)!;
      }
      for (const idx of leading) place(idx, heightOf(idx));
      for (;;) {
        place(j, fit.h, toPart(lm, fit.part));
        if (fit.overflow) page.overflow = true;
        from = fit.rest;
        if (!from) break;
        newPage();
        fit = fitGroup(lm, from, height - headers([j]), true)!;
      }
    }
    i = j + 1;
  }
  if (page.pieces.length > 0) pages.push(page);
  return pages;
}
