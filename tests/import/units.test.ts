// Unit tests for the importer's pieces: cell cleaning, codes, targets, divisions, timeframes.
import { describe, expect, it } from 'vitest';
import {
  appendToColumn,
  cellText,
  cleanText,
  decodeEntities,
  mendWrapSpaces,
  parseCell,
  splitBullets,
  stripHtml,
} from '../../db/import/cells';
import { codeReadings, formatCode, readCodeToken, resolveCode } from '../../db/import/codes';
import { parseMonitoring, parseTarget } from '../../db/import/outputs';
import { DEFAULT_DIVISIONS, matchDivision, parseResponsible } from '../../db/import/divisions';
import { parseTimeframes, repairMonth } from '../../db/import/timeframe';
import { spread } from '../../db/import/activities';
import type { Tool } from '../../db/import/types';

describe('cells', () => {
  it('strips tags, decodes entities, turns <li> into bullets', () => {
    expect(stripHtml('<p>- ๑ ครั้ง</p> <p>- ๑ ช่องทาง</p>').replace(/\s+/g, ' ').trim()).toBe('- ๑ ครั้ง - ๑ ช่องทาง');
    expect(cellText('<ul style="list-style-type: none"> ธ.ค. ๖๕ - พ.ค. ๖๖ ')).toBe('ธ.ค. ๖๕ - พ.ค. ๖๖');
    expect(cellText('<ul><li>ประชุม</li><li>- เว็บไซต์</li></ul>')).toBe('- ประชุม - เว็บไซต์');
    expect(decodeEntities('A&amp;B &lt;x&gt; &#3585; &#x0E01; &nbsp;&bogus;')).toBe('A&B <x> ก ก  &bogus;');
    expect(cellText('a &lt;b&gt; <p class="x">c</p> <ul style="broken')).toBe('a b c');
  });

  it('splits bullets but not the dash of a month range', () => {
    expect(splitBullets('- ประชุม ข้าราชการ - เว็บไซต์')).toEqual({
      segments: ['ประชุม ข้าราชการ', 'เว็บไซต์'],
      leadingText: false,
    });
    expect(splitBullets('ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖').segments).toEqual([
      'ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖',
    ]);
    expect(splitBullets('เวลา ๘.๓๐ - ๑๖.๓๐ น.').segments).toEqual(['เวลา ๘.๓๐ - ๑๖.๓๐ น.']);
    expect(splitBullets('ข้อความต่อ - ข้อใหม่')).toEqual({ segments: ['ข้อความต่อ', 'ข้อใหม่'], leadingText: true });
    expect(splitBullets('(Anti- Bribery Policy)').segments).toEqual(['(Anti- Bribery Policy)']);
    expect(splitBullets('E-service').segments).toEqual(['E-service']);
  });

  it('mends only spaces that cannot separate words', () => {
    expect(mendWrapSpaces('ที ่')).toBe('ที่');
    expect(mendWrapSpaces('ก ำหนด')).toBe('กำหนด');
    expect(mendWrapSpaces('เ จ้าหน้าที่')).toBe('เจ้าหน้าที่');
    expect(mendWrapSpaces('ประชาสั มพันธ์')).toBe('ประชาสัมพันธ์');
    expect(mendWrapSpaces('กั้ น')).toBe('กั้น');
    expect(mendWrapSpaces('กรรมการ ชุมชน')).toBe('กรรมการ ชุมชน');
    expect(mendWrapSpaces('ประชุม ข้าราชการและ ลูกจ้าง')).toBe('ประชุม ข้าราชการและ ลูกจ้าง');
    expect(mendWrapSpaces('อื่น ๆ')).toBe('อื่น ๆ');
    expect(mendWrapSpaces('สำนักงาน ก.ก. กำหนด')).toBe('สำนักงาน ก.ก. กำหนด');
    expect(mendWrapSpaces('ผ่าน Social media')).toBe('ผ่าน Social media');
  });

  it('cleans whitespace and glues a wrapped slash', () => {
    expect(cleanText('  ๑ ครั้ง/   เดือน \u200B ')).toBe('๑ ครั้ง/เดือน');
    expect(cleanText('ร้องเรียน/ ทักท้วง/ตรวจสอบ')).toBe('ร้องเรียน/ทักท้วง/ตรวจสอบ');
    expect(cleanText('๑ เรื่อง / ฝ่าย')).toBe('๑ เรื่อง / ฝ่าย');
  });

  it('appends a continuation cell: leading text finishes the last bullet, bullets add', () => {
    const col = { segments: parseCell('- ประชุม ข้าราชการ - ให้เจ้าหน้าที่ ประชาสัมพันธ์').segments };
    appendToColumn(col, parseCell('ขั้นตอนการ ให้บริการ - เว็บไซต์'));
    expect(col.segments).toEqual(['ประชุม ข้าราชการ', 'ให้เจ้าหน้าที่ ประชาสัมพันธ์ ขั้นตอนการ ให้บริการ', 'เว็บไซต์']);
    const empty = { segments: [] as string[] };
    appendToColumn(empty, parseCell('ข้อความ'));
    expect(empty.segments).toEqual(['ข้อความ']);
  });
});

