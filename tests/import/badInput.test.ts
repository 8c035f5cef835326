// Bad input is refused with an error problem naming the line (and column), never with a throw.
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, hasErrors, parsePlanText } from '../../db/import/planText';
import type { ParsedPlan } from '../../db/import/types';
import { problemText } from '../../core/terms';

const HEADER = [
  'ตัวชี้วัด',
  'ประเด็นที่ต้องเตรียมความพร้อม/ ยกระดับ',
  'กิจกรรมที่จะดำเนินการ',
  'ผลผลิต',
  'วิธีการสร้าง การรับรู้',
  'ระยะเวลา แล้วเสร็จ',
  'ผู้รับผิดชอบ',
  'ระยะเวลา กำกับติดตาม โดย ผอ.เขต',
].join('\t');
const row = (first: string, activity = '- ประชุมชี้แจง', output = '- ๑ ครั้ง') =>
  [first, '- ประเด็น', activity, output, '- เว็บไซต์', 'ธ.ค. ๖๕ - พ.ค. ๖๖', 'ฝ่ายปกครอง', '๑ ครั้ง/ เดือน'].join('\t');
const section = (text: string) => [text, '', '', '', '', '', '', ''].join('\t');

/** A small well-formed plan; `rows` replace its item rows (the first is line 6). */
function doc(rows: string[]): string {
  return [
    'I๑ มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2566',
    HEADER,
    section('แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (Internal Integrity and Transparency Assessment : IIT)'),
    section('๑) การปฏิบัติหน้าที่'),
    ...rows,
  ].join('\n');
}

const errors = (plan: ParsedPlan) => plan.problems.filter((p) => p.severity === 'error');
/** The problems as the refusal and the CLI write them, each after its line ("บรรทัด 7: …"). */
const texts = (plan: ParsedPlan) => plan.problems.map((p) => problemText('text', p));
/** A problem's own message never repeats its line: `line` (and `column`) carry it. */
const noLinePrefix = (plan: ParsedPlan) =>
  expect(plan.problems.filter((p) => /^(บรรทัด|แถว)\s*[0-9๐-๙]/.test(p.message))).toEqual([]);

