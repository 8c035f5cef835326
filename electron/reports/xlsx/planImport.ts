// A plan xlsx edited in Excel, read back and compared with the plan: what changed field by field,
// what was added, what was removed. Pure (no database): the handler supplies the plan and applies.
import type ExcelJS from 'exceljs';
import { parseMonitoring, parseTarget } from '../../../db/import/outputs';
import { readCodeToken } from '../../../db/import/codes';
import { parseResponsible } from '../../../db/import/divisions';
import type { DigitStyle } from '../../../core/thai';
import type { Activity, Division, Item, Monitoring, PlanDetail } from '../../../core/types';
import { monitoringText, responsibleText, timeframeText } from '../../../core/rules';
import { COL_ACTIVITY_ID, COL_ITEM_ID, PLAN_HEADER_ROW, PLAN_HEADERS, PLAN_SHEET } from './planSheet';
import { cellText, MAX_CELL_CHARS } from './read';
import { parseTimeframe, sameMonths } from './planTimeframe';
import type { PlanChange, PlanFieldChange } from '../../../core/xlsxTypes';
import {
  ENTITY_NAMES,
  FIELD_NAMES,
  PLAN_CHANGE_WORDS,
  PLAN_XLSX_WORDS as SAY,
  XLSX_FILE_WORDS,
} from '../../../core/terms';

export const MAX_PLAN_ROWS = 2_000;

/** What a row asks an activity to be (the fields the sheet shows). */
export interface ActivityFields {
  text: string;
  output: string;
  targetQty: number | null;
  targetUnit: string | null;
  awareness: string;
  startMonth: string | null;
  endMonth: string | null;
  /** The months it is due in (Activity.months). */
  months: string[];
  responsibleText: string;
  allDivisions: boolean;
  /** Division names (unknown units kept: the apply step adds them, as the text import does). */
  divisionNames: string[];
  monitoring: Monitoring;
  monitoringText: string;
}

export interface DesiredChange extends PlanChange {
  /** For items: the indicator number (added items) and the new code/question/issue. */
  item?: { indicatorNumber: number; code: string; question: string; issue: string };
  /** For activities: the fields to write; newItemKey links an added activity to an added item. */
  activity?: ActivityFields;
  newItemKey?: string;
}

export interface PlanDiff {
  changes: DesiredChange[];
  errors: string[];
  warnings: string[];
}

/** Text compared as the sheet shows it: lines trimmed, blank lines and "- " bullet markers dropped. */
const norm = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim().replace(/^[-•]\s*/, ''))
    .filter((l) => l !== '')
    .join('\n');
/**
 * The code and question of an item cell, "I1 เจ้าหน้าที่…" or "MOIT3 …": the item's own code when the
 * cell starts with it (any scheme, as the plan writes it), else a code as the importer reads codes.
 */
function parseItemCell(text: string, own?: string): { code: string; question: string } | null {
  const t = text.trim();
  if (own && t.startsWith(own) && !/^[0-9A-Za-z\u0E50-\u0E59]/.test(t.slice(own.length))) {
    return { code: own, question: t.slice(own.length).trim() };
  }
  const token = readCodeToken(t);
  if (!token?.prefix) return null;
  return { code: `${token.prefix}${token.digits}`, question: token.rest };
}

interface SheetRow {
  row: number;
  marker: string;
  itemId: number | null;
  activityId: number | null;
  cells: string[];
}

/** Reads the plan sheet's rows (after the header), with per-cell length errors. */
export function readPlanRows(wb: ExcelJS.Workbook, fileName: string): { rows: SheetRow[]; errors: string[] } {
  const ws = wb.getWorksheet(PLAN_SHEET) ?? wb.worksheets[0];
  const errors: string[] = [];
  if (!ws) return { rows: [], errors: [SAY.noPlanSheet(fileName)] };
  if (ws.rowCount > MAX_PLAN_ROWS + PLAN_HEADER_ROW) {
    return { rows: [], errors: [XLSX_FILE_WORDS.tooManyRows(fileName, MAX_PLAN_ROWS.toLocaleString('en'))] };
  }
  const rows: SheetRow[] = [];
  for (let r = PLAN_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= PLAN_HEADERS.length; c++) {
      const t = cellText(ws.getCell(r, c));
      if (t.length > MAX_CELL_CHARS) {
        errors.push(XLSX_FILE_WORDS.tooLong(fileName, r, PLAN_HEADERS[c - 1]!, MAX_CELL_CHARS.toLocaleString('en')));
      }
      cells.push(t.slice(0, MAX_CELL_CHARS));
    }
    const marker = cellText(ws.getCell(r, COL_ITEM_ID));
    const idOf = (s: string) => (/^\d{1,12}$/.test(s) ? Number(s) : null);
    rows.push({
      row: r,
      marker,
      itemId: idOf(marker),
      activityId: idOf(cellText(ws.getCell(r, COL_ACTIVITY_ID))),
      cells,
    });
  }
  return { rows, errors };
}