describe('codes', () => {
  const none = (): Record<Tool, number> => ({ IIT: 0, EIT: 0, OIT: 0 });
  const resolve = (raw: string, tool: Tool, lastNumber: number) => {
    const last = none();
    last[tool] = lastNumber;
    const token = readCodeToken(`${raw} ข้อความ`);
    if (!token) throw new Error(`no token in ${raw}`);
    const r = resolveCode(token, tool, last, new Set());
    return `${formatCode(r)}${r.inOrder ? '' : '?'}`;
  };

  it('reads code tokens at the start of a cell only', () => {
    expect(readCodeToken('1๑ เจ้าหน้าที่')).toMatchObject({ raw: '1๑', letter: null, digits: '11', rest: 'เจ้าหน้าที่' });
    expect(readCodeToken('E๑๐ สำนักงาน')).toMatchObject({ letter: 'E', digits: '10' });
    expect(readCodeToken('O๓ แผน')).toMatchObject({ letter: 'O', digits: '3' });
    expect(readCodeToken('- เงิน')).toBeNull();
    expect(readCodeToken('ที่ลดอุปสรรค')).toBeNull();
    expect(readCodeToken('๑๖.๐๐ น.')).toBeNull();
  });

  it('offers the dropped-letter and garbled-letter readings', () => {
    const t = readCodeToken('๑๘ x');
    expect(t && codeReadings(t, 'IIT')).toEqual([
      { tool: 'IIT', number: 18 },
      { tool: 'IIT', number: 8 },
    ]);
  });

  it('resolves garbled codes from the order of items', () => {
    expect(resolve('1๑', 'IIT', 0)).toBe('I1');
    expect(resolve('๓', 'IIT', 2)).toBe('I3');
    expect(resolve('๑๘', 'IIT', 7)).toBe('I8');
    expect(resolve('๑๘', 'IIT', 17)).toBe('I18');
    expect(resolve('1๑๐', 'IIT', 9)).toBe('I10');
    expect(resolve('๑๒', 'IIT', 11)).toBe('I12');
    expect(resolve('120', 'IIT', 19)).toBe('I20');
    expect(resolve('E๑', 'EIT', 0)).toBe('E1');
    expect(resolve('0๖', 'OIT', 5)).toBe('O6');
    expect(resolve('๐๑', 'OIT', 0)).toBe('O1');
    expect(resolve('0๑๐', 'OIT', 9)).toBe('O10');
    expect(resolve('O๓๐', 'OIT', 29)).toBe('O30');
  });

  it('marks a code that fits no expected position instead of guessing silently', () => {
    expect(resolve('๑๒', 'IIT', 8)).toBe('I12?');
    expect(resolve('E๕', 'EIT', 1)).toBe('E5?');
  });
});

describe('targets and monitoring', () => {
  it('parses plain quantities with their unit', () => {
    expect(parseTarget('๑ ครั้ง')).toEqual({ qty: 1, unit: 'ครั้ง' });
    expect(parseTarget('๑ ช่องทาง')).toEqual({ qty: 1, unit: 'ช่องทาง' });
    expect(parseTarget('๑๐ ฝ่าย')).toEqual({ qty: 10, unit: 'ฝ่าย' });
    expect(parseTarget('อย่างน้อย ๑ ฉบับ')).toEqual({ qty: 1, unit: 'ฉบับ' });
    expect(parseTarget('เผยแพร่ ๑ ช่องทาง')).toEqual({ qty: 1, unit: 'ช่องทาง' });
    expect(parseTarget('3 กระบวนงาน')).toEqual({ qty: 3, unit: 'กระบวนงาน' });
    expect(parseTarget('๑ link')).toEqual({ qty: 1, unit: 'link' });
  });

  it('puts the period in the unit', () => {
    expect(parseTarget('เดือนละ ๑ ครั้ง')).toEqual({ qty: 1, unit: 'ครั้ง/เดือน' });
    expect(parseTarget('๑ ครั้ง/วัน')).toEqual({ qty: 1, unit: 'ครั้ง/วัน' });
    expect(parseTarget('๒ ครั้ง/ เดือน')).toEqual({ qty: 2, unit: 'ครั้ง/เดือน' });
  });

  it('gives no target for anything else', () => {
    for (const s of [
      'จัดทำคู่มือ ขั้นตอนการ ปฏิบัติงาน ๑๐ ฝ่าย',
      'เวียนแจ้งคู่มือการปฏิบัติงาน ๑ ครั้ง',
      'ไม่มีเรื่องร้องเรียนของการแข่งคิว',
      '',
      '๑',
      'ครั้ง',
      '๑ เรื่อง / ฝ่าย รวม ๑๐ เรื่อง',
    ]) {
      expect(parseTarget(s)).toEqual({ qty: null, unit: null });
    }
  });

  it('reads the monitoring frequency', () => {
    expect(parseMonitoring('๑ ครั้ง/ เดือน')).toBe('monthly');
    expect(parseMonitoring('เดือนละ ๑ ครั้ง')).toBe('monthly');
    expect(parseMonitoring('- ๑ ครั้ง/วัน')).toBe('daily');
    expect(parseMonitoring('ทุกวัน')).toBe('daily');
    expect(parseMonitoring('')).toBe('none');
    expect(parseMonitoring('  ')).toBe('none');
    expect(parseMonitoring('๒ ครั้ง/เดือน')).toBe('other');
    expect(parseMonitoring('ไตรมาสละ ๑ ครั้ง')).toBe('other');
  });
});

