// The reports' CSS, from the page setup: the font the PDF embeds at the sizes the settings give,
// tables with ruled cells, heading rows, the signature blocks, and the page boxes pages.ts fills.
import { contentBox, type PageSetup } from './page';

// A sheet is exactly one printed page: contain: strict makes it monolithic for Chromium's page
// fragmentation (a size-contained box is never split over pages), so printing does not look for page
// breaks inside its tables and lines. The pages are the same to the pixel, and the print costs less CPU.
export function reportCss(p: PageSetup): string {
  const box = contentBox(p);
  const font = `'${p.font.family}', sans-serif`;
  const t = p.textPt;
  const d = p.tablePt;
  // A one-page report fitted in smaller type (render.ts scaledSetup) has its cells' padding shrunk alike.
  const k = p.scale ?? 1;
  const mm = (n: number) => `${Math.round(n * k * 100) / 100}mm`;
  return `
@page { size: A4 ${p.orientation}; margin: 0; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${font}; font-size: ${t}pt; line-height: ${k < 1 ? 1.3 : 1.4}; color: #000; }
.w { white-space: nowrap; }
.bw { overflow-wrap: break-word; }
.url { overflow-wrap: anywhere; }
a { color: #0b3d91; text-decoration: none; }
b, .b { font-weight: 700; }
.muted { color: #444; }
.sheet { position: relative; width: ${p.width}mm; height: ${p.height}mm; overflow: hidden;
  break-after: page; page-break-after: always; contain: strict; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.body { position: absolute; left: ${p.margin.left}mm; top: ${p.margin.top}mm; width: ${box.width}mm; height: ${box.height}mm; }
.num { position: absolute; left: ${p.margin.left}mm; width: ${box.width}mm; text-align: center; font-size: ${t}pt; }
.num.foot { top: ${p.margin.top + box.height + Math.min(8, p.margin.bottom / 3)}mm; }
.num.head { top: ${Math.max(5, p.margin.top / 2 - 3)}mm; }
.flow { width: ${box.width}mm; }
.title { padding-bottom: 2mm; text-align: center; }
h1 { font-size: ${t + 2}pt; font-weight: 700; margin: 0; }
.sub { font-size: ${t}pt; font-weight: 700; margin: 0; }
h2.caption { font-size: ${t}pt; font-weight: 700; margin: 0; padding: ${mm(3)} 0 ${mm(1.5)}; }
p.note { margin: 0; padding: ${mm(1.5)} 0; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${t}pt; }
table.grid.dense { font-size: ${d}pt; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: ${mm(1)} ${mm(1.4)}; vertical-align: top; text-align: left; }
table.grid thead th { background: #e8e8e8; font-weight: 700; text-align: center; vertical-align: middle; }
table.grid td.c { text-align: center; }
tr.section td { background: #f2f2f2; font-weight: 700; }
tr.section.tool td { background: #dcdcdc; }
tr.section.item td { background: #fafafa; }
b.code { margin-right: 1.2mm; }
.cont { color: #444; }
ul.bl { margin: 0; padding-left: 4mm; }
ul.bl li { margin: 0; }
ul.bl li.more { list-style: none; }
.signoff { padding-top: ${mm(5)}; }
.orders { border: 0.6pt solid #000; padding: 2mm 3mm; margin-bottom: 4mm; }
.orders .label { font-weight: 700; }
.orders .dots { border-bottom: 0.6pt dotted #000; height: 8mm; }
.signs { display: flex; justify-content: space-around; gap: 6mm; }
.sign { flex: 1; text-align: center; }
.sign .line { margin-top: ${mm(10)}; }
.sign .label { font-weight: 700; }
`;
}