/** Compares the sheet with the plan. */
export function diffPlan(
  plan: PlanDetail,
  divisions: Division[],
  digits: DigitStyle,
  rows: SheetRow[],
  fileName: string,
  followUpCount: (activityIds: number[]) => number,
): PlanDiff {
  const out: PlanDiff = { changes: [], errors: [], warnings: [] };
  const err = (row: number, col: number | null, msg: string) =>
    out.errors.push(XLSX_FILE_WORDS.cellProblem(fileName, row, col ? PLAN_HEADERS[col - 1] : undefined, msg));
  const items = new Map<number, { item: Item; indicatorNumber: number }>();
  const activities = new Map<number, { activity: Activity; item: Item }>();
  for (const ind of plan.indicators) {
    for (const item of ind.items) {
      items.set(item.id, { item, indicatorNumber: ind.number });
      for (const a of item.activities) activities.set(a.id, { activity: a, item });
    }
  }
  const seenItems = new Set<number>();
  const seenActivities = new Set<number>();
  const names = divisions.map((d) => d.name);

  /** A row's activity columns as fields, or null (errors recorded). */
  const readActivity = (r: SheetRow): ActivityFields | null => {
    const [, , text = '', output = '', awareness = '', timeframe = '', responsible = '', monitoring = ''] = r.cells;
    let ok = true;
    if (!text) {
      err(r.row, 3, SAY.emptyActivity);
      ok = false;
    }
    const tf = parseTimeframe(timeframe, plan.fiscalYear);
    if (!tf) {
      err(r.row, 6, SAY.badMonths(timeframe));
      ok = false;
    }
    if (!ok || !tf) return null;
    const resp = parseResponsible(responsible, names);
    const target = parseTarget(output);
    return {
      text,
      output,
      targetQty: target.qty,
      targetUnit: target.unit,
      awareness,
      startMonth: tf.start,
      endMonth: tf.end,
      months: tf.months,
      responsibleText: responsible,
      allDivisions: resp.allDivisions,
      divisionNames: resp.divisions,
      monitoring: parseMonitoring(monitoring),
      monitoringText: monitoring,
    };
  };

  let indicatorNumber: number | null = null;
  /** The item rows now belong to: an existing id or an added item's key. */
  let current: { itemId: number | null; key: string; code: string; label: string; newCount: number } | null = null;
  let addedItems = 0;

  for (const r of rows) {
    const blank = r.cells.every((c) => c === '');
    const ind = /^ind:(\d{1,2})$/.exec(r.marker);
    if (ind) {
      indicatorNumber = Number(ind[1]);
      current = null;
      continue;
    }
    if (r.marker.startsWith('tool:')) continue;
    // A sub-indicator's heading ends the item above, as an indicator's does.
    if (r.marker.startsWith('sub:')) {
      current = null;
      continue;
    }
    if (blank && r.activityId === null) continue;

    let itemCell = r.cells[0] ?? '';
    if (r.itemId !== null && !items.has(r.itemId)) {
      err(r.row, null, SAY.otherPlanItem);
      continue;
    }
    if (r.itemId !== null && items.has(r.itemId)) {
      // A row of an existing item: its first row carries the item's columns.
      const { item, indicatorNumber: n } = items.get(r.itemId)!;
      indicatorNumber = n;
      if (!seenItems.has(item.id)) {
        seenItems.add(item.id);
        const parsed = parseItemCell(itemCell, item.code);
        if (!parsed) {
          err(r.row, 1, SAY.needCode);
        } else {
          const fields: PlanFieldChange[] = [];
          if (parsed.code !== item.code)
            fields.push({ field: 'code', label: FIELD_NAMES.code, before: item.code, after: parsed.code });
          if (norm(parsed.question) !== norm(item.question)) {
            fields.push({
              field: 'question',
              label: ENTITY_NAMES.indicator,
              before: item.question,
              after: parsed.question,
            });
          }
          const issue = r.cells[1] ?? '';
          if (norm(issue) !== norm(item.issue)) {
            fields.push({ field: 'issue', label: PLAN_HEADERS[1]!, before: item.issue, after: issue });
          }
          if (fields.length) {
            out.changes.push({
              kind: 'itemChanged',
              row: r.row,
              itemId: item.id,
              activityId: null,
              itemCode: item.code,
              summary: PLAN_CHANGE_WORDS.itemChanged(item.code),
              fields,
              item: { indicatorNumber: n, code: parsed.code, question: parsed.question, issue },
            });
          }
        }
        current = { itemId: item.id, key: `i${item.id}`, code: item.code, label: itemCell, newCount: 0 };
      }
    } else if (r.activityId === null) {
      // A row the user added: a new item when its first column names one, else a new activity.
      if (itemCell && (!current || norm(itemCell) !== norm(current.label))) {
        const parsed = parseItemCell(itemCell);
        if (!parsed) {
          err(r.row, 1, SAY.newRowNeedsCode);
          continue;
        }
        if (indicatorNumber === null) {
          err(r.row, 1, SAY.whichIndicator);
          continue;
        }
        const key = `new${++addedItems}`;
        out.changes.push({
          kind: 'itemAdded',
          row: r.row,
          itemId: null,
          activityId: null,
          itemCode: parsed.code,
          summary: PLAN_CHANGE_WORDS.itemAdded(parsed.code),
          fields: [
            { field: 'code', label: FIELD_NAMES.code, before: '', after: parsed.code },
            { field: 'question', label: ENTITY_NAMES.indicator, before: '', after: parsed.question },
            { field: 'issue', label: PLAN_HEADERS[1]!, before: '', after: r.cells[1] ?? '' },
          ],
          item: { indicatorNumber, code: parsed.code, question: parsed.question, issue: r.cells[1] ?? '' },
          newItemKey: key,
        });
        current = { itemId: null, key, code: parsed.code, label: itemCell, newCount: 0 };
        itemCell = '';
      }
    }

    // The activity part of the row.
    if (r.activityId !== null && activities.has(r.activityId) && !seenActivities.has(r.activityId)) {
      const { activity: a, item } = activities.get(r.activityId)!;
      seenActivities.add(a.id);
      seenItems.add(item.id);
      const want = readActivity(r);
      if (!want) continue;
      const shown: [string, string, string, string][] = [
        ['text', PLAN_HEADERS[2]!, a.text, want.text],
        ['output', PLAN_HEADERS[3]!, a.output, want.output],
        ['awareness', PLAN_HEADERS[4]!, a.awareness, want.awareness],
        ['timeframe', PLAN_HEADERS[5]!, timeframeText(a, digits), r.cells[5] ?? ''],
        ['responsible', PLAN_HEADERS[6]!, responsibleText(a, divisions), want.responsibleText],
        ['monitoring', PLAN_HEADERS[7]!, monitoringText(a), want.monitoringText],
      ];
      const fields = shown
        .filter(([field, , before, after]) =>
          field === 'timeframe'
            ? !(want.startMonth === a.startMonth && want.endMonth === a.endMonth && sameMonths(want.months, a.months))
            : norm(before) !== norm(after),
        )
        .map(([field, label, before, after]) => ({ field, label, before, after }));
      if (fields.length) {
        out.changes.push({
          kind: 'activityChanged',
          row: r.row,
          itemId: item.id,
          activityId: a.id,
          itemCode: item.code,
          summary: PLAN_CHANGE_WORDS.activityChanged(a.position, item.code),
          fields,
          activity: want,
        });
      }
      continue;
    }
    if (r.activityId !== null && !activities.has(r.activityId)) {
      err(r.row, null, SAY.otherPlanActivity);
      continue;
    }
    // No id (or a copied row repeating an id already read): an added activity, if the row has one.
    const hasActivity = r.cells.slice(2).some((c) => c !== '');
    if (!hasActivity) continue;
    if (!current) {
      err(r.row, 3, SAY.whichItem);
      continue;
    }
    const want = readActivity(r);
    if (!want) continue;
    current.newCount++;
    out.changes.push({
      kind: 'activityAdded',
      row: r.row,
      itemId: current.itemId,
      activityId: null,
      itemCode: current.code,
      summary: PLAN_CHANGE_WORDS.activityAdded(current.code),
      fields: [
        { field: 'text', label: PLAN_HEADERS[2]!, before: '', after: want.text },
        ...(want.output ? [{ field: 'output', label: PLAN_HEADERS[3]!, before: '', after: want.output }] : []),
      ],
      activity: want,
      newItemKey: current.itemId === null ? current.key : undefined,
    });
  }

  // What is no longer in the sheet.
  for (const [id, { item }] of items) {
    if (!seenItems.has(id)) {
      const ids = item.activities.map((a) => a.id);
      if (ids.length && followUpCount(ids) > 0) {
        out.errors.push(SAY.itemHasReports(fileName, item.code));
      }
      out.changes.push({
        kind: 'itemRemoved',
        row: null,
        itemId: id,
        activityId: null,
        itemCode: item.code,
        summary: SAY.itemRemoved(item.code, item.activities.length),
        fields: [],
      });
      continue;
    }
    for (const a of item.activities) {
      if (seenActivities.has(a.id)) continue;
      if (followUpCount([a.id]) > 0) {
        out.errors.push(SAY.activityHasReports(fileName, a.position, item.code));
      }
      out.changes.push({
        kind: 'activityRemoved',
        row: null,
        itemId: id,
        activityId: a.id,
        itemCode: item.code,
        summary: PLAN_CHANGE_WORDS.activityRemoved(a.position, item.code),
        fields: [{ field: 'text', label: PLAN_HEADERS[2]!, before: a.text, after: '' }],
      });
    }
  }
  const unknown = new Set(
    out.changes.flatMap((c) => (c.activity ? c.activity.divisionNames.filter((n) => !names.includes(n)) : [])),
  );
  if (unknown.size) out.warnings.push(SAY.newDivisions([...unknown].join(', ')));
  return out;
}