describe('divisions', () => {
  it('maps short and split names to the standard divisions', () => {
    expect(DEFAULT_DIVISIONS).toHaveLength(10);
    expect(matchDivision('ฝ่าย ปกครอง')).toBe('ฝ่ายปกครอง');
    expect(matchDivision('ฝ่ายคลัง')).toBe('ฝ่ายการคลัง');
    expect(matchDivision('ฝ่ายการ คลัง')).toBe('ฝ่ายการคลัง');
    expect(matchDivision('ศึกษา')).toBe('ฝ่ายการศึกษา');
    expect(matchDivision('รักษาความ สะอาดฯ')).toBe('ฝ่ายรักษาความสะอาดและสวนสาธารณะ');
    expect(matchDivision('พัฒนา ชุมชนฯ')).toBe('ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม');
    expect(matchDivision('สิ่งแวดล้อม ฯ')).toBe('ฝ่ายสิ่งแวดล้อมและสุขาภิบาล');
    expect(matchDivision('เทคนิค')).toBeNull();
    expect(matchDivision('ฝ่า')).toBeNull();
  });

  it('splits on "/" and reports what it cannot map', () => {
    expect(parseResponsible('ฝ่าย ทะเบียน/ รายได้/ เทคนิค/ พัฒนา ชุมชนฯ')).toEqual({
      divisions: ['ฝ่ายทะเบียน', 'ฝ่ายรายได้', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', 'เทคนิค'],
      allDivisions: false,
      unknown: ['เทคนิค'],
    });
    expect(parseResponsible('ทุกฝ่าย')).toEqual({ divisions: [], allDivisions: true, unknown: [] });
    expect(parseResponsible('')).toEqual({ divisions: [], allDivisions: false, unknown: [] });
  });

  it('uses the office’s own list when given', () => {
    const own = ['ฝ่ายปกครอง', 'ฝ่ายเทคนิค'];
    expect(parseResponsible('เทคนิค/ ปกครอง', own)).toEqual({
      divisions: ['ฝ่ายเทคนิค', 'ฝ่ายปกครอง'],
      allDivisions: false,
      unknown: [],
    });
    expect(parseResponsible('ฝ่ายโยธา', own).unknown).toEqual(['ฝ่ายโยธา']);
  });
});

describe('timeframes and alignment', () => {
  it('reads one range per activity', () => {
    const rs = parseTimeframes('ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖');
    expect(rs.map((r) => [r.start, r.end, r.text])).toEqual([
      ['2022-12', '2023-05', 'ธ.ค. ๖๕ - พ.ค. ๖๖'],
      ['2022-12', '2023-05', 'ธ.ค. ๖๕ - พ.ค. ๖๖'],
    ]);
    expect(parseTimeframes('ม.ค.66').map((r) => [r.start, r.end])).toEqual([['2023-01', '2023-01']]);
    expect(parseTimeframes('ตลอดปีงบประมาณ')).toEqual([]);
  });

  it('repairs "จ.ค." from the fiscal year and the plan’s own months', () => {
    const freq = new Map([['2022-12', 50]]);
    const [r] = parseTimeframes('จ.ค. ๖๕ - พ.ค. ๖๖', 2566, freq);
    expect(r).toMatchObject({ start: '2022-12', end: '2023-05' });
    expect(r?.repaired).toEqual([
      { written: 'จ.ค. ๖๕', month: '2022-12', candidates: expect.arrayContaining(['2022-10', '2022-12']) },
    ]);
    // Without context the typo stays unread rather than guessed.
    expect(parseTimeframes('จ.ค. ๖๕ - พ.ค. ๖๖')[0]?.start).toBeNull();
    expect(repairMonth(['2022-10', '2022-12'], 2566, new Map())).toBeNull();
  });

  it('spreads columns over activities', () => {
    expect(spread(['a', 'b'], 2, false)).toEqual({ values: ['a', 'b'], ambiguous: false });
    expect(spread(['a', 'b', 'c'], 2, false)).toEqual({ values: ['a', 'b\nc'], ambiguous: false });
    expect(spread(['web'], 3, true)).toEqual({ values: ['web', 'web', 'web'], ambiguous: false });
    expect(spread(['๑ ช่องทาง'], 2, false)).toEqual({ values: ['๑ ช่องทาง', ''], ambiguous: true });
    expect(spread(['a', 'b'], 3, true)).toEqual({ values: ['a', 'b', ''], ambiguous: true });
    expect(spread([], 2, true)).toEqual({ values: ['', ''], ambiguous: false });
  });
});
