// Pieces the report builders share: tool and indicator headings, targets, evidence, signers.
import { percentDone } from '../../../core/rules';
import { REPORT_TERMS as T, SUB_INDICATOR } from '../../../core/terms';
import type { Evidence, Indicator, Item, Settings, StatusCounts } from '../../../core/types';
import { cell, type Cell, type HeadingRow, type Signer } from '../rows';
import type { Fmt } from './fmt';
import { linkLine } from '../../../core/lookAlike';

/** "๑) การปฏิบัติหน้าที่" */
export function indicatorTitle(ind: Pick<Indicator, 'number' | 'name'>, f: Fmt): string {
  return `${f.n(ind.number)}) ${ind.name}`;
}

/** What the heading rows have seen so far: the last tool, and the sub-indicator in this indicator. */
export interface HeadingState {
  tool: string | null;
  sub?: number | null;
}

/**
 * The heading rows in front of an indicator's rows: the tool's (the plan's own name for it) when it
 * changes, then the indicator's. `last` carries what was seen between calls.
 */
export function headingsFor(ind: Indicator, last: HeadingState, f: Fmt): HeadingRow[] {
  const out: HeadingRow[] = [];
  last.sub = null;
  if (ind.tool !== last.tool) {
    last.tool = ind.tool;
    out.push({ kind: 'heading', level: 'tool', text: ind.toolName, hidden: [`tool:${ind.tool}`] });
  }
  out.push({ kind: 'heading', level: 'indicator', text: indicatorTitle(ind, f), hidden: [`ind:${ind.number}`] });
  return out;
}

/**
 * "ตัวชี้วัดย่อยที่ ๙.๑ …" in front of an item whose sub-indicator is not the one before it (as the
 * plan screen heads them); nothing for an item outside any. Call after headingsFor for its indicator.
 */
export function subHeadingFor(
  ind: Indicator,
  item: Pick<Item, 'subIndicatorId'>,
  last: HeadingState,
  f: Fmt,
): HeadingRow[] {
  const id = item.subIndicatorId;
  if (id === (last.sub ?? null)) return [];
  last.sub = id;
  const sub = ind.subIndicators.find((s) => s.id === id);
  if (!sub) return [];
  return [
    {
      kind: 'heading',
      level: 'subIndicator',
      text: `${SUB_INDICATOR} ${f.n(sub.label)} ${sub.name}`,
      hidden: [`sub:${sub.id}`],
    },
  ];
}

/** "๑ ครั้ง" (target quantity and unit), or '' when the plan gives no number. */
export function targetText(a: { targetQty: number | null; targetUnit: string | null }, f: Fmt): string {
  if (a.targetQty === null) return '';
  return `${f.num(a.targetQty)}${a.targetUnit ? ' ' + a.targetUnit : ''}`;
}

/**
 * Evidence, one a line: "label: URL" in full, or "ไฟล์ name". A URL reported twice is listed once.
 * A look-alike domain (core/lookAlike.ts) is written in punycode, its Thai warning on the next line.
 */
export function evidenceLines(evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of evidence) {
    const key = e.kind === 'url' ? `u:${e.url ?? ''}` : `f:${e.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = e.label.trim() ? `${e.label.trim()}: ` : '';
    if (e.kind === 'url')
      out.push(
        ...linkLine(e.url ?? '')
          .split('\n')
          .map((l, i) => (i === 0 ? `${label}${l}` : l)),
      );
    else out.push(`${label}${T.file} ${e.fileName ?? ''}`);
  }
  return out;
}

/** The director's title as the settings give it (ผู้อำนวยการเขต by default). */
export function directorOf(settings: Pick<Settings, 'directorTitle'>): string {
  return settings.directorTitle || T.director;
}

export function signersOf(settings: Settings, which: ('reporter' | 'head' | 'director')[]): Signer[] {
  const all: Record<(typeof which)[number], Signer> = {
    reporter: { role: settings.reporterTitle || T.reporter, name: settings.reporterName },
    head: { role: settings.headTitle || T.headOfGovernance, name: settings.headOfGovernance },
    director: { role: directorOf(settings), name: settings.directorName },
  };
  return which.map((w) => all[w]);
}

/** A count: a number in Excel, "๑๒" in the PDF. */
export function countCell(n: number, f: Fmt, strong = false): Cell {
  return cell(f.num(n), { qty: { value: n, unit: '' }, align: 'center', strong });
}

/** Percent done, a whole percent as everywhere (core/rules.ts percentDone): "๖๗". */
export function percentCell(c: StatusCounts, f: Fmt, strong = false): Cell {
  const p = percentDone(c);
  return cell(f.n(p), { qty: { value: p, unit: '' }, align: 'center', strong });
}
