// Pieces several reports share: indicator headings, section rows, table heads. The wording of a
// cell (timeframe, target, responsible, monitoring) is core/rules.ts's.
import type { Indicator } from '../../../core/types';
import { esc, type Fmt } from './layout';

/** "๑) การปฏิบัติหน้าที่" */
export function indicatorTitle(ind: Pick<Indicator, 'number' | 'name'>, f: Fmt): string {
  return `${f.n(ind.number)}) ${ind.name}`;
}

/** A full-width heading row of a table (tool or indicator). */
export function sectionRow(text: string, cols: number, kind: 'tool' | 'indicator'): string {
  return `<tr class="section ${kind}"><td colspan="${cols}">${esc(text)}</td></tr>`;
}

export function colgroup(widths: number[]): string {
  return `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
}

export function headRow(cells: string[], classes: string[] = []): string {
  return `<thead><tr>${cells.map((c, i) => `<th class="${classes[i] ?? ''}">${esc(c)}</th>`).join('')}</tr></thead>`;
}
