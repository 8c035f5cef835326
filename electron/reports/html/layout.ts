// The document shell every report shares: A4 landscape pages, Sarabun inlined, page numbers in the
// bottom margin box ("หน้า ๑/๒๔"), table rules (header repeated on every page, rows kept whole),
// and the small formatting helpers. Everything that reaches the HTML goes through esc().
import { formatDate, formatMonthShort, formatNumber, withDigits, type DigitStyle } from '../../../core/thai';
import type { Settings } from '../../../core/types';
import { REPORT_FONT_FAMILY, sarabunFontFaces } from './fonts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text (also for attribute values). Control characters other than tab/newline are dropped. */
export function esc(value: unknown): string {
  return (
    String(value ?? '')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
  );
}

/** Digit style and formatters bound to the office's setting. */
export interface Fmt {
  digits: DigitStyle;
  n(value: string | number): string;
  num(value: number): string;
  month(month: string): string;
  date(iso: string): string;
}

export function fmtFor(settings: Pick<Settings, 'numerals'>): Fmt {
  const digits: DigitStyle = settings.numerals === 'arabic' ? 'arabic' : 'thai';
  return {
    digits,
    n: (v) => withDigits(v, digits),
    num: (v) => formatNumber(v, digits),
    month: (m) => formatMonthShort(m, digits),
    date: (d) => formatDate(d, digits),
  };
}

/** Text with its line breaks kept (each line escaped). */
export function lines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(esc)
    .join('<br>');
}

/** Several lines as a bulleted list; a single line stays plain text. */
export function bullets(text: string): string {
  const parts = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•]\s*/, '').trim())
    .filter((l) => l !== '');
  if (parts.length <= 1) return esc(parts[0] ?? '');
  return `<ul class="bl">${parts.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`;
}

/** True for an http(s) URL with a host: the only links a report makes clickable. */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A URL printed in full (wrapping anywhere); an active link only when it is http(s). */
export function urlText(url: string): string {
  const text = `<span class="url">${esc(url)}</span>`;
  return isHttpUrl(url) ? `<a href="${esc(url)}">${text}</a>` : text;
}

export interface DocOptions {
  title: string;
  settings: Pick<Settings, 'numerals'>;
  body: string;
  /** Extra CSS for this report. */
  css?: string;
}

const BASE_CSS = `
@page {
  size: A4 landscape;
  margin: 12mm 10mm 14mm 10mm;
  @bottom-center { content: "หน้า " counter(page, COUNTER) "/" counter(pages, COUNTER);
    font-family: FONT; font-size: 10pt; color: #000; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: FONT; font-size: 10.5pt; line-height: 1.35; color: #000;
  overflow-wrap: break-word; word-break: normal; line-break: auto; }
h1 { font-size: 15pt; font-weight: 700; text-align: center; margin: 0 0 1mm; }
.sub { text-align: center; font-size: 12.5pt; font-weight: 700; margin: 0 0 3mm; }
.meta { text-align: center; margin: 0 0 3mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; }
table.grid thead { display: table-header-group; }
table.grid thead th { background: #e8e8e8; font-weight: 700; text-align: center; vertical-align: middle; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tbody.keep { break-inside: avoid; page-break-inside: avoid; }
tr.section td { background: #f2f2f2; font-weight: 700; break-after: avoid; page-break-after: avoid; }
tr.section.tool td { background: #dcdcdc; }
td.code { font-weight: 700; white-space: nowrap; }
td.c, th.c { text-align: center; }
td.r { text-align: right; }
.url { overflow-wrap: anywhere; word-break: normal; }
a { color: #0b3d91; text-decoration: none; }
ul.bl { margin: 0; padding-left: 4mm; }
ul.bl li { margin: 0; }
.muted { color: #555; }
.nowrap { white-space: nowrap; }
.keep-together { break-inside: avoid; page-break-inside: avoid; }
`;

/** A complete, self-contained HTML document (fonts inlined; no scripts, no external resources). */
export function documentHtml(o: DocOptions): string {
  const counter = o.settings.numerals === 'arabic' ? 'decimal' : 'thai';
  const font = `'${REPORT_FONT_FAMILY}', sans-serif`;
  const css = BASE_CSS.replaceAll('COUNTER', counter).replaceAll('FONT', font) + (o.css ?? '');
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; font-src data:; style-src 'unsafe-inline'; img-src data:">
<title>${esc(o.title)}</title>
<style>${sarabunFontFaces()}</style>
<style>${css}</style>
</head><body>
${o.body}
</body></html>`;
}
