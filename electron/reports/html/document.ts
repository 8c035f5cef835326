// Whole HTML documents: the measuring document (every atom once, laid out at the page's writing
// width, for MEASURE_SCRIPT), the printed pages (sheets of paginate.ts's pages, numbered), and the
// flowing document (every atom in order, no pages) that tests read cells from.
import type { Table } from '../rows';
import {
  captionHtml,
  colgroup,
  emptyHtml,
  groupHtml,
  headingHtml,
  noteHtml,
  rowHtml,
  signoffHtml,
  theadHtml,
  titleHtml,
  wholeGroup,
  type Atom,
  type Flat,
} from './atoms';
import { sliceBody, td, tdClass, wholeLines } from './cells';
import { reportCss } from './css';
import { fontFaces } from './fonts';
import type { PageSetup } from './page';
import type { Page } from './paginate';
import { esc, html, join, raw, type Html } from './tag';
import { withDigits } from '../../../core/thai';
import { REPORT_TERMS as T } from '../../../core/terms';

export interface DocumentParts {
  title: string;
  setup: PageSetup;
  body: Html;
  /**
   * Only printed (the paginated sheets): not laid out on screen, only in print (Chromium lays a
   * document out again for print anyway), which saves a layout and a paint per part. Its fonts are
   * then loaded by FONTS_READY_SCRIPT (pdf/printer.ts), as nothing on screen asks for them.
   */
  printOnly?: boolean;
  /** The measuring document: held unlaid-out until MEASURE_SCRIPT has loaded its fonts (MEASURE_HOLD_CSS). */
  measuring?: boolean;
}

/**
 * The measuring document's body is not laid out until MEASURE_SCRIPT has loaded every font and
 * removes this. Laid out at once, it was laid out first with fallback metrics (the web fonts load
 * only once a layout asks for them), then again when they came: two layouts of the whole slice
 * (the sample plan's, in a new renderer: ≈ 500 ms of layout instead of ≈ 250). Same heights.
 */
export const MEASURE_HOLD_CSS = '<style id="measure-hold">body { display: none; }</style>\n';

/**
 * How a print-only document skips the screen: its body's content is hidden on screen by
 * content-visibility, which keeps the boxes Chromium made (display: none would drop them). A
 * print lays the document out twice (once to count the pages, then to print them), going back to
 * the screen in between: with the boxes kept, the second layout reuses the first's lines and text
 * shaping (about a third less CPU per print; the pages are the same to the pixel).
 */
export const PRINT_ONLY_CSS = '<style>@media screen { body { content-visibility: hidden; } }</style>\n';

