// Months ticked with gaps are kept as exactly those months (issue 11): quarterly, every other
// month, one month, all twelve, a run — ticked with ✓, /, x — in a table with a two-row header
// (ระยะเวลาดำเนินการ over the twelve month columns), read from every reader that has tables: a
// pasted .tsv, the clipboard's .html (rowspan/colspan), a real .docx (gridSpan/vMerge, written by
// the `docx` library) and an .xlsx (merged header cells, exceljs). Months written as a list in a
// timeframe cell ("ต.ค., ม.ค., เม.ย., ก.ค.", "ไตรมาสที่ 1 และ 3") in a .txt are a set too. No warning
// about ranges: the ticks are what is stored.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fiscalMonths } from '../../core/thai';
import { parsePlan } from '../../db/import/planText';
import { readPlanFile } from '../../db/import/readers';
import type { ParsedPlan } from '../../db/import/types';
import { fixture, parse } from './shapeFixtures';

const FY = fiscalMonths(2570); // 2026-10 … 2027-09
const MONTH_HEADERS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
const TITLE = 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส สำนักงานเขตบางกะปิ ประจำปีงบประมาณ พ.ศ. 2570';
const HEAD = ['ข้อ', 'กิจกรรม', 'ผลผลิต', 'ผู้รับผิดชอบ'];
const TIME_HEAD = 'ระยะเวลาดำเนินการ';

/** code, activity, output, responsible, the ticks by fiscal month index. */
const ROWS: [string, string, string, string, Record<number, string>][] = [
  ['O1 ข้อมูลผู้บริหาร', 'ปรับปรุงข้อมูลผู้บริหารทุกไตรมาส', '4 ครั้ง', 'ฝ่ายปกครอง', { 0: '✓', 3: '✓', 6: '✓', 9: '✓' }],
  ['O2 อำนาจหน้าที่', 'ทบทวนอำนาจหน้าที่เว้นเดือน', '6 ครั้ง', 'ฝ่ายปกครอง', { 1: '/', 3: '/', 5: '/', 7: '/', 9: '/', 11: '/' }],
  ['O3 แผนดำเนินงาน', 'เผยแพร่แผนดำเนินงาน', '1 ครั้ง', 'ฝ่ายการคลัง', { 5: 'x' }],
  ['O4 ข่าวประชาสัมพันธ์', 'เผยแพร่ข่าวทุกเดือน', '12 ครั้ง', 'ฝ่ายปกครอง', Object.fromEntries(FY.map((_, i) => [i, '✓']))],
  ['O5 คู่มือ', 'จัดทำคู่มือ', '1 ฉบับ', 'ฝ่ายทะเบียน', { 2: '✓', 3: '/', 4: 'x' }],
];
const EXPECTED: Record<string, string[]> = {
  O1: [FY[0]!, FY[3]!, FY[6]!, FY[9]!],
  O2: [FY[1]!, FY[3]!, FY[5]!, FY[7]!, FY[9]!, FY[11]!],
  O3: [FY[5]!],
  O4: FY,
  O5: [FY[2]!, FY[3]!, FY[4]!],
};
const HEADINGS = ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'];
const tickCells = (ticks: Record<number, string>) => FY.map((_, i) => ticks[i] ?? '');

