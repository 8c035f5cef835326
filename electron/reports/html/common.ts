// Pieces several reports share: tool and indicator headings, the title block, timeframes.
import type { Activity, Indicator, Tool } from '../../../core/types';
import { esc, type Fmt } from './layout';

export const TOOL_TITLES: Record<Tool, string> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (Internal Integrity and Transparency Assessment : IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (External Integrity and Transparency Assessment : EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)',
};

/** "๑) การปฏิบัติหน้าที่" */
export function indicatorTitle(ind: Pick<Indicator, 'number' | 'name'>, f: Fmt): string {
  return `${f.n(ind.number)}) ${ind.name}`;
}

/** A full-width heading row of a table (tool or indicator). */
export function sectionRow(text: string, cols: number, kind: 'tool' | 'indicator'): string {
  return `<tr class="section ${kind}"><td colspan="${cols}">${esc(text)}</td></tr>`;
}

/** "ธ.ค. ๖๕ – พ.ค. ๖๖", one month alone, or ''. */
export function timeframe(a: Pick<Activity, 'startMonth' | 'endMonth'>, f: Fmt): string {
  if (a.startMonth && a.endMonth && a.startMonth !== a.endMonth) {
    return `${f.month(a.startMonth)} – ${f.month(a.endMonth)}`;
  }
  const one = a.endMonth ?? a.startMonth;
  return one ? f.month(one) : '';
}

/** "๑ / ๒ ครั้ง" style target, or the output text when there is no number. */
export function target(a: { targetQty: number | null; targetUnit: string | null }, f: Fmt): string {
  if (a.targetQty === null) return '';
  return `${f.num(a.targetQty)}${a.targetUnit ? ' ' + a.targetUnit : ''}`;
}

/** The heading block: title lines centred, escaped. */
export function titleBlock(title: string, sub: string[], meta?: string): string {
  return (
    `<h1>${esc(title)}</h1>` +
    sub.map((s) => `<p class="sub">${esc(s)}</p>`).join('') +
    (meta ? `<p class="meta">${esc(meta)}</p>` : '')
  );
}

export function colgroup(widths: number[]): string {
  return `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
}

export function headRow(cells: string[], classes: string[] = []): string {
  return `<thead><tr>${cells.map((c, i) => `<th class="${classes[i] ?? ''}">${esc(c)}</th>`).join('')}</tr></thead>`;
}
