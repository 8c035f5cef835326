// The plan importer against the real seed plan (สำนักงานเขตดุสิต, FY2566): the same 70 items and 112
// activities as before the reader rewrite, now with the PDF's wrap spaces mended (and, with every
// join undone, exactly the text as written).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../core/terms';
import { DEFAULT_DIVISIONS, hasErrors, parsePlanText } from '../../db/import/planText';
import type { ParsedItem } from '../../db/import/types';
import { brief, SEED_AS_WRITTEN as expected } from './seedAsWritten';

const root = path.resolve(__dirname, '../..');
const shipped = path.join(root, 'db/import/sample/dusit-2566.txt');
const fixture = path.join(root, 'tests/fixtures/seed-dusit-2566.txt');
const shared = path.resolve(root, '../shared/seed/000_5630080ab57722e3.txt');
const seedText = readFileSync(shipped, 'utf8');
const plan = parsePlanText(seedText);
const asWritten = parsePlanText(seedText, { keepSpaces: 'all' });
const item = (code: string, from = plan): ParsedItem => {
  const found = from.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};
/** Every string anywhere in the plan, with where it sits. */
function strings(value: unknown, at = 'plan'): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

describe('the shipped sample', () => {
  it('is the shared seed, byte for byte', () => {
    expect(readFileSync(fixture, 'utf8')).toBe(seedText);
    if (existsSync(shared)) expect(readFileSync(shared, 'utf8')).toBe(seedText);
  });
});

