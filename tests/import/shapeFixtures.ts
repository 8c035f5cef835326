// The shapes of plan offices really have, each with exactly what the importer must read from it
// (shapes.test.ts): fixtures in tests/fixtures/plans, a real .docx written by the `docx` library,
// an .xlsx written by exceljs.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parsePlan } from '../../db/import/planText';
import { readPlanFile } from '../../db/import/readers';
import type { ParsedPlan } from '../../db/import/types';
import { planDocx } from '../helpers/planDocx';

const DIR = path.resolve(__dirname, '../fixtures/plans');
export const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

export async function parse(name: string, data: Uint8Array, fiscalYear?: number): Promise<ParsedPlan> {
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

export type Brief = [code: string, indicator: number, sub: string | null, activities: number];
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

export const shapes: [string, Shape][] = [
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
      // E6 is ticked every third month: exactly those four months are kept, nothing to warn about.
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
