// A Word file (.docx) → rows: the body's paragraphs and the rows of its tables (w:tbl/w:tr/w:tc),
// read with jszip and an XML DOM (@xmldom/xmldom), never with patterns over the XML. A cell's
// w:gridSpan covers the cells to its right, w:vMerge (continue) covers it from the cell above;
// numbered and bulleted paragraphs (w:numPr, numbering.xml) become list entries; hard page breaks,
// w:lastRenderedPageBreak and a new table mark where a page began.

import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { AppError } from '../../../core/errors';
import { checkZip } from '../../zipCheck';
import type { SourceCell, SourceDoc, SourceRow } from '../table';
import { DOCX_MESSAGES, FILE_MESSAGES } from '../../../core/terms';

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
const NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MAX_SPAN = 200;

type El = Element;

const isW = (n: Node, local: string): n is El =>
  n.nodeType === 1 && (n as El).localName === local && NS.has((n as El).namespaceURI ?? '');
const kids = (n: Node): El[] => {
  const out: El[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as El);
  return out;
};
const child = (n: Node, local: string): El | undefined => kids(n).find((c) => isW(c, local));
const wAttr = (el: El | undefined, local: string): string | null => {
  if (!el) return null;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && a.localName === local) return a.value;
  }
  return null;
};

/** numId → ilvl → numFmt ('bullet', 'decimal', …), from word/numbering.xml. */
type Numbering = Map<string, Map<string, string>>;

function readNumbering(xml: Document | null): Numbering {
  const out: Numbering = new Map();
  if (!xml) return out;
  const abstract = new Map<string, Map<string, string>>();
  for (const an of kids(xml.documentElement!)) {
    if (!isW(an, 'abstractNum')) continue;
    const levels = new Map<string, string>();
    for (const lvl of kids(an)) {
      if (isW(lvl, 'lvl')) levels.set(wAttr(lvl, 'ilvl') ?? '0', wAttr(child(lvl, 'numFmt'), 'val') ?? 'decimal');
    }
    abstract.set(wAttr(an, 'abstractNumId') ?? '', levels);
  }
  for (const num of kids(xml.documentElement!)) {
    if (!isW(num, 'num')) continue;
    const levels = abstract.get(wAttr(child(num, 'abstractNumId'), 'val') ?? '');
    if (levels) out.set(wAttr(num, 'numId') ?? '', levels);
  }
  return out;
}

interface ParaState {
  numbering: Numbering;
  /** Per numbered list in the current cell: the next number. */
  counters: Map<string, number>;
  pageBreak: boolean;
}

/** One w:p → its text with a list marker, or null for an empty paragraph. */
function paragraphText(p: El, st: ParaState): string | null {
  let text = '';
  const pPr = child(p, 'pPr');
  if (pPr && (child(pPr, 'pageBreakBefore') || child(pPr, 'sectPr'))) st.pageBreak = true;
  const walk = (n: Node) => {
    for (const c of kids(n)) {
      if (isW(c, 't')) text += c.textContent ?? '';
      else if (isW(c, 'tab')) text += ' ';
      else if (isW(c, 'br')) {
        if (wAttr(c, 'type') === 'page') st.pageBreak = true;
        else text += '\n';
      } else if (isW(c, 'cr')) text += '\n';
      else if (isW(c, 'lastRenderedPageBreak')) st.pageBreak = true;
      else if (isW(c, 'noBreakHyphen')) text += '-';
      else if (isW(c, 'sym')) text += '•';
      else if (isW(c, 'del') || isW(c, 'delText') || isW(c, 'pPr') || isW(c, 'rPr') || isW(c, 'instrText')) continue;
      else walk(c);
    }
  };
  walk(p);
  const numPr = pPr ? child(pPr, 'numPr') : undefined;
  const numId = wAttr(child(numPr ?? p, 'numId'), 'val');
  if (numPr && numId && numId !== '0' && text.trim() !== '') {
    const ilvl = wAttr(child(numPr, 'ilvl'), 'val') ?? '0';
    const fmt = st.numbering.get(numId)?.get(ilvl) ?? 'bullet';
    if (fmt === 'bullet' || fmt === 'none') text = `- ${text}`;
    else {
      const key = `${numId}/${ilvl}`;
      const n = st.counters.get(key) ?? 1;
      st.counters.set(key, n + 1);
      text = `${n}) ${text}`;
    }
  }
  const t = text.replace(/[ \t\u00A0]+/g, ' ').trim();
  return t === '' ? null : t;
}

function cellText(tc: El, st: ParaState): string {
  st.counters = new Map();
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (const c of kids(n)) {
      if (isW(c, 'p')) {
        const t = paragraphText(c, st);
        if (t !== null) parts.push(t);
      } else if (isW(c, 'tbl')) {
        for (const tr of kids(c)) if (isW(tr, 'tr')) for (const inner of kids(tr)) if (isW(inner, 'tc')) walk(inner);
      } else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) walk(c);
    }
  };
  walk(tc);
  return parts.join('\n');
}