export function documentHtml(o: DocumentParts): string {
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; font-src data:; style-src 'unsafe-inline'; img-src data:">
<title>${esc(o.title)}</title>
<style>${fontFaces(o.setup.font)}</style>
<style>${reportCss(o.setup)}</style>
${o.printOnly ? PRINT_ONLY_CSS : ''}${o.measuring ? MEASURE_HOLD_CSS : ''}</head><body>
${o.body.value}
</body></html>`;
}

const tableOpen = (t: Table, attrs: Html = raw('')) =>
  html`<table class="grid${t.dense ? ' dense' : ''}" data-t="${t.id}"${attrs}>${colgroup(t)}${theadHtml(t)}`;

/** An atom outside tables, as HTML. */
function blockHtml(a: Atom): Html {
  switch (a.kind) {
    case 'title':
      return titleHtml(a.lines);
    case 'note':
      return noteHtml(a);
    case 'caption':
      return captionHtml(a.text);
    case 'signoff':
      return signoffHtml(a);
    default:
      return raw('');
  }
}

/** Atoms in order; consecutive atoms of one table share a <table> (its header printed once). */
function layout(
  f: Flat,
  items: { atom: number; html: (a: Atom, cols: number) => Html }[],
  tableAttrs: (t: number) => Html = () => raw(''),
): Html {
  const out: string[] = [];
  let open: number | null = null;
  const close = () => {
    if (open !== null) out.push('</table>');
    open = null;
  };
  for (const it of items) {
    const a = f.atoms[it.atom]!;
    const t = a.kind === 'caption' || !('table' in a) ? null : a.table;
    if (t === null) {
      close();
      out.push(it.html(a, 0).value);
      continue;
    }
    if (t !== open) {
      close();
      out.push(tableOpen(f.tables[t]!, tableAttrs(t)).value);
      open = t;
    }
    out.push(it.html(a, f.tables[t]!.columns.length).value);
  }
  close();
  return raw(out.join(''));
}

function atomHtml(a: Atom, cols: number): Html {
  switch (a.kind) {
    case 'heading':
      return html`<tbody>${headingHtml(a, cols)}</tbody>`;
    case 'row':
      return html`<tbody>${rowHtml(a)}</tbody>`;
    case 'empty':
      return html`<tbody>${emptyHtml(a.text, cols)}</tbody>`;
    case 'group':
      return groupHtml(a, wholeGroup(a.row), cols);
    default:
      return blockHtml(a);
  }
}

/** Every atom in order, without pages: what the report says, for tests and previews. */
export function flowHtml(title: string, setup: PageSetup, f: Flat): string {
  const body = layout(
    f,
    f.atoms.map((_, i) => ({ atom: i, html: atomHtml })),
  );
  return documentHtml({ title, setup, body: html`<div class="flow">${body}</div>` });
}

// ── measuring ──────────────────────────────────────────────────────────────────────────────────

/** A group measured: its lead cells full (with a "(ต่อ)" line) beside empty cells, then each row alone. */
function measureGroup(a: Extract<Atom, { kind: 'group' }>, cols: number): Html {
  const g = a.row;
  const lead = g.lead.map(
    (c, i) =>
      html`<td data-col="${i}"${tdClass(c) ? raw(` class="${tdClass(c)}"`) : ''}>${sliceBody(c, wholeLines(c), g.code)}</td>`,
  );
  const blanks = (n: number) => raw('<td></td>'.repeat(n));
  const first = g.lead.length;
  const rows = g.rows.map((r) => html`<tr data-r>${blanks(first)}${r.cells.map((c, i) => td(c, first + i))}</tr>`);
  return html`<tbody data-m="g"><tr data-lead>${lead}${cols > first ? raw(`<td colspan="${cols - first}"></td>`) : ''}</tr>${rows}<tr data-e>${blanks(first)}<td colspan="${cols - first}" class="muted">${g.empty ?? ''}</td></tr></tbody>`;
}

/** The measuring document: each atom carries data-m (its index); tables their headers data-th. */
export function measureHtml(title: string, setup: PageSetup, f: Flat, from = 0, to = f.atoms.length): string {
  const items = [];
  for (let i = from; i < to; i++) {
    items.push({
      atom: i,
      html: (a: Atom, cols: number) => {
        const inner = a.kind === 'group' ? measureGroup(a, cols) : atomHtml(a, cols);
        return raw(
          'table' in a && a.kind !== 'caption'
            ? inner.value.replace(
                /^<tbody( data-m="g")?/,
                `<tbody data-m="${i}"${a.kind === 'group' ? ' data-g="1"' : ''}`,
              )
            : `<div data-m="${i}">${inner.value}</div>`,
        );
      },
    });
  }
  const body = layout(f, items, (t) => raw(` data-th="${t}"`));
  return documentHtml({ title, setup, body: html`<div class="flow">${body}</div>`, measuring: true });
}

/**
 * What a script reading the measuring document's boxes waits for first: every font loaded, then the
 * document let be laid out (MEASURE_HOLD_CSS removed). Harmless in a document without the hold.
 */
export const MEASURE_READY = `Promise.all([...document.fonts].map((f) => f.load())).then(() => {
  document.getElementById('measure-hold')?.remove();
  return document.fonts.ready;
})`;

/**
 * Run in the measuring document: the height of each atom (px, as laid out), groups in detail, and
 * of each table's header. Returns JSON-able data; see paginate.ts's Measured.
 */
export const MEASURE_SCRIPT = `${MEASURE_READY}.then(() => {
  const h = (e) => e.getBoundingClientRect().height;
  const range = document.createRange();
  // The lines of a block: where each starts in its text, and how tall it is. Lines go down as the
  // text goes on, so a text node's lines start where a letter's box first lies below the line
  // before: found by halving (a few boxes asked per line, not one per letter), and a node whose
  // last line is the line before is passed with one question.
  const topAt = (n, i) => {
    for (; i < n.data.length; i++) {
      if (/\\s/.test(n.data[i])) continue;
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = range.getClientRects()[0];
      if (r) return { i, top: r.top };
    }
    return null;
  };
  const lines = (el) => {
    const box = el.getBoundingClientRect();
    const starts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    let last = -Infinity;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      range.selectNodeContents(n);
      const rects = range.getClientRects();
      let lo = 0;
      while (rects.length && rects[rects.length - 1].top > last + 2) {
        // The first letter from lo on lying below the line before (one exists: the last line's).
        let hi = n.data.length;
        let found = null;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const t = topAt(n, mid);
          if (t && t.top > last + 2) { found = t; hi = mid; }
          else lo = t ? t.i + 1 : hi;
        }
        if (!found) break; // only spaces below
        starts.push({ at: offset + found.i, top: starts.length ? found.top : box.top });
        last = found.top;
        lo = found.i + 1;
      }
      offset += n.data.length;
    }
    if (!starts.length) starts.push({ at: 0, top: box.top });
    return starts.map((s, k) => ({ at: s.at, h: (k + 1 < starts.length ? starts[k + 1].top : box.bottom) - s.top }));
  };
  const atoms = {};
  for (const e of document.querySelectorAll('[data-m]')) {
    const i = Number(e.dataset.m);
    if (!e.dataset.g) { atoms[i] = { h: h(e) }; continue; }
    const leadRow = e.querySelector('tr[data-lead]');
    const lead = [];
    let cont = 0;
    let pad = Infinity;
    for (const td of leadRow.querySelectorAll('td[data-col]')) {
      const c = td.querySelector(':scope > .cont');
      cont = Math.max(cont, c ? h(c) : 0);
      const list = td.querySelector(':scope > ul.bl');
      const units = [...(list ? list.children : td.children)].filter((u) => !u.classList.contains('cont'));
      const ls = units.flatMap((u, unit) => lines(u).map((l) => ({ unit, at: l.at, h: l.h })));
      pad = Math.min(pad, h(td) - (c ? h(c) : 0) - units.reduce((a, u) => a + h(u), 0));
      lead.push({ pad: 0, lines: ls });
    }
    for (const l of lead) l.pad = Math.max(0, pad);
    atoms[i] = { rows: [...e.querySelectorAll('tr[data-r]')].map(h), lead, cont, empty: h(e.querySelector('tr[data-e]')) };
  }
  const theads = {};
  for (const t of document.querySelectorAll('table[data-th]')) {
    if (!(t.dataset.th in theads)) theads[t.dataset.th] = h(t.querySelector('thead'));
  }
  return JSON.stringify({ atoms, theads });
})`;

// ── printed pages ──────────────────────────────────────────────────────────────────────────────

/** "หน้า ๑/๒๔" at the foot, or "- ๒ -" at the head from page 2. */
export function pageNumberHtml(setup: PageSetup, page: number, pages: number): Html {
  const n = (v: number) => withDigits(v, setup.digits);
  if (setup.pageNumbers === 'dash') return page === 1 ? raw('') : html`<div class="num head">- ${n(page)} -</div>`;
  return html`<div class="num foot">${T.page} ${n(page)}/${n(pages)}</div>`;
}

/** Sheets `from`..`to` (0-based, end excluded) of the paginated report, numbered of `total`. */
/** The HTML of sheets [from, to) of the paginated report, one per sheet (numbered as pages of the whole). */
export function sheetHtmls(setup: PageSetup, f: Flat, pages: Page[], from: number, to: number): Html[] {
  return pages.slice(from, to).map((p, k) => {
    const body = layout(
      f,
      p.pieces.map((piece) => ({
        atom: piece.atom,
        html: (a: Atom, cols: number) =>
          a.kind === 'group' && piece.part ? groupHtml(a, piece.part, cols) : atomHtml(a, cols),
      })),
    );
    return html`<div class="sheet">${pageNumberHtml(setup, from + k + 1, pages.length)}<div class="body">${body}</div></div>`;
  });
}

/** A print-only document of these sheets (sheetHtmls). */
export function sheetsDocument(title: string, setup: PageSetup, sheets: readonly Html[]): string {
  return documentHtml({ title, setup, body: join(sheets), printOnly: true });
}

export function pagesHtml(title: string, setup: PageSetup, f: Flat, pages: Page[], from: number, to: number): string {
  return sheetsDocument(title, setup, sheetHtmls(setup, f, pages, from, to));
}
