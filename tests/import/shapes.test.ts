// The importer against each shape of plan offices really have (fixtures in tests/fixtures/plans,
// a real .docx written by the `docx` library, an .xlsx written by exceljs): columns found by their
// names in any order, headings of every form, codes of every form and scheme, merged cells, ticks,
// timeframes, lists — and for each, exactly which items, activities and problems come out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasErrors, parsePlan } from '../../db/import/planText';
import { readPlanFile } from '../../db/import/readers';
import type { ParsedPlan } from '../../db/import/types';
import { planDocx } from '../helpers/planDocx';
import { tmpDir } from '../helpers/tmp';

const DIR = path.resolve(__dirname, '../fixtures/plans');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

async function parse(name: string, data: Uint8Array, fiscalYear?: number): Promise<ParsedPlan> {
  return parsePlan(await readPlanFile(name, data), { fiscalYear });
}

/** An office's own workbook: a merged title, a header, a heading merged across, a code merged down. */
async function planXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow(['มาตรการส่งเสริมคุณธรรมและความโปร่งใส สำนักงานเขตจตุจักร ประจำปีงบประมาณ พ.ศ. 2570']);
  ws.mergeCells('A1:F1');
  ws.addRow(['ตัวชี้วัด', 'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ', 'กิจกรรม', 'ผลผลิต', 'ระยะเวลา', 'ผู้รับผิดชอบ']);
  ws.addRow(['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)']);
  ws.mergeCells('A3:F3');
  ws.addRow(['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล']);
  ws.mergeCells('A4:F4');
  ws.addRow(['O1 ข้อมูลผู้บริหาร', 'ปรับปรุงข้อมูล', 'เผยแพร่ข้อมูลผู้บริหาร', '1 ช่องทาง', 'ต.ค. 69', 'ฝ่ายปกครอง']);
  ws.addRow(['', '', 'ตรวจทานข้อมูลทุกไตรมาส', '4 ครั้ง', 'ทุกไตรมาส', '']);
  ws.mergeCells('A5:A6');
  ws.mergeCells('B5:B6');
  ws.mergeCells('F5:F6');
  ws.addRow(['O2 โครงสร้างหน่วยงาน', 'ปรับปรุงโครงสร้าง', 'เผยแพร่แผนผังโครงสร้าง', '1 ฉบับ', 'พ.ย. 2569', 'ฝ่ายปกครอง']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Brief = [code: string, indicator: number, sub: string | null, activities: number];
interface Shape {
  load: () => Promise<ParsedPlan>;
  office: string | null;
  fiscalYear: number | null;
  tools: string[];
  indicators: [number, string][];
  subIndicators: string[];
  items: Brief[];
  roles: string[];
  /** The problems, by line and a pattern of their message. */
  problems: [number, RegExp][];
}

const NEWER_YEAR_ITEMS: Brief[] = [
  ['I1', 1, null, 1],
  ['I2', 1, null, 2],
  ['I8', 2, null, 1],
  ['O1', 9, '9.1', 1],
  ['O2', 9, '9.1', 1],
  ['O8', 9, '9.2', 1],
  ['O9', 9, '9.2', 1],
  ['O24', 10, '10.1', 1],
];
const NEWER_YEAR_INDICATORS: [number, string][] = [
  [1, 'IIT'],
  [2, 'IIT'],
  [9, 'OIT'],
  [10, 'OIT'],
];
const STANDARD_ROLES = ['code', 'issue', 'activity', 'output', 'awareness', 'timeframe', 'responsible', 'monitoring'];

const shapes: [string, Shape][] = [
  [
    'a newer-year plan with sub-indicator headings and quarter timeframes',
    {
      load: () => parse('newer-year-2570.txt', fixture('newer-year-2570.txt')),
      office: 'สำนักงานเขตบางรัก',
      fiscalYear: 2570,
      tools: ['IIT', 'OIT'],
      indicators: NEWER_YEAR_INDICATORS,
      subIndicators: ['9.1', '9.2', '10.1'],
      items: NEWER_YEAR_ITEMS,
      roles: STANDARD_ROLES,
      problems: [],
    },
  ],
  [
    'the same plan with its columns in another order and "1." indicator lines',
    {
      load: () => parse('reordered-columns-2570.txt', fixture('reordered-columns-2570.txt')),
      office: 'สำนักงานเขตบางรัก',
      fiscalYear: 2570,
      tools: ['IIT', 'OIT'],
      indicators: NEWER_YEAR_INDICATORS,
      subIndicators: ['9.1', '9.2', '10.1'],
      items: NEWER_YEAR_ITEMS,
      roles: ['responsible', 'code', 'activity', 'timeframe', 'issue', 'output', 'awareness', 'monitoring'],
      problems: [],
    },
  ],
  [
    'another office’s table with ลำดับ, month tick columns under a two-row header and หมายเหตุ',
    {
      load: () => parse('ticks-two-row-header-2570.tsv', fixture('ticks-two-row-header-2570.tsv')),
      office: 'สำนักงานเขตคลองเตย',
      fiscalYear: 2570,
      tools: ['EIT'],
      indicators: [
        [6, 'EIT'],
        [7, 'EIT'],
      ],
      subIndicators: [],
      items: [
        ['E1', 6, null, 1],
        ['E2', 6, null, 1],
        ['E6', 7, null, 1],
        ['E7', 7, null, 1],
      ],
      roles: [
        'sequence',
        'code',
        'issue',
        'activity',
        'output',
        'responsible',
        ...Array<string>(12).fill('month'),
        'ignored',
      ],
      problems: [],
    },
  ],
  [
    'a clean Word copy: Arabic digits, "•" bullets, numbered cells, quoted multi-line cells, CRLF',
    {
      load: () => parse('word-clean-copy-2570.txt', fixture('word-clean-copy-2570.txt')),
      office: 'สำนักงานเขตพญาไท',
      fiscalYear: 2570,
      tools: ['IIT', 'OIT'],
      indicators: [
        [1, 'IIT'],
        [2, 'IIT'],
        [9, 'OIT'],
      ],
      subIndicators: [],
      items: [
        ['I1', 1, null, 3],
        ['I2', 1, null, 2],
        ['I6', 2, null, 1],
        ['O1', 9, null, 1],
      ],
      roles: STANDARD_ROLES,
      problems: [],
    },
  ],
  [
    'a plan with OIT items beyond O30, codes written OIT33, (O36), O 40, O.43',
    {
      load: () => parse('beyond-o30-2565.txt', fixture('beyond-o30-2565.txt')),
      office: 'สำนักงานเขตสาทร',
      fiscalYear: 2565,
      tools: ['OIT'],
      indicators: [
        [9, 'OIT'],
        [10, 'OIT'],
      ],
      subIndicators: [],
      items: [
        ['O1', 9, null, 1],
        ['O29', 9, null, 1],
        ['O31', 9, null, 1],
        ['O33', 9, null, 1],
        ['O36', 10, null, 1],
        ['O40', 10, null, 1],
        ['O43', 10, null, 1],
      ],
      roles: STANDARD_ROLES,
      problems: [],
    },
  ],
  [
    'the clipboard HTML of a Word table (mso- styles, <o:p>, conditional comments, rowspan/colspan)',
    {
      load: async () => parse('word-clipboard-2570.html', fixture('word-clipboard-2570.html'), 2570),
      office: null,
      fiscalYear: null,
      tools: ['IIT', 'OIT'],
      indicators: [
        [1, 'IIT'],
        [9, 'OIT'],
      ],
      subIndicators: [],
      items: [
        ['I1', 1, null, 2],
        ['I2', 1, null, 2],
        ['O1', 9, null, 1],
      ],
      roles: STANDARD_ROLES,
      problems: [[0, /^ไม่พบชื่อหน่วยงานในหัวเอกสาร$/]],
    },
  ],
  [
    'a ministry’s plan: 12 indicators, MOIT codes, ลำดับ, no awareness or monitoring column',
    {
      load: () => parse('moit-12-indicators-2570.txt', fixture('moit-12-indicators-2570.txt')),
      office: 'สำนักงานเขตบางซื่อ',
      fiscalYear: 2570,
      tools: ['MOIT'],
      indicators: Array.from({ length: 12 }, (_, i) => [i + 1, 'MOIT'] as [number, string]),
      subIndicators: ['1.1'],
      items: Array.from({ length: 22 }, (_, i) => {
        const indicator = i < 20 ? Math.floor(i / 2) + 1 : i - 9;
        return [`MOIT${i + 1}`, indicator, i < 2 ? '1.1' : null, i % 2 === 0 || i >= 20 ? 2 : 1] as Brief;
      }),
      roles: ['sequence', 'code', 'issue', 'activity', 'output', 'timeframe', 'responsible'],
      problems: [],
    },
  ],
  [
    'a real .docx with cells merged down (vMerge) and across (gridSpan), Word numbering and a page break',
    {
      load: async () => parse('แผน.docx', await planDocx()),
      office: 'สำนักงานเขตราชเทวี',
      fiscalYear: 2570,
      tools: ['IIT', 'OIT'],
      indicators: [
        [1, 'IIT'],
        [9, 'OIT'],
      ],
      subIndicators: ['9.1'],
      items: [
        ['I1', 1, null, 2],
        ['I2', 1, null, 3],
        ['O1', 9, '9.1', 1],
      ],
      roles: STANDARD_ROLES,
      problems: [[10, /^แถว 10, คอลัมน์ ตัวชี้วัด: แถวนี้ไม่มีรหัสข้อ จึงถือเป็นส่วนต่อของข้อ I2 /]],
    },
  ],
  [
    'an office’s own .xlsx with merged title, headings and code cells',
    {
      load: async () => parse('แผน.xlsx', await planXlsx()),
      office: 'สำนักงานเขตจตุจักร',
      fiscalYear: 2570,
      tools: ['OIT'],
      indicators: [[9, 'OIT']],
      subIndicators: [],
      items: [
        ['O1', 9, null, 2],
        ['O2', 9, null, 1],
      ],
      roles: ['code', 'issue', 'activity', 'output', 'timeframe', 'responsible'],
      problems: [],
    },
  ],
];

describe.each(shapes)('%s', (_name, shape) => {
  it('reads its structure, items and columns exactly, with exactly the expected problems', async () => {
    const plan = await shape.load();
    expect(plan.problems.map((p) => [p.line, p.message])).toEqual(
      shape.problems.map(([line, re]) => [line, expect.stringMatching(re)]),
    );
    expect(hasErrors(plan)).toBe(false);
    expect([plan.office, plan.fiscalYear]).toEqual([shape.office, shape.fiscalYear]);
    expect(plan.tools.map((t) => t.code)).toEqual(shape.tools);
    expect(plan.indicators.map((i) => [i.number, i.tool])).toEqual(shape.indicators);
    expect(plan.subIndicators.map((s) => s.label)).toEqual(shape.subIndicators);
    expect(plan.items.map((i): Brief => [i.code, i.indicator, i.subIndicator, i.activities.length])).toEqual(
      shape.items,
    );
    expect(plan.columns.map((c) => c.role)).toEqual(shape.roles);
    for (const i of plan.items) {
      expect(i.question, i.code).not.toBe('');
      for (const a of i.activities) {
        expect(a.text, i.code).not.toBe('');
        expect(a.startMonth, `${i.code} ${a.text}`).not.toBeNull();
        expect(a.text + a.output + a.awareness, i.code).not.toMatch(/^[-•]|\n[-•]|<|>|^\d\)/);
      }
    }
  });
});