describe('parsePlanText on the seed', () => {
  it('reads the title, office and fiscal year', () => {
    expect(plan.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(plan.office).toBe('สำนักงานเขตดุสิต');
    expect(plan.fiscalYear).toBe(2566);
    expect(hasErrors(plan)).toBe(false);
  });

  it('finds exactly 70 items, I1–I25, E1–E15, O1–O30 in order', () => {
    const expected = [
      ...Array.from({ length: 25 }, (_, i) => `I${i + 1}`),
      ...Array.from({ length: 15 }, (_, i) => `E${i + 1}`),
      ...Array.from({ length: 30 }, (_, i) => `O${i + 1}`),
    ];
    expect(plan.items.map((i) => i.code)).toEqual(expected);
    for (const i of plan.items) {
      expect(i.tool).toBe({ I: 'IIT', E: 'EIT', O: 'OIT' }[i.code[0] as 'I' | 'E' | 'O']);
      expect(i.prefix).toBe(i.code[0]);
      expect(i.number).toBe(Number(i.code.slice(1)));
      expect(i.subIndicator).toBeNull();
    }
    expect(plan.items.reduce((n, i) => n + i.activities.length, 0)).toBe(112);
    expect(plan.tools.map((t) => [t.code, t.prefix, t.line])).toEqual([
      ['IIT', 'I', 8],
      ['EIT', 'E', 62],
      ['OIT', 'O', 101],
    ]);
    expect(plan.columns.map((c) => c.role)).toEqual([
      'code',
      'issue',
      'activity',
      'output',
      'awareness',
      'timeframe',
      'responsible',
      'monitoring',
    ]);
  });

  it('reads the 10 indicators with their tools and names', () => {
    expect(plan.indicators.map(({ number, tool, name }) => ({ number, tool, name }))).toEqual([
      { number: 1, tool: 'IIT', name: 'การปฏิบัติหน้าที่' },
      { number: 2, tool: 'IIT', name: 'การใช้งบประมาณ' },
      { number: 3, tool: 'IIT', name: 'การใช้อำนาจ' },
      { number: 4, tool: 'IIT', name: 'การใช้ทรัพย์สินของราชการ' },
      { number: 5, tool: 'IIT', name: 'การแก้ไขปัญหาการทุจริต' },
      { number: 6, tool: 'EIT', name: 'คุณภาพการดำเนินงาน' },
      { number: 7, tool: 'EIT', name: 'ประสิทธิภาพในการสื่อสาร' },
      { number: 8, tool: 'EIT', name: 'การปรับปรุงระบบการทำงาน' },
      { number: 9, tool: 'OIT', name: 'การเปิดเผยข้อมูล' },
      { number: 10, tool: 'OIT', name: 'การป้องกันการทุจริต' },
    ]);
  });

  it('puts every item under the indicator line above it in the seed', () => {
    // Checked by hand against the section lines: ๑) line 9, ๒) 24, ๓) 33, ๔) 46, ๕) 53,
    // ๖) 64, ๗) 79, ๘) 86, ๙) 103, ๑๐) 142.
    const ranges: [string, number, number, number][] = [
      ['I', 1, 7, 1],
      ['I', 8, 11, 2],
      ['I', 12, 17, 3],
      ['I', 18, 20, 4],
      ['I', 21, 25, 5],
      ['E', 1, 6, 6],
      ['E', 7, 10, 7],
      ['E', 11, 15, 8],
      ['O', 1, 22, 9],
      ['O', 23, 30, 10],
    ];
    for (const [letter, from, to, indicator] of ranges) {
      for (let n = from; n <= to; n++) expect(item(`${letter}${n}`).indicator, `${letter}${n}`).toBe(indicator);
    }
  });

  it('keeps the raw OCR codes and the lines the items start on', () => {
    expect(
      ['I1', 'I3', 'I8', 'I18', 'I20', 'O1', 'O6', 'O10', 'O30'].map((c) => [c, item(c).rawCode, item(c).line]),
    ).toEqual([
      ['I1', '1๑', 10],
      ['I3', '๓', 15],
      ['I8', '๑๘', 25],
      ['I18', '๑๘', 47],
      ['I20', '120', 52],
      ['O1', '๐๑', 105],
      ['O6', '0๖', 114],
      ['O10', '0๑๐', 118],
      ['O30', 'O๓๐', 158],
    ]);
  });

  for (const [code, want] of Object.entries(expected)) {
    it(`reads ${code} exactly as written with every wrap-space join undone (line ${want.line})`, () => {
      const got = item(code, asWritten);
      expect(got.line).toBe(want.line);
      expect(got.rawCode).toBe(want.rawCode);
      expect(got.question).toBe(want.question);
      expect(got.issue).toBe(want.issue);
      expect(got.activities.map(brief)).toEqual(want.activities);
    });
  }

  it.each([
    ['I1', 'activities', 0, 'ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ โดยผู้อำนวยการเขต'],
    ['I1', 'activities', 1, 'เผยแพร่คู่มือขั้นตอนการให้บริการให้เจ้าหน้าที่ได้รับทราบ'],
    ['I1', 'awareness', 0, 'ประชุมข้าราชการและลูกจ้าง'],
    ['I1', 'issue', 1, 'ให้บริการตามขั้นตอนที่กำหนดไว้ในคู่มือการปฏิบัติงาน'],
    ['I14', 'activities', 2, 'จัดทำช่องทางการรับเรื่องร้องเรียน'],
    [
      'E11',
      'activities',
      0,
      'เจ้าหน้าที่ต้องปฏิบัติงานให้เป็นไปตามมาตรฐานและขั้นตอนการปฏิบัติงานที่สำนักงาน ก.ก. กำหนด (เวียนแจ้งคู่มือการปฏิบัติงานให้เจ้าหน้าที่ได้ศึกษา)',
    ],
    ['O21', 'question', 0, 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล'],
    ['O21', 'activities', 2, 'ลง Link ข้อมูลการบริหารทรัพยากรบุคคลของส่วนกลาง (สำนักงาน ก.ก.)'],
  ] as const)('mends the wrap spaces of %s’s %s #%i', (code, field, index, want) => {
    const i = item(code);
    const got =
      field === 'activities'
        ? i.activities[index]?.text
        : field === 'awareness'
          ? i.activities[index]?.awareness
          : i[field].split('\n')[index];
    expect(got).toBe(want);
  });

  it('mends wrap spaces in well over 94 cells, keeps phrase spaces before abbreviations, and records every join', () => {
    const cells = new Set(plan.joins.map((j) => `${j.line}:${j.column}`));
    expect(cells.size).toBeGreaterThan(94);
    expect(plan.joins.every((j) => j.applied)).toBe(true);
    expect(asWritten.joins.map((j) => j.id)).toEqual(plan.joins.map((j) => j.id));
    expect(asWritten.joins.every((j) => !j.applied)).toBe(true);
    expect(new Set(plan.joins.map((j) => j.id)).size).toBe(plan.joins.length);
    for (const j of plan.joins) {
      expect(j.before.replace(/…/g, '')).toContain(' ');
      expect(j.before.replace(/ /g, '')).toBe(j.after.replace(/ /g, ''));
    }
    // "สำนักงาน ก.ก.", "โดย ผอ.เขต": a space before an abbreviation is a phrase space.
    expect(plan.joins.some((j) => /\S(?:ก\.ก\.|ผอ\.)/.test(j.after) && !/\S(?:ก\.ก\.|ผอ\.)/.test(j.before))).toBe(
      false,
    );
  });

  it('undoes exactly the joins the user picks, and only those', () => {
    const join = plan.joins.find((j) => j.before.includes('ผู้อำนวยการ เขต'))!;
    const undone = parsePlanText(seedText, { keepSpaces: [join.id] });
    const changed = undone.items.flatMap((i) => i.activities.map((a, n) => [i.code, n, a.text] as const));
    const original = plan.items.flatMap((i) => i.activities.map((a, n) => [i.code, n, a.text] as const));
    const diffs = changed.filter((c, k) => c[2] !== original[k]?.[2]);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.[2]).toContain('ผู้อำนวยการ เขต');
    expect(undone.joins.filter((j) => !j.applied).map((j) => j.id)).toEqual([join.id]);
  });

  it('maps responsible text to divisions after mending: no "ฝ่าย ปกครอง" left', () => {
    const texts = plan.items.flatMap((i) => i.activities.map((a) => a.responsibleText));
    expect(texts.filter((t) => t === 'ฝ่ายปกครอง').length).toBeGreaterThan(20);
    expect(texts.some((t) => t.includes('ฝ่าย ปกครอง'))).toBe(false);
  });

  it('aligns I1’s two activities with their outputs', () => {
    const acts = item('I1').activities;
    expect(acts.map((a) => [a.output, a.targetQty, a.targetUnit])).toEqual([
      ['๑ ครั้ง', 1, 'ครั้ง'],
      ['จัดทำคู่มือขั้นตอนการปฏิบัติงาน ๑๐ ฝ่าย', null, null],
    ]);
    expect(acts.every((a) => a.timeframeText === 'ธ.ค. ๖๕ - พ.ค. ๖๖' && a.responsibleText === 'ฝ่ายปกครอง')).toBe(true);
    expect(acts.every((a) => a.monitoringText === '๑ ครั้ง/เดือน')).toBe(true);
  });

  it('reads the "จ.ค. ๖๕" typo lines as December 2022, each with a warning', () => {
    const typoLines = [19, 20, 21, 67, 68, 71, 72, 73];
    for (const line of typoLines) {
      const it = plan.items.find((i) => i.line === line);
      expect(it, `line ${line}`).toBeDefined();
      expect(it?.activities.every((a) => a.startMonth === '2022-12' && a.endMonth === '2023-05')).toBe(true);
      expect(
        plan.problems.some((p) => p.line === line && p.severity === 'warning' && p.message.includes('จ.ค. ๖๕')),
      ).toBe(true);
    }
    const months = plan.items.flatMap((i) => i.activities.map((a) => `${a.startMonth}..${a.endMonth}`));
    expect(new Set(months)).toEqual(new Set(['2022-12..2023-05']));
  });

  it('reads monitoring: monthly, daily for E8/E10, none for O26', () => {
    const by = (code: string) => [...new Set(item(code).activities.map((a) => a.monitoring))];
    expect(by('E8')).toEqual(['daily']);
    expect(by('E10')).toEqual(['daily']);
    expect(by('O26')).toEqual(['none']);
    const others = plan.items.filter((i) => !['E8', 'E10', 'O26'].includes(i.code));
    expect(others.every((i) => i.activities.every((a) => a.monitoring === 'monthly'))).toBe(true);
  });

  it('maps responsible units, "ทุกฝ่าย" and reports "เทคนิค"', () => {
    expect(item('E2').activities[0]).toMatchObject({ allDivisions: true, divisions: [] });
    expect(item('O1').activities[0]?.divisions).toEqual(['ฝ่ายปกครอง', 'ฝ่ายการศึกษา']);
    expect(item('O3').activities[0]?.divisions).toEqual(['ฝ่ายโยธา', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ']);
    expect(item('O17').activities[0]?.divisions).toEqual(['ฝ่ายการคลัง']);
    expect(item('O29').activities[0]?.divisions).toEqual(['ฝ่ายการคลัง', 'ฝ่ายเทศกิจ']);
    expect(plan.unknownDivisions).toEqual(['เทคนิค']);
    expect(plan.problems.some((p) => p.line === 123 && p.message.includes('เทคนิค'))).toBe(true);
    const known = new Set([...DEFAULT_DIVISIONS, 'เทคนิค']);
    for (const i of plan.items)
      for (const a of i.activities) for (const d of a.divisions) expect(known.has(d)).toBe(true);
  });

  it('leaves no markup and no bullet markers in any text', () => {
    for (const [where, s] of strings(plan.items)) {
      expect(s, where).not.toMatch(/[<>]/);
      expect(s, where).not.toMatch(/^\s*-\s/);
      expect(s, where).not.toMatch(/\n\s*-\s/);
      expect(s, where).toBe(s.trim());
      expect(s, where).not.toMatch(/ {2}|\t/);
    }
  });

  it('gives every item a question and every activity its text', () => {
    for (const i of plan.items) {
      expect(i.question, i.code).not.toBe('');
      expect(i.activities.length, i.code).toBeGreaterThan(0);
      for (const a of i.activities) expect(a.text, i.code).not.toBe('');
    }
  });

  it('reports exactly these problems, all in Thai, each naming its line and column', () => {
    expect(plan.problems.map((p) => [p.line, p.severity])).toEqual([
      [11, 'warning'], // I2: 2 awareness entries for 3 activities
      [14, 'warning'], // continuation of I2 after a page break
      [19, 'warning'],
      [20, 'warning'],
      [21, 'warning'], // จ.ค. ๖๕
      [39, 'warning'], // continuations after page breaks: I14, I17, I19
      [45, 'warning'],
      [51, 'warning'],
      [62, 'warning'], // EIT section line says "IIT"
      [67, 'warning'],
      [68, 'warning'],
      [71, 'warning'],
      [72, 'warning'],
      [73, 'warning'], // จ.ค. ๖๕
      [90, 'warning'], // continuations: E11, E15, O11
      [99, 'warning'],
      [122, 'warning'],
      [123, 'warning'], // เทคนิค
      [134, 'warning'], // continuations: O18, O21, O23
      [140, 'warning'],
      [146, 'warning'],
      [147, 'warning'], // O24: 1 output for 2 activities
      [151, 'warning'], // O26: no monitoring
      [152, 'warning'], // O27: 1 output for 2 activities
      [156, 'warning'], // continuation of O28
    ]);
    for (const p of plan.problems) {
      expect(p.message).toMatch(/[\u0E01-\u0E4E]/);
      // The message has no line prefix; flattened (refusal, CLI) it reads "บรรทัด N, คอลัมน์ …: …".
      expect(p.message).not.toMatch(/^(บรรทัด|แถว)\s*[0-9๐-๙]/);
      expect(problemText('text', p)).toMatch(new RegExp(`^บรรทัด ${p.line}(, คอลัมน์ [^:]+)?: `));
    }
    const at19 = plan.problems.find((p) => p.line === 19)!;
    expect(at19).toMatchObject({ column: 'ระยะเวลาแล้วเสร็จ', message: expect.stringMatching(/^ข้อ I5: /) });
    expect(problemText('text', at19)).toMatch(/^บรรทัด 19, คอลัมน์ ระยะเวลาแล้วเสร็จ: ข้อ I5: /);
    expect(plan.problems.find((p) => p.line === 14)?.message).toContain('ส่วนต่อของข้อ I2');
  });

  it('accepts CRLF line endings and a BOM the same way', () => {
    const crlf = parsePlanText('\uFEFF' + seedText.replace(/\n/g, '\r\n'));
    expect(crlf.items).toEqual(plan.items);
    expect(crlf.problems).toEqual(plan.problems);
  });
});
