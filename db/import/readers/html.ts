// HTML → rows: the clipboard's text/html of a Word (or LibreOffice, browser) table, a saved .html,
// and the HTML fragments the PDF-to-text export left inside cells. Parsed by parse5 (the HTML
// standard's own algorithm, so Word's <o:p>, conditional comments and unclosed tags parse as a
// browser would); rowspan/colspan are expanded into covered cells, Word's list paragraphs
// (mso-list) and <li> become list entries, <p>/<br> line breaks.

import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes as P } from 'parse5';
import type { SourceCell, SourceDoc, SourceRow } from '../table';

type Node = P.ChildNode | P.Document | P.DocumentFragment;
type Element = P.Element;

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'xml', 'noscript', 'iframe', 'object']);
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'dd',
  'dt',
  'section',
  'article',
  'pre',
  'center',
  'address',
]);
/** Cell size limits: a real plan's table is a few hundred rows of ~10 cells. */
const MAX_SPAN = 200;

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const style = (el: Element): string => (attr(el, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
const children = (n: Node): P.ChildNode[] => ('childNodes' in n ? n.childNodes : []);

function hidden(el: Element): boolean {
  const s = style(el);
  return s.includes('display:none') || s.includes('visibility:hidden') || attr(el, 'hidden') !== undefined;
}

/** Word marks a hard page break as <br style="page-break-before:always"> or a page-break style on a block. */
function breaksPage(el: Element): boolean {
  const s = style(el);
  return /page-break-before:always|break-before:page|mso-special-character:line-break;page-break-before/.test(s);
}

/** Text of a list marker span Word writes before a list paragraph (mso-list:Ignore): "1)" kept, a glyph → "- ". */
function listMarker(raw: string): string {
  const t = raw.replace(/[\s\u00A0]+/g, ' ').trim();
  const numbered = /^\(?[0-9\u0E50-\u0E59]{1,3}[.)]|^\(?[a-zA-Z\u0E01-\u0E2E][.)]$/.exec(t);
  return numbered ? `${numbered[0]} ` : '- ';
}

class TextBuilder {
  readonly paragraphs: string[] = [];
  private current = '';
  add(text: string): void {
    this.current += text;
  }
  flush(): void {
    const t = this.current
      .replace(/[ \t\r\n\f\u00A0]+/g, ' ')
      .replace(/^ /, '')
      .replace(/ $/, '');
    if (t !== '') this.paragraphs.push(t);
    this.current = '';
  }
}

function textOf(node: Node, out: TextBuilder, pageBreak: { seen: boolean }): void {
  for (const child of children(node)) {
    if (child.nodeName === '#text') {
      out.add((child as P.TextNode).value);
      continue;
    }
    if (!isElement(child)) continue;
    const name = child.tagName.toLowerCase();
    if (SKIPPED.has(name) || hidden(child)) continue;
    if (breaksPage(child)) pageBreak.seen = true;
    if (name === 'br') {
      out.flush();
      continue;
    }
    if (name === 'span' && /mso-list:ignore/.test(style(child))) {
      const marker = new TextBuilder();
      textOf(child, marker, pageBreak);
      marker.flush();
      out.add(listMarker(marker.paragraphs.join(' ')));
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) out.flush();
    if (name === 'li') out.add(liMarker(child));
    if (name === 'td' || name === 'th') out.add(' ');
    textOf(child, out, pageBreak);
    if (block) out.flush();
  }
}

function liMarker(li: Element): string {
  const list = li.parentNode && isElement(li.parentNode as Node) ? (li.parentNode as Element) : null;
  if (!list || list.tagName.toLowerCase() !== 'ol') return '- ';
  const start = Number(attr(list, 'start') ?? '1') || 1;
  const index = list.childNodes.filter((c) => isElement(c) && c.tagName.toLowerCase() === 'li').indexOf(li);
  return `${start + index}) `;
}

/** The text of an element (or fragment): paragraphs joined by '\n'. */
export function elementText(node: Node): string {
  const out = new TextBuilder();
  textOf(node, out, { seen: false });
  out.flush();
  return out.paragraphs.join('\n');
}

/** A cell's HTML fragment (as the PDF export left in pasted text) → its text. */
export function htmlFragmentText(html: string): string {
  return elementText(parseFragment(html));
}

interface Pending {
  text: string;
  originLine: number;
  rowsLeft: number;
}

/** One <table> → rows, its merges expanded: every row gets as many cells as the widest row. */
function tableRows(table: Element, firstLine: number, pageBreakBefore: boolean): SourceRow[] {
  const trs: Element[] = [];
  const collect = (n: Node) => {
    for (const c of children(n)) {
      if (!isElement(c)) continue;
      const name = c.tagName.toLowerCase();
      if (name === 'tr') trs.push(c);
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') collect(c);
    }
  };
  collect(table);
  const pending: (Pending | undefined)[] = [];
  const rows: SourceRow[] = [];
  let breakNext = pageBreakBefore;
  trs.forEach((tr, r) => {
    const line = firstLine + r;
    const cells: SourceCell[] = [];
    const pageBreak = { seen: breaksPage(tr) };
    let col = 0;
    const fillPending = () => {
      while (pending[col]) {
        const p = pending[col] as Pending;
        cells[col] = { text: p.text, merged: 'above', originLine: p.originLine };
        p.rowsLeft--;
        if (p.rowsLeft <= 0) pending[col] = undefined;
        col++;
      }
    };
    for (const td of children(tr)) {
      if (!isElement(td)) continue;
      const name = td.tagName.toLowerCase();
      if (name !== 'td' && name !== 'th') continue;
      fillPending();
      const text = cellText(td, pageBreak);
      const colspan = Math.min(MAX_SPAN, Math.max(1, Number(attr(td, 'colspan') ?? '1') || 1));
      const rowspan = Math.min(MAX_SPAN, Math.max(1, Number(attr(td, 'rowspan') ?? '1') || 1));
      for (let k = 0; k < colspan; k++) {
        cells[col + k] = k === 0 ? { text, merged: 'none' } : { text, merged: 'left', originLine: line };
        if (rowspan > 1) pending[col + k] = { text, originLine: line, rowsLeft: rowspan - 1 };
      }
      col += colspan;
    }
    fillPending();
    for (let c = col; c < pending.length; c++) {
      const p = pending[c];
      if (!p) continue;
      cells[c] = { text: p.text, merged: 'above', originLine: p.originLine };
      p.rowsLeft--;
      if (p.rowsLeft <= 0) pending[c] = undefined;
    }
    for (let c = 0; c < cells.length; c++) cells[c] ??= { text: '', merged: 'none' };
    rows.push({ line, cells, pageBreakBefore: breakNext || pageBreak.seen, outsideTable: false });
    breakNext = false;
  });
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (const row of rows) while (row.cells.length < width) row.cells.push({ text: '', merged: 'none' });
  return rows;
}

function cellText(td: Element, pageBreak: { seen: boolean }): string {
  const out = new TextBuilder();
  textOf(td, out, pageBreak);
  out.flush();
  return out.paragraphs.join('\n');
}

/** A whole HTML document (or the clipboard's fragment) → rows: tables' rows and the paragraphs around them. */
export function readHtml(html: string): SourceDoc {
  const doc = parse(html);
  const rows: SourceRow[] = [];
  let tables = 0;
  let pageBreak = false;
  const paragraph = new TextBuilder();
  const flushParagraphs = () => {
    paragraph.flush();
    for (const text of paragraph.paragraphs.splice(0)) {
      rows.push({
        line: rows.length + 1,
        cells: [{ text, merged: 'none' }],
        pageBreakBefore: pageBreak,
        outsideTable: true,
      });
      pageBreak = false;
    }
  };
  const walk = (node: Node) => {
    for (const child of children(node)) {
      if (child.nodeName === '#text') {
        paragraph.add((child as P.TextNode).value);
        continue;
      }
      if (!isElement(child)) continue;
      const name = child.tagName.toLowerCase();
      if (SKIPPED.has(name) || hidden(child)) continue;
      if (breaksPage(child)) {
        flushParagraphs();
        pageBreak = true;
      }
      if (name === 'table') {
        flushParagraphs();
        rows.push(...tableRows(child, rows.length + 1, pageBreak || tables > 0));
        tables++;
        pageBreak = false;
        continue;
      }
      if (name === 'br') {
        paragraph.flush();
        continue;
      }
      const block = BLOCKS.has(name);
      if (block) paragraph.flush();
      walk(child);
      if (block) paragraph.flush();
    }
  };
  walk(doc);
  flushParagraphs();
  return { kind: 'html', rows, problems: [] };
}

/** True when the text is HTML with a table in it (the clipboard's text/html, a saved page). */
export function looksLikeHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text.slice(0, 200_000));
}