describe('a well-formed small plan', () => {
  it('parses with no problem at all: only the items the office chose, no count expected', () => {
    const plan = parsePlanText(doc([row('1๑ คำถามหนึ่ง'), row('1๒ คำถามสอง')]));
    expect(plan.items.map((i) => i.code)).toEqual(['I1', 'I2']);
    expect(plan.problems).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([[''], ['   \n\t\n  ']])('refuses empty text %j', (text) => {
    const plan = parsePlanText(text);
    expect(errors(plan)[0]).toMatchObject({ line: 0, message: 'ไม่มีข้อความให้นำเข้า' });
    expect(plan.items).toEqual([]);
  });

  it.each<[string, string, { line: number; message: string | RegExp }[]]>([
    ['text without a table', 'มาตรการส่งเสริมคุณธรรม\nI1 เจ้าหน้าที่ ประชุม ๑ ครั้ง\n', [{ line: 0, message: /แท็บ/ }]],
    [
      'a row with too few columns',
      doc([row('1๑ คำถาม'), 'I๒ คำถาม\tประเด็น\tกิจกรรม', row('1๓ คำถาม')]),
      [{ line: 7, message: 'บรรทัด 7: มี 3 คอลัมน์ แต่หัวตารางมี 8 คอลัมน์' }],
    ],
    ['an extra filled cell', doc([row('1๑ คำถาม') + '\tเกิน']), [{ line: 6, message: /^บรรทัด 6: มี 9 คอลัมน์/ }]],
    [
      'an item row that lost its tabs',
      doc([row('1๑ คำถาม'), '1๒ คำถามที่ไม่มีแท็บ']),
      [{ line: 7, message: /^บรรทัด 7: .*แท็บ/ }],
    ],
    ['NUL bytes', doc([row('1๑ คำถาม')]) + '\n\u0000\u0001PK\u0003\u0004', [{ line: 7, message: /NUL/ }]],
    [
      'many replacement characters',
      'ab\uFFFD\uFFFD\tx\uFFFD\uFFFD\uFFFD\n\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\t\uFFFD',
      [{ line: 1, message: /อ่านไม่ได้/ }],
    ],
    ['a table without any item', doc([]), [{ line: 0, message: /ไม่พบข้อ/ }]],
    [
      'a continuation row before any item',
      doc(['\t- ประเด็นต่อ\t- กิจกรรมต่อ\t\t\t\t\t', row('1๑ คำถาม')]),
      [{ line: 6, message: /^บรรทัด 6, คอลัมน์ ตัวชี้วัด: .*ไม่มีข้อใดอยู่ก่อนหน้า/ }],
    ],
    [
      'a continuation row with no page break to explain it',
      doc([row('I1 คำถาม'), '\t- ประเด็นต่อ\t- กิจกรรมต่อ\t\t\t\t\t']),
      [{ line: 7, message: /^บรรทัด 7, คอลัมน์ ตัวชี้วัด: แถวนี้ไม่มีรหัสข้อและไม่ได้อยู่ต่อจากการขึ้นหน้าใหม่/ }],
    ],
    [
      'a continuation row right after a heading line',
      doc([row('I1 คำถาม'), '', section('๒) การใช้งบประมาณ'), '\t- ประเด็นต่อ\t- กิจกรรมต่อ\t\t\t\t\t']),
      [{ line: 9, message: /ไม่มีข้อใดอยู่ก่อนหน้า/ }],
    ],
    [
      'a duplicate code',
      doc([row('I1 คำถาม'), row('I1 คำถามซ้ำ')]),
      [{ line: 7, message: 'บรรทัด 7, คอลัมน์ ตัวชี้วัด: รหัสข้อ I1 ซ้ำกับบรรทัด 6' }],
    ],
    [
      'a code that cannot be read',
      doc([row('I1 คำถาม'), row('ข้อ O.ก คำถาม')]),
      [{ line: 7, message: /อ่านรหัสข้อ "ข้อ" ไม่ได้/ }],
    ],
    [
      'an unknown header',
      doc([row('I1 คำถาม')]).replace('ผลผลิต', 'สีของแฟ้ม'),
      [
        {
          line: 3,
          message:
            /^บรรทัด 3: อ่านหัวตารางไม่ได้: ไม่รู้จักคอลัมน์ "สีของแฟ้ม" — คอลัมน์ที่พบ: "ตัวชี้วัด", .*"สีของแฟ้ม".*; คอลัมน์ที่อ่านได้: ตัวชี้วัด \(หรือ ข้อ, รหัส\)/,
        },
      ],
    ],
    [
      'a table with no header row',
      doc([row('I1 คำถาม')]).replace(HEADER + '\n', ''),
      [{ line: 0, message: /^ไม่พบแถวหัวตาราง .*"I1 คำถาม", "- ประเด็น", "- ประชุมชี้แจง"/ }],
    ],
    [
      'two activity columns',
      doc([row('I1 คำถาม')]).replace('ผลผลิต', 'กิจกรรม'),
      [{ line: 3, message: /มีคอลัมน์กิจกรรมที่จะดำเนินการซ้ำกัน/ }],
    ],
  ])('refuses %s, naming the line', (_name, text, want) => {
    const plan = parsePlanText(text);
    expect(hasErrors(plan)).toBe(true);
    noLinePrefix(plan);
    expect(errors(plan).map((p) => ({ line: p.line, severity: p.severity, message: problemText('text', p) }))).toEqual(
      want.map((w) => ({
        line: w.line,
        severity: 'error',
        message: typeof w.message === 'string' ? w.message : expect.stringMatching(w.message),
      })),
    );
  });

  it('continues an item across a page break (blank line + repeated header), with a warning', () => {
    const plan = parsePlanText(doc([row('I1 คำถาม'), '', HEADER, '\t- ประเด็นต่อ\t- กิจกรรมต่อ\t- ๑ ฉบับ\t\t\t\t']));
    expect(hasErrors(plan)).toBe(false);
    expect(plan.items[0]?.activities.map((a) => a.text)).toEqual(['ประชุมชี้แจง', 'กิจกรรมต่อ']);
    expect(plan.items[0]?.issue).toBe('ประเด็น\nประเด็นต่อ');
    expect(plan.problems).toEqual([
      { line: 9, column: 'ตัวชี้วัด', severity: 'warning', message: expect.stringMatching(/^แถวนี้.*ส่วนต่อของข้อ I1/) },
    ]);
    expect(texts(plan)).toEqual([expect.stringMatching(/^บรรทัด 9, คอลัมน์ ตัวชี้วัด: แถวนี้.*ส่วนต่อของข้อ I1/)]);
  });

  it('never merges a row whose code is in another form into the item above', () => {
    const plan = parsePlanText(doc([row('I1 คำถาม'), row('(I2) คำถาม'), row('ข้อ I3 คำถาม'), row('I.4 คำถาม')]));
    expect(hasErrors(plan)).toBe(false);
    expect(plan.items.map((i) => [i.code, i.rawCode, i.activities.length])).toEqual([
      ['I1', 'I1', 1],
      ['I2', '(I2)', 1],
      ['I3', 'ข้อ I3', 1],
      ['I4', 'I.4', 1],
    ]);
  });

  it('warns only where codes go backwards or a garbled code is guessed', () => {
    const skipping = parsePlanText(doc([row('I1 คำถาม'), row('I5 คำถาม'), row('I9 คำถาม')]));
    expect(skipping.problems).toEqual([]);
    const back = parsePlanText(doc([row('I5 คำถาม'), row('I2 คำถาม')]));
    noLinePrefix(back);
    expect(texts(back)).toEqual([expect.stringMatching(/^บรรทัด 7, คอลัมน์ ตัวชี้วัด: รหัสข้อ I2 ย้อนลำดับ/)]);
    const garbled = parsePlanText(doc([row('1๑ คำถาม'), row('๑๕ คำถาม')]));
    expect(garbled.items.map((i) => i.code)).toEqual(['I1', 'I5']);
    noLinePrefix(garbled);
    expect(texts(garbled)).toEqual([
      expect.stringMatching(/^บรรทัด 7, คอลัมน์ ตัวชี้วัด: อ่านรหัสข้อ "๑๕" ไม่ได้ตามลำดับ \(ข้อถัดไปควรเป็น I2\) จึงถือเป็นข้อ I5/),
    ]);
  });

  it('only warns about a stray replacement character in a real plan', () => {
    const plan = parsePlanText(doc([row('1๑ คำ\uFFFDถาม')]));
    expect(hasErrors(plan)).toBe(false);
    expect(plan.problems.some((p) => p.line === 6 && p.severity === 'warning')).toBe(true);
  });

  it('refuses enormous input without scanning it all', () => {
    const t0 = performance.now();
    const plan = parsePlanText('x'.repeat(MAX_INPUT_BYTES + 1));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(errors(plan)).toEqual([{ line: 0, severity: 'error', message: expect.stringContaining('5 MB') }]);
    // Thai takes 3 bytes a character in UTF-8: 2M Thai characters are 6 MB.
    expect(hasErrors(parsePlanText('ก'.repeat(2 * 1024 * 1024)))).toBe(true);
  });

  it('warns about a month it cannot read and an unknown unit, naming the column', () => {
    const text = doc([row('1๑ คำถาม').replace('ธ.ค. ๖๕ - พ.ค. ๖๖', 'เร็ว ๆ นี้').replace('ฝ่ายปกครอง', 'ฝ่ายไอที')]);
    const plan = parsePlanText(text);
    expect(hasErrors(plan)).toBe(false);
    expect(plan.items[0]?.activities[0]).toMatchObject({ startMonth: null, endMonth: null, divisions: ['ฝ่ายไอที'] });
    expect(plan.unknownDivisions).toEqual(['ฝ่ายไอที']);
    noLinePrefix(plan);
    expect(plan.problems.map((p) => p.column)).toEqual(['ระยะเวลาแล้วเสร็จ', 'ผู้รับผิดชอบ']);
    expect(texts(plan)).toEqual([
      expect.stringMatching(/^บรรทัด 6, คอลัมน์ ระยะเวลาแล้วเสร็จ: ข้อ I1: อ่านระยะเวลา "เร็ว ๆ นี้" ไม่ได้/),
      expect.stringMatching(/^บรรทัด 6, คอลัมน์ ผู้รับผิดชอบ: ข้อ I1: ไม่รู้จักผู้รับผิดชอบ "ฝ่ายไอที"/),
    ]);
  });

  it.each([
    ['\t'],
    ['\t\t\t\t\t\t\t'],
    ['<p>\t</p>'],
    ['I1\tx'],
    ['๑)\t\t\t\t\t\t\t'],
    ['\r\r\r'],
    ['- \t-\t-\t-\t-\t-\t-\t-'],
    [doc([row('<ul style="x"><li>')])],
    [doc([row('0\t')])],
    ['&#99999999;\t&;'],
    ['<table><tr><td rowspan="999999">x</td><td colspan="99999">y</td></tr></table>'],
    [Array.from({ length: 200 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 3000))).join('\t')],
  ])('never throws on junk %#', (text) => {
    expect(() => parsePlanText(text)).not.toThrow();
    for (const p of parsePlanText(text).problems) expect(p.message).toMatch(/[\u0E01-\u0E4E]/);
  });

  it('gives a problem, not a throw, for a caller passing something that is not a string', () => {
    // @ts-expect-error: deliberately wrong
    expect(hasErrors(parsePlanText(undefined))).toBe(true);
  });
});
