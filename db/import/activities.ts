// One item's columns → its activities. The activity cell's bullets are the activities; the
// outputs, awareness and timeframe columns are lined up with them by position.

import type { ImportProblem, Monitoring, ParsedActivity } from './types';
import type { Column } from './cells';
import { parseTarget, parseMonitoring } from './outputs';
import { parseResponsible } from './divisions';
import { parseTimeframes, type MonthRange } from './timeframe';
import { fiscalMonths, formatMonthShort } from '../../core/thai/dates';
import { atLine } from './guards';

export interface Source {
  line: number;
  text: string;
}

export interface ItemColumns {
  code: string;
  line: number;
  activities: Column;
  outputs: Column;
  awareness: Column;
  /** Raw cell text per row, kept with the row's line for precise problems. */
  timeframe: Source[];
  responsible: Source[];
  monitoring: Source[];
}

export interface BuildContext {
  fiscalYear: number | null;
  monthFrequency: Map<string, number>;
  divisions: readonly string[];
  problems: ImportProblem[];
  unknownDivisions: string[];
}

const warn = (ctx: BuildContext, line: number, message: string) =>
  ctx.problems.push({ line, severity: 'warning', message: atLine(line, message) });

/**
 * Spread a column over n activities:
 * - as many entries as activities: one each;
 * - more entries than activities: the extra ones belong to the last activity, joined by a line
 *   break (in the seed: a single activity published on a website *and* at a meeting);
 * - a single awareness entry is a channel for the whole item: every activity gets it;
 * - otherwise fewer entries than activities: by position, the rest left empty, and reported.
 *   A single output is not copied: it is a countable target, and copying it would count it
 *   once per activity (seed O24, O27: "เผยแพร่ ๑ ช่องทาง" belongs to the publishing activity
 *   only, which comes first).
 */
export function spread(values: string[], n: number, shareSingle: boolean): { values: string[]; ambiguous: boolean } {
  const k = values.length;
  if (k === n) return { values: [...values], ambiguous: false };
  if (k === 0) return { values: Array<string>(n).fill(''), ambiguous: false };
  if (k === 1 && shareSingle) return { values: Array<string>(n).fill(values[0] as string), ambiguous: false };
  if (k > n) return { values: [...values.slice(0, n - 1), values.slice(n - 1).join('\n')], ambiguous: false };
  return { values: [...values, ...Array<string>(n - k).fill('')], ambiguous: true };
}

function ranges(ctx: BuildContext, item: ItemColumns): MonthRange[] {
  const out: MonthRange[] = [];
  for (const src of item.timeframe) {
    for (const r of parseTimeframes(src.text, ctx.fiscalYear, ctx.monthFrequency)) {
      for (const fix of r.repaired) {
        if (fix.month) {
          warn(
            ctx,
            src.line,
            `ข้อ ${item.code}: เดือน "${fix.written}" สะกดไม่ถูกต้อง อ่านเป็น ${formatMonthShort(fix.month)} — โปรดตรวจสอบ`,
          );
        } else {
          warn(ctx, src.line, `ข้อ ${item.code}: อ่านเดือน "${fix.written}" ไม่ได้ จึงเว้นไว้ — โปรดระบุเดือนเอง`);
        }
      }
      if (r.start && r.end && r.start > r.end) {
        warn(ctx, src.line, `ข้อ ${item.code}: ระยะเวลา "${r.text}" เดือนเริ่มอยู่หลังเดือนสิ้นสุด — โปรดตรวจสอบ`);
      }
      if (ctx.fiscalYear !== null && r.start && r.end) {
        const months = fiscalMonths(ctx.fiscalYear);
        if (!months.includes(r.start) || !months.includes(r.end)) {
          warn(ctx, src.line, `ข้อ ${item.code}: ระยะเวลา "${r.text}" อยู่นอกปีงบประมาณ พ.ศ. ${ctx.fiscalYear}`);
        }
      }
      out.push(r);
    }
  }
  return out;
}

