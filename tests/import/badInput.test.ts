// Bad input is refused with an error problem naming the line, never with a throw.
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, hasErrors, parsePlanText } from '../../db/import/planText';
import type { ParsedPlan } from '../../db/import/types';

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

/** A small well-formed plan; `rows` replace its item rows. */
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

describe('well-formed small plan', () => {
  it('parses without problems other than the missing items', () => {
    const plan = parsePlanText(doc([row('1๑ คำถามหนึ่ง'), row('1๒ คำถามสอง')]));
    expect(hasErrors(plan)).toBe(false);
    expect(plan.items.map((i) => i.code)).toEqual(['I1', 'I2']);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]?.message).toContain('I3');
  });
});

describe('bad input', () => {
  it('rejects empty text', () => {
    for (const text of ['', '   \n\t\n  ']) {
      const plan = parsePlanText(text);
      expect(hasErrors(plan)).toBe(true);
      expect(errors(plan)[0]).toMatchObject({ line: 0, message: 'ไม่มีข้อความให้นำเข้า' });
      expect(plan.items).toEqual([]);
    }
  });

  it('rejects text without a tab-separated table', () => {
    const plan = parsePlanText('มาตรการส่งเสริมคุณธรรม\nI1 เจ้าหน้าที่ ประชุม ๑ ครั้ง\n');
    expect(errors(plan)).toHaveLength(1);
    expect(errors(plan)[0]?.message).toContain('แท็บ');
  });

  it('rejects a row with the wrong number of columns, naming its line', () => {
    const plan = parsePlanText(doc([row('1๑ คำถาม'), 'I๒ คำถาม\tประเด็น\tกิจกรรม', row('1๓ คำถาม')]));
    expect(hasErrors(plan)).toBe(true);
    expect(errors(plan)).toEqual([{ line: 7, severity: 'error', message: 'บรรทัด 7: มี 3 คอลัมน์ แต่ตารางต้องมี 8 คอลัมน์' }]);
  });

  it('tolerates trailing empty cells but not extra filled ones', () => {
    expect(hasErrors(parsePlanText(doc([row('1๑ คำถาม') + '\t\t'])))).toBe(false);
    const plan = parsePlanText(doc([row('1๑ คำถาม') + '\tเกิน']));
    expect(errors(plan)[0]).toMatchObject({ line: 6, message: expect.stringContaining('9 คอลัมน์') });
  });

  it('rejects an item row that lost its tabs', () => {
    const plan = parsePlanText(doc([row('1๑ คำถาม'), '1๒ คำถามที่ไม่มีแท็บ']));
    expect(errors(plan)).toEqual([{ line: 7, severity: 'error', message: expect.stringMatching(/^บรรทัด 7: .*แท็บ/) }]);
  });

  it('rejects binary content: NUL bytes', () => {
    const plan = parsePlanText(doc([row('1๑ คำถาม')]) + '\n\u0000\u0001PK\u0003\u0004');
    expect(errors(plan)).toEqual([{ line: 7, severity: 'error', message: expect.stringContaining('NUL') }]);
    expect(plan.items).toEqual([]);
  });

  it('rejects binary content: many replacement characters', () => {
    const garbage = 'ab\uFFFD\uFFFD\tx\uFFFD\uFFFD\uFFFD\n\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\t\uFFFD';
    const plan = parsePlanText(garbage);
    expect(errors(plan)).toEqual([{ line: 1, severity: 'error', message: expect.stringContaining('อ่านไม่ได้') }]);
  });

  it('only warns about a stray replacement character in a real plan', () => {
    const plan = parsePlanText(doc([row('1๑ คำ\uFFFDถาม')]));
    expect(hasErrors(plan)).toBe(false);
    expect(plan.problems.some((p) => p.line === 6 && p.severity === 'warning')).toBe(true);
  });

  it('rejects enormous input without scanning it all', () => {
    const huge = 'x'.repeat(MAX_INPUT_BYTES + 1);
    const t0 = performance.now();
    const plan = parsePlanText(huge);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(errors(plan)).toEqual([{ line: 0, severity: 'error', message: expect.stringContaining('5 MB') }]);
    // Thai takes 3 bytes a character in UTF-8: 2M Thai characters are 6 MB.
    expect(hasErrors(parsePlanText('ก'.repeat(2 * 1024 * 1024)))).toBe(true);
  });

  it('rejects a table without any item', () => {
    const plan = parsePlanText(doc([]));
    expect(errors(plan)).toEqual([{ line: 0, severity: 'error', message: expect.stringContaining('ไม่พบข้อ') }]);
  });

  it('rejects a continuation row before any item, naming its line', () => {
    const plan = parsePlanText(doc(['\t- ประเด็นต่อ\t- กิจกรรมต่อ\t\t\t\t\t', row('1๑ คำถาม')]));
    expect(errors(plan)).toEqual([
      { line: 6, severity: 'error', message: expect.stringMatching(/^บรรทัด 6: .*ยังไม่มีข้อ/) },
    ]);
    expect(plan.items.map((i) => i.code)).toEqual(['I1']);
  });

  it('reports a duplicate code as an error', () => {
    const plan = parsePlanText(doc([row('I1 คำถาม'), row('I1 คำถามซ้ำ')]));
    expect(errors(plan)).toEqual([{ line: 7, severity: 'error', message: 'บรรทัด 7: รหัสข้อ I1 ซ้ำกับบรรทัด 6' }]);
  });

  it('warns about an out-of-order code and missing codes instead of guessing silently', () => {
    const plan = parsePlanText(doc([row('1๑ คำถาม'), row('๑๕ คำถาม')]));
    expect(hasErrors(plan)).toBe(false);
    // "๑๕" reads I15 or I5; the nearer to the expected I2 is taken, and said so.
    expect(plan.items.map((i) => i.code)).toEqual(['I1', 'I5']);
    const lines = plan.problems.map((p) => [p.line, p.message]);
    expect(lines).toContainEqual([
      7,
      expect.stringMatching(/^บรรทัด 7: อ่านรหัสข้อ "๑๕" ไม่ได้ตามลำดับ \(ข้อถัดไปควรเป็น I2\) จึงถือเป็นข้อ I5/),
    ]);
    expect(lines).toContainEqual([0, expect.stringContaining('ไม่พบข้อ I2, I3, I4, I6')]);
  });

  it('warns about a month it cannot read and an unknown unit', () => {
    const text = doc([row('1๑ คำถาม').replace('ธ.ค. ๖๕ - พ.ค. ๖๖', 'ตลอดปี').replace('ฝ่ายปกครอง', 'ฝ่ายไอที')]);
    const plan = parsePlanText(text);
    expect(hasErrors(plan)).toBe(false);
    expect(plan.items[0]?.activities[0]).toMatchObject({
      startMonth: null,
      endMonth: null,
      timeframeText: 'ตลอดปี',
      divisions: ['ฝ่ายไอที'],
    });
    expect(plan.unknownDivisions).toEqual(['ฝ่ายไอที']);
    expect(plan.problems.filter((p) => p.line === 6)).toHaveLength(2);
  });

  it('never throws on junk', () => {
    const junk = [
      '\t',
      '\t\t\t\t\t\t\t',
      '<p>\t</p>',
      'I1\tx',
      '๑)\t\t\t\t\t\t\t',
      '\r\r\r',
      '- \t-\t-\t-\t-\t-\t-\t-',
      doc([row('<ul style="x"><li>')]),
      doc([row('0\t')]),
      '&#99999999;\t&;',
      Array.from({ length: 200 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 3000))).join('\t'),
    ];
    for (const text of junk) {
      expect(() => parsePlanText(text)).not.toThrow();
      const plan = parsePlanText(text);
      for (const p of plan.problems) expect(p.message).toMatch(/[\u0E01-\u0E4E]/);
    }
    // @ts-expect-error: a caller passing something that is not a string still gets a problem
    expect(hasErrors(parsePlanText(undefined))).toBe(true);
  });
});
