// A report as a sequence of atoms, the pieces pages are made of: the title block, notes, table
// captions and heading rows (kept with what follows), rows (never split), item groups (split only
// between their rows, the code repeated with "(ต่อ)"), signatures (kept whole). Each atom renders
// to HTML here; paginate.ts decides which atoms go on which page.
import type { Block, Cell, GroupRow, HeadingRow, ReportDoc, Row, Signer, Table } from '../rows';
import { lineHtml, sliceBody, tdClass, td, wholeLines, type Slice } from './cells';
import { html, raw, type Html } from './tag';
import { REPORT_TERMS as T } from '../../../core/terms';

export type Atom =
  | { kind: 'title'; lines: string[] }
  | { kind: 'note'; text: string; strong: boolean }
  | { kind: 'caption'; table: number; text: string }
  | { kind: 'empty'; table: number; text: string }
  | { kind: 'heading'; table: number; index: number; row: HeadingRow }
  | { kind: 'row'; table: number; index: number; row: Exclude<Row, HeadingRow | GroupRow> }
  | { kind: 'group'; table: number; index: number; row: GroupRow }
  | { kind: 'signoff'; orders: string | undefined; signers: Signer[] };

/** Atoms that must share a page with the atom after them. */
export const keepWithNext = (a: Atom) => a.kind === 'caption' || a.kind === 'heading' || a.kind === 'title';

export interface Flat {
  atoms: Atom[];
  tables: Table[];
}

export function flatten(doc: ReportDoc): Flat {
  const atoms: Atom[] = [{ kind: 'title', lines: doc.heading }];
  const tables: Table[] = [];
  const add = (b: Block) => {
    if (b.kind === 'note') atoms.push({ kind: 'note', text: b.text, strong: b.strong ?? false });
    else if (b.kind === 'signoff') atoms.push({ kind: 'signoff', orders: b.orders, signers: b.signers });
    else {
      const t = tables.push(b) - 1;
      if (b.title) atoms.push({ kind: 'caption', table: t, text: b.title });
      if (b.rows.length === 0) atoms.push({ kind: 'empty', table: t, text: b.empty ?? '' });
      b.rows.forEach((row, index) => {
        if (row.kind === 'heading') atoms.push({ kind: 'heading', table: t, index, row });
        else if (row.kind === 'group') atoms.push({ kind: 'group', table: t, index, row });
        else atoms.push({ kind: 'row', table: t, index, row });
      });
    }
  };
  doc.blocks.forEach(add);
  return { atoms, tables };
}

// ── blocks outside tables ────────────────────────────────────────────────────────────────────

export function titleHtml(lines: string[]): Html {
  const [first = '', ...rest] = lines;
  return html`<div class="title"><h1>${lineHtml(first)}</h1>${rest.map((l) => html`<p class="sub">${lineHtml(l)}</p>`)}</div>`;
}

export function noteHtml(a: { text: string; strong: boolean }): Html {
  return html`<p class="note${a.strong ? ' b' : ''}">${lineHtml(a.text)}</p>`;
}

export function captionHtml(text: string): Html {
  return html`<h2 class="caption">${lineHtml(text)}</h2>`;
}

function sign(s: Signer): Html {
  const name = s.name.trim() ? `(${s.name.trim()})` : '(.................................................)';
  return html`<div class="sign">${s.label ? html`<div class="label">${lineHtml(s.label)}</div>` : ''}<div class="line">${T.signHere} ...................................................</div><div>${lineHtml(name)}</div><div>${lineHtml(s.role)}</div><div>${s.date ? lineHtml(`${T.dateWord} ${s.date}`) : `${T.dateWord} ........../........................./...............`}</div></div>`;
}

/** The director's orders box (room to write by hand) and the signatures, kept on one page. */
export function signoffHtml(a: { orders: string | undefined; signers: Signer[] }): Html {
  const orders = a.orders
    ? html`<div class="orders"><div class="label">${lineHtml(a.orders)}</div>${raw('<div class="dots"></div>'.repeat(3))}</div>`
    : '';
  return html`<div class="signoff">${orders}<div class="signs">${a.signers.map(sign)}</div></div>`;
}

// ── table pieces ────────────────────────────────────────────────────────────────────────────

export function colgroup(t: Table): Html {
  const total = t.columns.reduce((n, c) => n + c.pdf, 0);
  return html`<colgroup>${t.columns.map((c) => raw(`<col style="width:${((100 * c.pdf) / total).toFixed(3)}%">`))}</colgroup>`;
}

export function theadHtml(t: Table): Html {
  return html`<thead><tr>${t.columns.map((c) => html`<th>${lineHtml(c.head)}</th>`)}</tr></thead>`;
}

const rowKey = (index: number, sub?: number) => (sub === undefined ? String(index) : `${index}.${sub}`);

export function headingHtml(a: { row: HeadingRow; index: number }, cols: number): Html {
  return html`<tr class="section ${a.row.level}" data-row="${rowKey(a.index)}"><td colspan="${cols}" data-col="0">${lineHtml(a.row.text)}</td></tr>`;
}

export function emptyHtml(text: string, cols: number): Html {
  return html`<tr class="empty"><td colspan="${cols}" class="muted">${lineHtml(text)}</td></tr>`;
}

export function rowHtml(a: { row: { cells: Cell[] }; index: number }): Html {
  return html`<tr data-row="${rowKey(a.index)}">${a.row.cells.map((c, i) => td(c, i))}</tr>`;
}

/** Which part of a group a page prints: rows [from, to) and, per lead column, the text shown. */
export interface GroupPart {
  rows: [number, number];
  lead: Slice[][];
  /** Not the group's first part: the lead starts with "I1 (ต่อ)". */
  continued: boolean;
}

export function wholeGroup(g: GroupRow): GroupPart {
  return { rows: [0, g.rows.length], lead: g.lead.map(wholeLines), continued: false };
}

/** A group (or part of one) as a <tbody>: the lead cells span its rows. */
export function groupHtml(a: { row: GroupRow; index: number }, part: GroupPart, cols: number): Html {
  const g = a.row;
  const n = Math.max(1, part.rows[1] - part.rows[0]);
  // "I1 (ต่อ)" heads the code column and any other lead column whose text goes on here.
  const continued = (i: number) => part.continued && (i === 0 || part.lead[i]!.length > 0);
  const lead = g.lead.map((c, i) => {
    const cls = tdClass(c);
    return html`<td data-col="${i}" rowspan="${n}"${cls ? raw(` class="${cls}"`) : ''}${part.continued ? raw(' data-cont="1"') : ''}>${sliceBody(c, part.lead[i]!, continued(i) ? g.code : undefined)}</td>`;
  });
  const first = g.lead.length;
  const rows: Html[] = [];
  if (part.rows[1] === part.rows[0]) {
    const text = g.rows.length === 0 ? (g.empty ?? '') : '';
    rows.push(
      html`<tr data-row="${rowKey(a.index, 0)}">${lead}<td colspan="${cols - first}" class="muted">${lineHtml(text)}</td></tr>`,
    );
  } else {
    for (let r = part.rows[0]; r < part.rows[1]; r++) {
      const cells = g.rows[r]!.cells.map((c, i) => td(c, first + i));
      rows.push(html`<tr data-row="${rowKey(a.index, r)}">${r === part.rows[0] ? lead : ''}${cells}</tr>`);
    }
  }
  return html`<tbody class="group" data-item="${g.code}">${rows}</tbody>`;
}