interface Open {
  text: string;
  originLine: number;
}

function tableRows(tbl: El, firstLine: number, breakBefore: boolean, st: ParaState): SourceRow[] {
  const rows: SourceRow[] = [];
  /** The cell above each grid column, for vMerge continue. */
  const above: (Open | undefined)[] = [];
  let pendingBreak = breakBefore;
  const trs: El[] = [];
  const collect = (n: Node) => {
    for (const c of kids(n)) {
      if (isW(c, 'tr')) trs.push(c);
      else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) collect(c);
    }
  };
  collect(tbl);
  for (const tr of trs) {
    const line = firstLine + rows.length;
    const cells: SourceCell[] = [];
    st.pageBreak = false;
    const trPr = child(tr, 'trPr');
    const before = Number(wAttr(child(trPr ?? tr, 'gridBefore'), 'val') ?? '0') || 0;
    for (let k = 0; k < Math.min(before, MAX_SPAN); k++) cells.push({ text: '', merged: 'none' });
    const tcs: El[] = [];
    const collectCells = (n: Node) => {
      for (const c of kids(n)) {
        if (isW(c, 'tc')) tcs.push(c);
        else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) collectCells(c);
      }
    };
    collectCells(tr);
    for (const tc of tcs) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.min(MAX_SPAN, Math.max(1, Number(wAttr(child(tcPr ?? tc, 'gridSpan'), 'val') ?? '1') || 1));
      const vMerge = tcPr ? child(tcPr, 'vMerge') : undefined;
      const col = cells.length;
      const continues = vMerge !== undefined && (wAttr(vMerge, 'val') ?? 'continue') === 'continue';
      const origin = continues ? above[col] : undefined;
      const text = origin ? origin.text : cellText(tc, st);
      for (let k = 0; k < span; k++) {
        if (origin) cells.push({ text, merged: 'above', originLine: origin.originLine });
        else if (k > 0) cells.push({ text, merged: 'left', originLine: line });
        else cells.push({ text, merged: 'none' });
        above[col + k] = origin ?? { text, originLine: line };
      }
    }
    rows.push({ line, cells, pageBreakBefore: pendingBreak || st.pageBreak, outsideTable: false });
    pendingBreak = false;
  }
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (const row of rows) while (row.cells.length < width) row.cells.push({ text: '', merged: 'none' });
  return rows;
}

function parseXml(text: string, part: string, name: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(text, 'application/xml');
  if (errors.length > 0 || !doc.documentElement) {
    throw new AppError('invalidInput', DOCX_MESSAGES.damagedPart(name, part));
  }
  return doc as unknown as Document;
}

/** Reads a .docx; a file that is not one is refused with a Thai message naming it. */
export async function readDocx(name: string, data: Uint8Array): Promise<SourceDoc> {
  if (data.byteLength === 0) throw new AppError('invalidInput', FILE_MESSAGES.empty(name));
  if (data.byteLength > MAX_DOCX_BYTES) {
    throw new AppError('tooLarge', FILE_MESSAGES.tooLarge(name, MAX_DOCX_BYTES / 1024 / 1024));
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  checkZip(name, buf, DOCX_MESSAGES.kind);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw new AppError('invalidInput', DOCX_MESSAGES.unopenable(name));
  }
  const main = zip.file('word/document.xml');
  if (!main) {
    throw new AppError('invalidInput', DOCX_MESSAGES.noDocument(name));
  }
  const doc = parseXml(await main.async('string'), 'document.xml', name);
  const numberingFile = zip.file('word/numbering.xml');
  const numbering = readNumbering(
    numberingFile ? parseXml(await numberingFile.async('string'), 'numbering.xml', name) : null,
  );
  const body = kids(doc.documentElement!).find((c) => isW(c, 'body'));
  const rows: SourceRow[] = [];
  const st: ParaState = { numbering, counters: new Map(), pageBreak: false };
  let tables = 0;
  let pageBreak = false;
  const walk = (n: Node) => {
    for (const c of kids(n)) {
      if (isW(c, 'p')) {
        st.counters = new Map();
        st.pageBreak = false;
        const text = paragraphText(c, st);
        pageBreak ||= st.pageBreak;
        if (text === null) continue;
        for (const line of text.split('\n')) {
          rows.push({
            line: rows.length + 1,
            cells: [{ text: line, merged: 'none' }],
            pageBreakBefore: pageBreak,
            outsideTable: true,
          });
          pageBreak = false;
        }
      } else if (isW(c, 'tbl')) {
        rows.push(...tableRows(c, rows.length + 1, pageBreak || tables > 0, st));
        tables++;
        pageBreak = false;
      } else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) walk(c);
    }
  };
  if (body) walk(body);
  return { kind: 'docx', rows, problems: [] };
}