describe('what the shapes say, cell by cell', () => {
  const acts = (plan: ParsedPlan, code: string) => plan.items.find((i) => i.code === code)?.activities ?? [];
  const months = (plan: ParsedPlan, code: string) => acts(plan, code).map((a) => [a.startMonth, a.endMonth]);

  it('newer year: quarters, whole year, bare months, several ranges in a cell, sub-indicator names', async () => {
    const plan = await shapes[0]![1].load();
    expect(months(plan, 'I1')).toEqual([['2026-10', '2026-12']]);
    expect(months(plan, 'I2')).toEqual([
      ['2026-10', '2027-03'],
      ['2027-04', '2027-06'],
    ]);
    expect(months(plan, 'O1')).toEqual([['2026-10', '2027-09']]);
    expect(months(plan, 'O2')).toEqual([['2026-10', '2027-09']]);
    expect(months(plan, 'O8')).toEqual([['2026-10', '2026-12']]);
    expect(months(plan, 'O9')).toEqual([['2027-04', '2027-04']]);
    expect(months(plan, 'O24')).toEqual([['2027-01', '2027-03']]);
    expect(acts(plan, 'O24')[0]).toMatchObject({ allDivisions: true, divisions: [] });
    expect(acts(plan, 'I2').map((a) => [a.output, a.divisions])).toEqual([
      ['1 ฉบับ', ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน']],
      ['1 ช่องทาง', ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน']],
    ]);
    expect(plan.subIndicators.map((s) => [s.label, s.indicator, s.name])).toEqual([
      ['9.1', 9, 'ข้อมูลพื้นฐาน'],
      ['9.2', 9, 'การบริหารงาน'],
      ['10.1', 10, 'การดำเนินการเพื่อป้องกันการทุจริต'],
    ]);
    expect(plan.indicators.map((i) => i.name)).toEqual([
      'การปฏิบัติหน้าที่',
      'การใช้งบประมาณ',
      'การเปิดเผยข้อมูล',
      'การป้องกันการทุจริต',
    ]);
  });

  it('reordered columns give the very same items as the original', async () => {
    const strip = (p: ParsedPlan) => p.items.map(({ line: _l, ...rest }) => rest);
    expect(strip(await shapes[1]![1].load())).toEqual(strip(await shapes[0]![1].load()));
  });

  it('ticks: ✓, / and x become months of the fiscal year; ลำดับ numbers are never codes', async () => {
    const plan = await shapes[2]![1].load();
    expect(['E1', 'E2', 'E6', 'E7'].map((c) => months(plan, c)[0])).toEqual([
      ['2026-12', '2027-02'],
      ['2026-10', '2027-09'],
      ['2026-10', '2027-07'],
      ['2027-03', '2027-03'],
    ]);
    expect(plan.items.map((i) => i.rawCode)).toEqual(['E1', 'E2', 'E6', 'E7']);
    expect(plan.columns.filter((c) => c.role === 'month').map((c) => c.period)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(plan.columns[6]?.header).toBe('ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. 2570) / ต.ค.');
  });

  it('a clean Word copy: numbered cells line up activity by activity, full month names, ทุกฝ่าย', async () => {
    const plan = await shapes[3]![1].load();
    expect(acts(plan, 'I1').map((a) => [a.text, a.output, a.targetQty, a.targetUnit, a.allDivisions])).toEqual([
      ['ประชุมชี้แจงเจ้าหน้าที่', '2 ครั้ง', 2, 'ครั้ง', true],
      ['จัดทำคู่มือการปฏิบัติงาน', '1 ฉบับ', 1, 'ฉบับ', true],
      ['ประเมินความพึงพอใจผู้รับบริการ', '1 ครั้ง', 1, 'ครั้ง', true],
    ]);
    expect(months(plan, 'I1')[0]).toEqual(['2026-12', '2027-05']);
    expect(acts(plan, 'I2').map((a) => [a.text, a.output, a.awareness])).toEqual([
      ['ติดตั้งระบบบัตรคิวอัตโนมัติ', '1 ระบบ', 'ป้ายประชาสัมพันธ์'],
      ['ประชาสัมพันธ์ช่องทางร้องเรียน', '1 ช่องทาง', 'เว็บไซต์สำนักงานเขต'],
    ]);
    expect(months(plan, 'I2')[0]).toEqual(['2027-01', '2027-09']);
    expect(plan.items.find((i) => i.code === 'I1')?.issue).toBe('จัดทำคู่มือการปฏิบัติงาน\nชี้แจงขั้นตอนแก่เจ้าหน้าที่ใหม่');
    expect(plan.items.map((i) => i.rawCode)).toEqual(['ข้อ I1', 'ข้อ I2', 'ข้อ I6', 'ข้อ O1']);
  });

  it('beyond O30: every code as written, no count, range or "missing item" warning', async () => {
    const plan = await shapes[4]![1].load();
    expect(plan.items.map((i) => i.rawCode)).toEqual(['O1', 'O29', 'O31', 'OIT33', '(O36)', 'O 40', 'O.43']);
    expect(plan.problems).toEqual([]);
  });

  it('Word clipboard HTML: rowspan cells take their value only within the item; lists from mso-list', async () => {
    const plan = await shapes[5]![1].load();
    const i1 = plan.items.find((i) => i.code === 'I1')!;
    expect(i1.issue).toBe('สร้างจิตสำนึกในการให้บริการ\nลดขั้นตอนการให้บริการ');
    expect(i1.activities.map((a) => [a.text, a.output, a.startMonth, a.endMonth, a.divisions, a.monitoring])).toEqual([
      ['ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ โดยผู้อำนวยการเขต', '๑ ครั้ง', '2026-12', '2027-05', ['ฝ่ายปกครอง'], 'monthly'],
      ['เผยแพร่คู่มือการปฏิบัติงานให้เจ้าหน้าที่', '๑ ฉบับ', '2027-01', '2027-03', ['ฝ่ายปกครอง'], 'monthly'],
    ]);
    expect(acts(plan, 'I2').map((a) => [a.text, a.output, a.awareness, a.allDivisions])).toEqual([
      ['จัดระบบบัตรคิวอัตโนมัติ', '๑ ระบบ', 'ป้ายประชาสัมพันธ์', true],
      ['จัดช่องบริการสำหรับผู้สูงอายุและผู้พิการ', '๑ ช่องบริการ', 'ป้ายประชาสัมพันธ์', true],
    ]);
    expect(plan.source).toBe('html');
  });

  it('the .docx: merged cells read once per item, numbered and bulleted paragraphs are entries', async () => {
    const plan = await shapes[7]![1].load();
    expect(acts(plan, 'I1').map((a) => [a.text, a.divisions, a.monitoringText])).toEqual([
      ['ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ', ['ฝ่ายปกครอง'], '1 ครั้ง/เดือน'],
      ['เผยแพร่คู่มือการปฏิบัติงาน', ['ฝ่ายปกครอง'], '1 ครั้ง/เดือน'],
    ]);
    expect(plan.items[0]?.issue).toBe('สร้างจิตสำนึกในการให้บริการ\nลดขั้นตอนการให้บริการ');
    expect(acts(plan, 'I2').map((a) => [a.text, a.output])).toEqual([
      ['จัดระบบบัตรคิวอัตโนมัติ', '1 ระบบ'],
      ['จัดช่องบริการสำหรับผู้สูงอายุ', '1 ช่องบริการ'],
      ['ประเมินความพึงพอใจของผู้รับบริการ', '1 ครั้ง'],
    ]);
    expect(months(plan, 'I2')).toEqual([
      ['2027-01', '2027-06'],
      ['2027-01', '2027-06'],
      ['2027-09', '2027-09'],
    ]);
  });

  it('the .docx opens in LibreOffice with its text intact (a real Word file, not just one our reader accepts)', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'plan.docx');
    fs.writeFileSync(file, await planDocx());
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const text = fs.readFileSync(path.join(dir, 'plan.txt'), 'utf8');
    for (const s of ['I1 เจ้าหน้าที่ให้บริการตามขั้นตอนที่กำหนด', 'ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน', 'จัดระบบบัตรคิวอัตโนมัติ']) {
      expect(text).toContain(s);
    }
  }, 150_000);

  it('the .xlsx: a code merged down covers the item’s second row; a title merged across is the title', async () => {
    const plan = await shapes[8]![1].load();
    expect(acts(plan, 'O1').map((a) => [a.text, a.output, a.startMonth, a.endMonth, a.divisions])).toEqual([
      ['เผยแพร่ข้อมูลผู้บริหาร', '1 ช่องทาง', '2026-10', '2026-10', ['ฝ่ายปกครอง']],
      ['ตรวจทานข้อมูลทุกไตรมาส', '4 ครั้ง', '2026-10', '2027-09', ['ฝ่ายปกครอง']],
    ]);
    expect(plan.source).toBe('xlsx');
  });
});
