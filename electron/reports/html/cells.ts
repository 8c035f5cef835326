// A cell of the row model as HTML: its lines (or bullets), the code in bold, URLs as links printed
// in full, and Thai text that breaks only between words: a word Chromium would cut is kept whole
// (nowrap), a boundary it would not see is opened (<wbr>), so Chromium never breaks inside a word
// ("งบประ/มาณฯ") and no line starts with a vowel or tone mark.
import type { Cell } from '../rows';
import { SPACE_BEFORE_NO_START, thaiRunWords, thaiRuns, type RunWord } from '../../../core/thai';
import { esc, html, join, raw, type Html } from './tag';
import { REPORT_TERMS as T } from '../../../core/terms';

/**
 * Words longer than this are left to Chromium: kept whole they could overflow a narrow column, so
 * they may be cut where they must (class "bw": overflow-wrap: break-word). Words up to it are never
 * cut: one wider than its column overflows it, as a kept word always did (the reports' text has
 * overflow-wrap: normal, else Chromium would cut a word it cannot fit, and the next one with it).
 */
export const MAX_KEPT_WORD = 24;
/** Non-Thai text without spaces (a code, an address) this long may be cut where it must, as before. */
const CUTTABLE_TOKEN = /[^\s]{8,}/g;

/** True for an http(s) URL with a host: the only links a report makes clickable. */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A URL printed in full (it may wrap anywhere); an active link only when it is http(s). */
export function urlHtml(url: string): Html {
  const text = html`<span class="url">${url}</span>`;
  return isHttpUrl(url) ? html`<a href="${url}">${text}</a>` : text;
}

/**
 * thaiText's answers by text: a PDF builds each cell twice (measured, then printed) and again at
 * each export, and cutting Thai into words is most of building the HTML. Bounded: emptied when full.
 */
const thaiTextCache = new Map<string, string>();
const THAI_TEXT_CACHE_ENTRIES = 20_000;

/**
 * A run's words as Chromium must lay them out: breakable between them, never inside one. Chromium
 * already breaks Thai only at ICU's word boundaries (core/thai thaiRunWords), so most words are
 * plain text; a nowrap span keeps whole only a word ICU alone would cut (one mended for ฯ, ๆ or a
 * piece that cannot start a word), and a <wbr> opens only a boundary of ours ICU does not see.
 * Elements split Chromium's text into separately shaped items and cost style and layout time per
 * print, so the fewer the better.
 */
function thaiWordsHtml(words: RunWord[]): string {
  let out = '';
  for (const w of words) {
    if (w.breakBefore) out += '<wbr>';
    if (w.text.length > MAX_KEPT_WORD) out += `<span class="bw">${esc(w.text)}</span>`;
    else out += w.cutInside ? `<span class="w">${esc(w.text)}</span>` : esc(w.text);
  }
  return out;
}

/** Plain text (no URLs) with Thai words kept whole. */
export function thaiText(text: string): Html {
  const hit = thaiTextCache.get(text);
  if (hit !== undefined) return raw(hit);
  let out = '';
  // ๆ, ฯ and marks never start a line: a space before them does not break.
  for (const run of thaiRuns(text.replace(SPACE_BEFORE_NO_START, '\u00a0'), thaiRunWords)) {
    if ('text' in run) {
      out += esc(run.text).replace(CUTTABLE_TOKEN, (t) => `<span class="bw">${t}</span>`);
      continue;
    }
    out += thaiWordsHtml(run.words);
  }
  if (thaiTextCache.size >= THAI_TEXT_CACHE_ENTRIES) thaiTextCache.clear();
  thaiTextCache.set(text, out);
  return raw(out);
}

const URL_RE = /https?:\/\/[^\s<>"]+/g;

/** One line of a cell: text with its URLs as links. */
export function lineHtml(line: string): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const m of line.matchAll(URL_RE)) {
    if (m.index > at) parts.push(thaiText(line.slice(at, m.index)));
    parts.push(urlHtml(m[0]));
    at = m.index + m[0].length;
  }
  if (at < line.length) parts.push(thaiText(line.slice(at)));
  return join(parts);
}

/** The first line with its code in bold (when it starts with the code). */
function firstLine(line: string, code: string | undefined): Html {
  if (!code || !line.startsWith(code)) return lineHtml(line);
  return html`<b class="code">${code}</b>${lineHtml(line.slice(code.length))}`;
}

/**
 * The units of a cell, each a block element: a line (div) or a bullet (li inside one ul), so a
 * cell too tall for a page can be cut between units. `continued` adds "I1 (ต่อ)" first.
 */
export function cellUnits(c: Cell, from = 0, to = c.lines.length): Html[] {
  const lines = c.lines.slice(from, to);
  const line = (l: string, i: number) => (from + i === 0 ? firstLine(l, c.code) : lineHtml(l));
  if (c.bullet === 'each' && c.lines.length > 1) return lines.map((l, i) => html`<li>${line(l, i)}</li>`);
  if (c.bullet === 'one' && lines.length > 0) {
    return [html`<ul class="bl one"><li>${lines.map((l, i) => html`<div>${line(l, i)}</div>`)}</li></ul>`];
  }
  return lines.map((l, i) => html`<div>${line(l, i)}</div>`);
}

/** "I1 (ต่อ)" on top of a cell continued from the page before. */
const continuedHtml = (code: string | undefined) =>
  code ? html`<div class="cont"><b class="code">${code}</b> ${T.continued}</div>` : '';

/** The inside of a <td>. */
export function cellBody(c: Cell, from = 0, to = c.lines.length, continued?: string): Html {
  const units = cellUnits(c, from, to);
  const cont = continuedHtml(continued);
  if (c.bullet === 'each' && c.lines.length > 1) return html`${cont}<ul class="bl">${units}</ul>`;
  return html`${cont}${units}`;
}

/** Part of a cell's line: chars [from, to) of line `line` (to null: to its end). */
export interface Slice {
  line: number;
  from: number;
  to: number | null;
}

export const wholeLines = (c: Cell): Slice[] => c.lines.map((_, line) => ({ line, from: 0, to: null }));

/**
 * The inside of a lead cell showing only some of its text (a group continued over pages): each
 * slice a line or the rest of one; `continued` starts it with "I1 (ต่อ)". Bullets stay bullets, a
 * line continued from the page before without its bullet again.
 */
export function sliceBody(c: Cell, slices: Slice[], continued?: string): Html {
  const cont = continuedHtml(continued);
  const text = (s: Slice) => {
    const full = c.lines[s.line] ?? '';
    const part = full.slice(s.from, s.to ?? undefined);
    return s.line === 0 && s.from === 0 ? firstLine(part, c.code) : lineHtml(s.from > 0 ? part.trimStart() : part);
  };
  if (c.bullet === 'each' && c.lines.length > 1) {
    return html`${cont}<ul class="bl">${slices.map((s) => html`<li${s.from > 0 ? raw(' class="more"') : ''}>${text(s)}</li>`)}</ul>`;
  }
  return html`${cont}${slices.map((s) => html`<div>${text(s)}</div>`)}`;
}

export function tdClass(c: Cell): string {
  return [c.align === 'center' ? 'c' : '', c.strong ? 'b' : ''].filter(Boolean).join(' ');
}

/** A whole cell as a <td>; `col` is its column in the model (tests read the cells back by it). */
export function td(c: Cell, col: number, attrs: Html = raw('')): Html {
  const cls = tdClass(c);
  return html`<td data-col="${col}"${cls ? raw(` class="${cls}"`) : ''}${attrs}>${cellBody(c)}</td>`;
}