function tsv(): Uint8Array {
  const lines = [
    TITLE,
    [...HEAD, TIME_HEAD, ...Array<string>(11).fill('')].join('\t'),
    [...HEAD.map(() => ''), ...MONTH_HEADERS].join('\t'),
    ...HEADINGS,
    ...ROWS.map(([c, a, o, r, t]) => [c, a, o, r, ...tickCells(t)].join('\t')),
  ];
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

function html(): Uint8Array {
  const td = (t: string, attrs = '') => `<td${attrs}><p>${t}</p></td>`;
  const body = [
    `<tr>${HEAD.map((h) => td(h, ' rowspan=2')).join('')}${td(TIME_HEAD, ' colspan=12')}</tr>`,
    `<tr>${MONTH_HEADERS.map((m) => td(m)).join('')}</tr>`,
    ...HEADINGS.map((h) => `<tr>${td(h, ' colspan=16')}</tr>`),
    ...ROWS.map(([c, a, o, r, t]) => `<tr>${[c, a, o, r, ...tickCells(t)].map((x) => td(x)).join('')}</tr>`),
  ];
  return new TextEncoder().encode(
    `<html><body><p>${TITLE}</p><table border=1>${body.join('\n')}</table></body></html>`,
  );
}

async function docx(): Promise<Uint8Array> {
  const cell = (t: string, o: { span?: number; rows?: number } = {}) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })], columnSpan: o.span, rowSpan: o.rows });
  const rows = [
    new TableRow({ children: [...HEAD.map((h) => cell(h, { rows: 2 })), cell(TIME_HEAD, { span: 12 })] }),
    new TableRow({ children: MONTH_HEADERS.map((m) => cell(m)) }),
    ...HEADINGS.map((h) => new TableRow({ children: [cell(h, { span: 16 })] })),
    ...ROWS.map(([c, a, o, r, t]) => new TableRow({ children: [c, a, o, r, ...tickCells(t)].map((x) => cell(x)) })),
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(TITLE)] }),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow([TITLE]);
  ws.mergeCells('A1:P1');
  ws.addRow([...HEAD, TIME_HEAD]);
  ws.addRow([...HEAD.map(() => ''), ...MONTH_HEADERS]);
  ws.mergeCells('E2:P2');
  for (const col of ['A', 'B', 'C', 'D']) ws.mergeCells(`${col}2:${col}3`);
  for (const h of HEADINGS) {
    const r = ws.addRow([h]);
    ws.mergeCells(r.number, 1, r.number, 16);
  }
  for (const [c, a, o, r, t] of ROWS) ws.addRow([c, a, o, r, ...tickCells(t)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const monthsOf = (plan: ParsedPlan) =>
  Object.fromEntries(plan.items.map((i) => [i.code, i.activities.map((a) => a.months)[0]]));

describe.each([
  ['.tsv (pasted)', 'แผน.tsv', async () => tsv()],
  ['.html (clipboard)', 'แผน.html', async () => html()],
  ['.docx (Word)', 'แผน.docx', docx],
  ['.xlsx (Excel)', 'แผน.xlsx', xlsx],
])('ticks with gaps under a two-row header, %s', (_label, name, make) => {
  it('keeps exactly the months ticked (✓ / x), start and end their first and last, no range warning', async () => {
    const plan = parsePlan(await readPlanFile(name, await make()), {});
    expect(plan.fiscalYear).toBe(2570);
    expect(plan.columns.filter((c) => c.role === 'month')).toHaveLength(12);
    expect(monthsOf(plan)).toEqual(EXPECTED);
    for (const i of plan.items) {
      const a = i.activities[0]!;
      expect([a.startMonth, a.endMonth], i.code).toEqual([EXPECTED[i.code]![0], EXPECTED[i.code]!.at(-1)]);
    }
    expect(plan.problems.filter((p) => /ช่วง|เว้นไว้/.test(p.message))).toEqual([]);
  });
});

describe('months with gaps as the plans write them', () => {
  it('the other office’s tick table (ลำดับ, หมายเหตุ, ✓ / x): quarterly E6 keeps its four months', async () => {
    const plan = await parse('ticks-two-row-header-2570.tsv', fixture('ticks-two-row-header-2570.tsv'));
    expect(monthsOf(plan)).toEqual({
      E1: [FY[2], FY[3], FY[4]],
      E2: FY,
      E6: [FY[0], FY[3], FY[6], FY[9]],
      E7: [FY[5]],
    });
    expect(plan.problems).toEqual([]);
  });

  it('a list of months or quarters in one cell is one activity’s months; ranges stay runs', async () => {
    const text = [
      TITLE,
      ['ตัวชี้วัด', 'กิจกรรมที่จะดำเนินการ', 'ผลผลิต', 'ระยะเวลาแล้วเสร็จ', 'ผู้รับผิดชอบ'].join('\t'),
      ...HEADINGS,
      ['O1 ข้อมูลผู้บริหาร', 'ปรับปรุงข้อมูล', '4 ครั้ง', 'ต.ค., ม.ค., เม.ย., ก.ค.', 'ฝ่ายปกครอง'].join('\t'),
      ['O2 อำนาจหน้าที่', 'ทบทวน', '2 ครั้ง', 'ไตรมาสที่ 1 และ 3', 'ฝ่ายปกครอง'].join('\t'),
      ['O3 แผน', 'เผยแพร่', '1 ครั้ง', 'ธ.ค. 69 – พ.ค. 70', 'ฝ่ายปกครอง'].join('\t'),
      ['O4 ข่าว', 'เผยแพร่ข่าว', '2 ครั้ง', 'พฤศจิกายน 2569 และ มีนาคม 2570', 'ฝ่ายปกครอง'].join('\t'),
    ].join('\n');
    const plan = parsePlan(await readPlanFile('แผน.txt', new TextEncoder().encode(text)), {});
    expect(monthsOf(plan)).toEqual({
      O1: [FY[0], FY[3], FY[6], FY[9]],
      O2: [FY[0], FY[1], FY[2], FY[6], FY[7], FY[8]],
      O3: FY.slice(2, 8),
      O4: [FY[1], FY[5]],
    });
    expect(plan.problems.filter((p) => p.severity === 'error' || /ช่วง/.test(p.message))).toEqual([]);
  });
});