export function buildActivities(ctx: BuildContext, item: ItemColumns): ParsedActivity[] {
  const texts = [...item.activities.segments];
  if (texts.length === 0) {
    if (item.outputs.segments.length === 0 && item.awareness.segments.length === 0) {
      warn(ctx, item.line, `ข้อ ${item.code}: ไม่มีกิจกรรมที่จะดำเนินการ`);
      return [];
    }
    warn(ctx, item.line, `ข้อ ${item.code}: มีผลผลิตหรือวิธีสร้างการรับรู้ แต่ไม่มีกิจกรรม — สร้างกิจกรรมว่างไว้หนึ่งรายการ`);
    texts.push('');
  }
  const n = texts.length;
  const outputs = spread(item.outputs.segments, n, false);
  const awareness = spread(item.awareness.segments, n, true);
  if (outputs.ambiguous) {
    warn(
      ctx,
      item.line,
      `ข้อ ${item.code}: มีผลผลิต ${item.outputs.segments.length} รายการ แต่มี ${n} กิจกรรม — จับคู่ตามลำดับ กิจกรรมที่เหลือไม่มีผลผลิต โปรดตรวจสอบ`,
    );
  }
  if (awareness.ambiguous) {
    warn(
      ctx,
      item.line,
      `ข้อ ${item.code}: มีวิธีสร้างการรับรู้ ${item.awareness.segments.length} รายการ แต่มี ${n} กิจกรรม — จับคู่ตามลำดับ กิจกรรมที่เหลือไม่มีวิธีสร้างการรับรู้ โปรดตรวจสอบ`,
    );
  }

  const timeText = item.timeframe
    .map((s) => s.text)
    .join(' ')
    .trim();
  const rs = ranges(ctx, item);
  if (rs.length === 0) {
    warn(
      ctx,
      item.line,
      timeText
        ? `ข้อ ${item.code}: อ่านระยะเวลาแล้วเสร็จ "${timeText}" ไม่ได้ — โปรดระบุเดือนเอง`
        : `ข้อ ${item.code}: ไม่ระบุระยะเวลาแล้วเสร็จ`,
    );
  } else if (rs.length !== 1 && rs.length !== n) {
    warn(ctx, item.line, `ข้อ ${item.code}: มีระยะเวลา ${rs.length} ช่วง แต่มี ${n} กิจกรรม — จับคู่ตามลำดับ`);
  }
  const rangeFor = (i: number): MonthRange | null =>
    rs.length === 0 ? null : rs.length === 1 ? (rs[0] ?? null) : (rs[Math.min(i, rs.length - 1)] ?? null);

  const responsibleText = item.responsible
    .map((s) => s.text)
    .filter(Boolean)
    .join('/');
  const resp = parseResponsible(responsibleText, ctx.divisions);
  for (const unknown of resp.unknown) {
    const line = item.responsible.find((s) => s.text.includes(unknown))?.line ?? item.line;
    warn(ctx, line, `ข้อ ${item.code}: ไม่รู้จักผู้รับผิดชอบ "${unknown}" ในรายชื่อฝ่าย — เก็บไว้ตามที่เขียน โปรดตรวจสอบ`);
    if (!ctx.unknownDivisions.includes(unknown)) ctx.unknownDivisions.push(unknown);
  }
  if (!responsibleText) warn(ctx, item.line, `ข้อ ${item.code}: ไม่ระบุผู้รับผิดชอบ`);

  const monitoringText = item.monitoring
    .map((s) => s.text)
    .join(' ')
    .trim();
  const monitoring: Monitoring = parseMonitoring(monitoringText);
  if (monitoring === 'none') {
    warn(ctx, item.line, `ข้อ ${item.code}: ไม่ระบุระยะเวลากำกับติดตามโดย ผอ.เขต — ถือว่าไม่มีการกำกับติดตาม`);
  }

  return texts.map((text, i) => {
    const output = outputs.values[i] ?? '';
    const target = parseTarget(output);
    const range = rangeFor(i);
    return {
      text,
      output,
      targetQty: target.qty,
      targetUnit: target.unit,
      awareness: awareness.values[i] ?? '',
      startMonth: range?.start ?? null,
      endMonth: range?.end ?? null,
      timeframeText: range?.text ?? timeText,
      responsibleText,
      divisions: [...resp.divisions],
      allDivisions: resp.allDivisions,
      monitoring,
      monitoringText,
    };
  });
}
