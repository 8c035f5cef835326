// Unit tests for the importer's pieces, table-driven: lists in cells, wrap spaces, codes, headers,
// headings, targets, divisions, timeframes.
import { describe, expect, it } from 'vitest';
import { splitEntries, tidy } from '../../db/import/cells';
import { codeReadings, formatCode, looksLikeCode, readCodeToken, resolveCode } from '../../db/import/codes';
import { parseMonitoring, parseTarget } from '../../db/import/outputs';
import { DEFAULT_DIVISIONS, matchDivision, parseResponsible } from '../../db/import/divisions';
import { parseTimeframes, repairMonth, tickedRange } from '../../db/import/timeframe';
import { spread } from '../../db/import/activities';
import { Lexicon, Mender } from '../../db/import/mend';
import { periodOf, roleOf } from '../../db/import/headers';
import { readIndicatorLine, readSubIndicatorLine, readTitleFacts, readToolLine } from '../../db/import/sections';
import { htmlFragmentText } from '../../db/import/readers/html';
import { splitTsv } from '../../db/import/readers/text';

describe('cells: lists', () => {
  it.each([
    ['- ประชุม ข้าราชการ - เว็บไซต์', ['ประชุม ข้าราชการ', 'เว็บไซต์'], false],
    ['• ประชุม\n• เว็บไซต์', ['ประชุม', 'เว็บไซต์'], false],
    ['1) ประชุม 2) เว็บไซต์ 3) Facebook', ['ประชุม', 'เว็บไซต์', 'Facebook'], false],
    ['1. ประชุมชี้แจง\n2. จัดทำประกาศ', ['ประชุมชี้แจง', 'จัดทำประกาศ'], false],
    ['ประชุมชี้แจง\nจัดทำประกาศ', ['ประชุมชี้แจง', 'จัดทำประกาศ'], true],
    ['ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖', ['ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖'], true],
    ['เวลา ๘.๓๐ - ๑๖.๓๐ น.', ['เวลา ๘.๓๐ - ๑๖.๓๐ น.'], true],
    ['ข้อความต่อ - ข้อใหม่', ['ข้อความต่อ', 'ข้อใหม่'], true],
    ['(Anti- Bribery Policy)', ['(Anti- Bribery Policy)'], true],
    ['E-service', ['E-service'], true],
    ['จัดทำ ๑ ครั้ง 2 ฉบับ', ['จัดทำ ๑ ครั้ง 2 ฉบับ'], true],
    ['ร้อยละ 80. ของเป้าหมาย 2) ไม่ใช่ลำดับ', ['ร้อยละ 80. ของเป้าหมาย 2) ไม่ใช่ลำดับ'], true],
  ])('%j → %j', (text, segments, leadingText) => {
    expect(splitEntries(text)).toEqual({ segments, leadingText });
  });

  it.each([
    ['  ๑ ครั้ง/   เดือน \u200B ', '๑ ครั้ง/เดือน'],
    ['ร้องเรียน/ ทักท้วง/ตรวจสอบ', 'ร้องเรียน/ทักท้วง/ตรวจสอบ'],
    ['๑ เรื่อง / ฝ่าย', '๑ เรื่อง / ฝ่าย'],
  ])('tidies %j', (raw, want) => expect(tidy(raw)).toBe(want));

  it.each([
    ['<p>- ๑ ครั้ง</p> <p>- ๑ ช่องทาง</p>', '- ๑ ครั้ง\n- ๑ ช่องทาง'],
    ['<ul style="list-style-type: none"> ธ.ค. ๖๕ - พ.ค. ๖๖ ', 'ธ.ค. ๖๕ - พ.ค. ๖๖'],
    ['<ul><li>ประชุม</li><li>เว็บไซต์</li></ul>', '- ประชุม\n- เว็บไซต์'],
    ['<ol><li>ประชุม</li><li>เว็บไซต์</li></ol>', '1) ประชุม\n2) เว็บไซต์'],
    ['A&amp;B &lt;x&gt; &#3585; &#x0E01;', 'A&B <x> ก ก'],
    ['a<br>b<o:p></o:p>', 'a\nb'],
    ['<script>alert(1)</script>ข้อความ', 'ข้อความ'],
  ])('reads the HTML fragment %j', (html, want) => expect(htmlFragmentText(html)).toBe(want));
});

describe('wrap spaces', () => {
  const corpus = ['โดยผู้อำนวยการเขต', 'ฝ่ายปกครองเขต', 'การปฏิบัติงานของเจ้าหน้าที่'];
  const mend = (text: string, extra: string[] = []) => {
    const m = new Mender(new Lexicon([...corpus, ...extra, text]), { enabled: true, undo: new Set() });
    return { text: m.mend(text, 1, { index: 0, header: 'ก' }), joins: m.joins };
  };
  it.each([
    ['ที ่', 'ที่', 'spelling'],
    ['ก ำหนด', 'กำหนด', 'spelling'],
    ['เ จ้าหน้าที่', 'เจ้าหน้าที่', 'spelling'],
    ['ประชาสั มพันธ์', 'ประชาสัมพันธ์', 'spelling'],
    ['กำห นด', 'กำหนด', 'word'],
    ['ผู้อำนวยการ เขต', 'ผู้อำนวยการเขต', 'document'],
    ['ฝ่าย ปกครอง', 'ฝ่ายปกครอง', 'document'],
    ['คู่มือการ ปฏิบัติงาน', 'คู่มือการปฏิบัติงาน', 'document'],
  ])('joins %j → %j (%s)', (text, want, rule) => {
    const r = mend(text);
    expect(r.text).toBe(want);
    expect(r.joins.map((j) => j.rule)).toEqual([rule]);
  });

  it.each([
    ['กรรมการ ชุมชน'],
    ['อื่น ๆ'],
    ['สำนักงาน ก.ก. กำหนด'],
    ['ประจำปีงบประมาณ พ.ศ. 2566'],
    ['โดย ผอ.เขต'],
    ['ผ่าน Social media'],
    ['๑ ครั้ง'],
    ['ชุมชนฯ จัดทำ'],
  ])('keeps the phrase space in %j', (text) => {
    const r = mend(text);
    expect(r.text).toBe(text);
    expect(r.joins).toEqual([]);
  });

  it('records each join with an id, its context and lets the user undo one', () => {
    const text = 'ประชุม โดยผู้อำนวยการ เขต และ ฝ่าย ปกครอง';
    const lex = new Lexicon([...corpus, text]);
    const all = new Mender(lex, { enabled: true, undo: new Set() });
    expect(all.mend(text, 3, { index: 2, header: 'กิจกรรม' })).toBe('ประชุม โดยผู้อำนวยการเขต และ ฝ่ายปกครอง');
    expect(all.joins.map((j) => [j.id, j.line, j.column, j.before, j.after])).toEqual([
      ['3:2:1', 3, 'กิจกรรม', 'ประชุม โดยผู้อำนวยการ เขต และ…', 'ประชุม โดยผู้อำนวยการเขต และ…'],
      ['3:2:2', 3, 'กิจกรรม', '…และ ฝ่าย ปกครอง', '…และ ฝ่ายปกครอง'],
    ]);
    const one = new Mender(lex, { enabled: true, undo: new Set(['3:2:1']) });
    expect(one.mend(text, 3, { index: 2, header: 'กิจกรรม' })).toBe('ประชุม โดยผู้อำนวยการ เขต และ ฝ่ายปกครอง');
    const none = new Mender(lex, { enabled: false, undo: new Set() });
    expect(none.mend(text, 3, { index: 2, header: 'กิจกรรม' })).toBe(text);
    expect(none.joins).toHaveLength(2);
  });
});

describe('codes', () => {
  it.each([
    ['1๑ เจ้าหน้าที่', { raw: '1๑', prefix: null, digits: '11', rest: 'เจ้าหน้าที่' }],
    ['E๑๐ สำนักงาน', { prefix: 'E', digits: '10', rest: 'สำนักงาน' }],
    ['I1 คำถาม', { prefix: 'I', digits: '1' }],
    ['ข้อ I1 คำถาม', { prefix: 'I', digits: '1', rest: 'คำถาม' }],
    ['OIT1 โครงสร้าง', { prefix: 'O', digits: '1' }],
    ['(O1) โครงสร้าง', { prefix: 'O', digits: '1', rest: 'โครงสร้าง' }],
    ['O.1 โครงสร้าง', { prefix: 'O', digits: '1' }],
    ['O 1 โครงสร้าง', { prefix: 'O', digits: '1' }],
    ['o12 ข้อมูล', { prefix: 'O', digits: '12' }],
    ['MOIT1 การเปิดเผย', { prefix: 'MOIT', digits: '1' }],
    ['MOIT 22 การ', { prefix: 'MOIT', digits: '22' }],
    ['O31 ข้อมูลใหม่', { prefix: 'O', digits: '31' }],
    ['E12เจ้าหน้าที่', { prefix: 'E', digits: '12', rest: 'เจ้าหน้าที่' }],
    ['030 มาตรการ', { prefix: null, digits: '030' }],
    ['ข้อ ๑๑ คำถาม', { prefix: null, digits: '11' }],
  ])('reads %j', (text, want) => expect(readCodeToken(text)).toMatchObject(want));

  it.each([['- เงิน'], ['ที่ลดอุปสรรค'], ['๑๖.๐๐ น.'], ['E-Service'], [''], ['ข้อมูล ITA 2566']])(
    'finds no code in %j',
    (text) => expect(readCodeToken(text)).toBeNull(),
  );

  it.each([
    ['ข้อ O.ก ข้อมูล', true],
    ['ข้อ ก', false],
    ['- ข้อความ', false],
    ['เจ้าหน้าที่', false],
  ])('%j looks like a code: %s', (text, want) => expect(looksLikeCode(text)).toBe(want));

  it('offers the dropped-letter and garbled-letter readings', () => {
    const t = readCodeToken('๑๘ x');
    expect(t && codeReadings(t, 'I')).toEqual([
      { prefix: 'I', number: 18 },
      { prefix: 'I', number: 8 },
    ]);
  });

  const resolve = (raw: string, prefix: string, lastNumber: number) => {
    const token = readCodeToken(`${raw} ข้อความ`);
    if (!token) throw new Error(`no token in ${raw}`);
    const r = resolveCode(token, prefix, new Map([[prefix, lastNumber]]), new Set());
    return r ? `${formatCode(r)}${r.guessed ? '?' : ''}` : null;
  };
  it.each([
    ['1๑', 'I', 0, 'I1'],
    ['๓', 'I', 2, 'I3'],
    ['๑๘', 'I', 7, 'I8'],
    ['๑๘', 'I', 17, 'I18'],
    ['1๑๐', 'I', 9, 'I10'],
    ['120', 'I', 19, 'I20'],
    ['E๑', 'E', 0, 'E1'],
    ['0๖', 'O', 5, 'O6'],
    ['๐๑', 'O', 0, 'O1'],
    ['0๑๐', 'O', 9, 'O10'],
    ['O๓๐', 'O', 29, 'O30'],
    ['O31', 'O', 30, 'O31'],
    ['E๕', 'E', 1, 'E5'],
    ['๑๒', 'I', 8, 'I12?'],
    ['๕', 'MOIT', 4, 'MOIT5'],
  ])('resolves %j under %s after %i as %s', (raw, prefix, last, want) => expect(resolve(raw, prefix, last)).toBe(want));
});

describe('headers', () => {
  it.each([
    ['ตัวชี้วัด', 'code'],
    ['ข้อ', 'code'],
    ['รหัส', 'code'],
    ['ประเด็นที่ต้องเตรียมความพร้อม/ ยกระดับ', 'issue'],
    ['ประเด็นที่ต้องพัฒนา', 'issue'],
    ['ประเด็น', 'issue'],
    ['กิจกรรมที่จะดำเนินการ', 'activity'],
    ['กิจกรรม/โครงการ', 'activity'],
    ['มาตรการ', 'activity'],
    ['ผลผลิต', 'output'],
    ['ตัวชี้วัดผลผลิต', 'output'],
    ['เป้าหมาย', 'output'],
    ['วิธีการสร้าง การรับรู้', 'awareness'],
    ['ระยะเวลา', 'timeframe'],
    ['ระยะเวลาดำเนินการ', 'timeframe'],
    ['ระยะเวลา แล้วเสร็จ', 'timeframe'],
    ['ผู้รับผิดชอบ', 'responsible'],
    ['การกำกับติดตาม', 'monitoring'],
    ['ระยะเวลา กำกับติดตาม โดย ผอ.เขต', 'monitoring'],
    ['ลำดับ', 'sequence'],
    ['ลำดับที่', 'sequence'],
    ['หมายเหตุ', 'ignored'],
    ['ข้อคำถาม', 'question'],
    ['สีของเก้าอี้', null],
  ])('%j reads as %s', (text, role) => expect(roleOf(text)).toBe(role));

  it.each([
    ['ต.ค.', { role: 'month', period: 0 }],
    ['ก.ย. 70', { role: 'month', period: 11 }],
    ['มกราคม', { role: 'month', period: 3 }],
    ['ไตรมาส 1', { role: 'quarter', period: 0 }],
    ['ไตรมาสที่ ๔', { role: 'quarter', period: 3 }],
    ['ไตรมาส 2 (ม.ค.-มี.ค.)', { role: 'quarter', period: 1 }],
    ['Q3', { role: 'quarter', period: 2 }],
    ['ผลผลิต', null],
  ])('%j is the tick column %j', (text, want) => expect(periodOf(text)).toEqual(want));
});

describe('headings and title', () => {
  it.each([
    ['แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (Internal Integrity and Transparency Assessment : IIT)', 'IIT'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (External ... : IIT)', 'EIT'],
    ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', 'OIT'],
    ['แบบตรวจ MOIT', 'MOIT'],
    ['เครื่องมือการประเมิน (MOIT)', 'MOIT'],
  ])('tool line %j → %s', (text, code) => expect(readToolLine(text)?.code).toBe(code));

  it.each([
    ['๑) การปฏิบัติหน้าที่', { number: 1, name: 'การปฏิบัติหน้าที่' }],
    ['1. การปฏิบัติหน้าที่', { number: 1, name: 'การปฏิบัติหน้าที่' }],
    ['1) การปฏิบัติหน้าที่', { number: 1, name: 'การปฏิบัติหน้าที่' }],
    ['ตัวชี้วัดที่ 12 การป้องกันการทุจริต', { number: 12, name: 'การป้องกันการทุจริต' }],
    ['ตัวชี้วัดที่ ๙', { number: 9, name: '' }],
    ['9.1 ข้อมูลพื้นฐาน', null],
    ['I1 เจ้าหน้าที่', null],
  ])('indicator line %j → %j', (text, want) => expect(readIndicatorLine(text)).toEqual(want));

  it.each([
    ['ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน', { label: '9.1', indicator: 9, name: 'ข้อมูลพื้นฐาน' }],
    ['9.2 การบริหารงาน', { label: '9.2', indicator: 9, name: 'การบริหารงาน' }],
    ['ตัวชี้วัดย่อย ๑๐.๑: การดำเนินการ', { label: '10.1', indicator: 10, name: 'การดำเนินการ' }],
    ['9.1', null],
  ])('sub-indicator line %j → %j', (text, want) => expect(readSubIndicatorLine(text)).toEqual(want));

  it.each([
    ['สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2566', { office: 'สำนักงานเขตดุสิต', fiscalYear: 2566 }],
    ['สำนักงานเขตบางรัก ปีงบประมาณ ๒๕๗๐', { office: 'สำนักงานเขตบางรัก', fiscalYear: 2570 }],
    ['วิทยาลัยเทคนิคชลบุรี ประจำปี 2569', { office: 'วิทยาลัยเทคนิคชลบุรี', fiscalYear: 2569 }],
    ['มาตรการส่งเสริมคุณธรรม', { office: null, fiscalYear: null }],
  ])('title %j', (text, want) => expect(readTitleFacts(text)).toEqual(want));
});

describe('targets and monitoring', () => {
  it.each([
    ['๑ ครั้ง', 1, 'ครั้ง'],
    ['๑๐ ฝ่าย', 10, 'ฝ่าย'],
    ['อย่างน้อย ๑ ฉบับ', 1, 'ฉบับ'],
    ['เผยแพร่ ๑ ช่องทาง', 1, 'ช่องทาง'],
    ['3 กระบวนงาน', 3, 'กระบวนงาน'],
    ['๑ link', 1, 'link'],
    ['เดือนละ ๑ ครั้ง', 1, 'ครั้ง/เดือน'],
    ['๒ ครั้ง/ เดือน', 2, 'ครั้ง/เดือน'],
    ['จัดทำคู่มือ ขั้นตอนการ ปฏิบัติงาน ๑๐ ฝ่าย', null, null],
    ['เวียนแจ้งคู่มือการปฏิบัติงาน ๑ ครั้ง', null, null],
    ['', null, null],
    ['๑ เรื่อง / ฝ่าย รวม ๑๐ เรื่อง', null, null],
  ])('target of %j: %s %s', (text, qty, unit) => expect(parseTarget(text)).toEqual({ qty, unit }));

  it.each([
    ['๑ ครั้ง/ เดือน', 'monthly'],
    ['เดือนละ ๑ ครั้ง', 'monthly'],
    ['ทุกเดือน', 'monthly'],
    ['- ๑ ครั้ง/วัน', 'daily'],
    ['', 'none'],
    ['๒ ครั้ง/เดือน', 'other'],
    ['ทุกไตรมาส', 'other'],
  ])('monitoring %j → %s', (text, want) => expect(parseMonitoring(text)).toBe(want));
});

describe('divisions', () => {
  it.each([
    ['ฝ่าย ปกครอง', 'ฝ่ายปกครอง'],
    ['ฝ่ายคลัง', 'ฝ่ายการคลัง'],
    ['ศึกษา', 'ฝ่ายการศึกษา'],
    ['รักษาความ สะอาดฯ', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ'],
    ['พัฒนา ชุมชนฯ', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม'],
    ['สิ่งแวดล้อม ฯ', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล'],
    ['เทคนิค', null],
    ['ฝ่า', null],
  ])('%j → %s', (text, want) => expect(matchDivision(text)).toBe(want));

  it('splits on "/", reads ทุกฝ่าย, keeps what it cannot map, uses the office’s own list', () => {
    expect(DEFAULT_DIVISIONS).toHaveLength(10);
    expect(parseResponsible('ฝ่าย ทะเบียน/ รายได้/ เทคนิค/ พัฒนา ชุมชนฯ')).toEqual({
      divisions: ['ฝ่ายทะเบียน', 'ฝ่ายรายได้', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', 'เทคนิค'],
      allDivisions: false,
      unknown: ['เทคนิค'],
    });
    expect(parseResponsible('ทุกฝ่าย')).toEqual({ divisions: [], allDivisions: true, unknown: [] });
    expect(parseResponsible('เทคนิค/ ปกครอง', ['ฝ่ายปกครอง', 'ฝ่ายเทคนิค']).divisions).toEqual(['ฝ่ายเทคนิค', 'ฝ่ายปกครอง']);
  });
});

describe('timeframes', () => {
  it.each([
    ['ธ.ค. ๖๕ - พ.ค. ๖๖', 2566, [['2022-12', '2023-05']]],
    ['ธ.ค. ๖๕ – พ.ค. ๖๖', 2566, [['2022-12', '2023-05']]],
    ['ธันวาคม 2565 – พฤษภาคม 2566', 2566, [['2022-12', '2023-05']]],
    ['ธันวาคม 2022 ถึง พฤษภาคม 2023', 2566, [['2022-12', '2023-05']]],
    ['ต.ค. 2569 - ก.ย. 2570', 2570, [['2026-10', '2027-09']]],
    ['ม.ค.66', 2566, [['2023-01', '2023-01']]],
    ['ต.ค. – ธ.ค.', 2570, [['2026-10', '2026-12']]],
    ['ไตรมาสที่ 1–4', 2570, [['2026-10', '2027-09']]],
    ['ไตรมาสที่ 2', 2570, [['2027-01', '2027-03']]],
    ['ไตรมาส ๒ - ๓', 2570, [['2027-01', '2027-06']]],
    [
      'ไตรมาสที่ 1 และ 3',
      2570,
      [
        ['2026-10', '2026-12'],
        ['2027-04', '2027-06'],
      ],
    ],
    ['ตลอดปีงบประมาณ', 2570, [['2026-10', '2027-09']]],
    ['ทุกเดือน', 2570, [['2026-10', '2027-09']]],
    ['ทุกไตรมาส', 2570, [['2026-10', '2027-09']]],
    [
      'ธ.ค. ๖๕ - พ.ค. ๖๖ ธ.ค. ๖๕ - พ.ค. ๖๖',
      2566,
      [
        ['2022-12', '2023-05'],
        ['2022-12', '2023-05'],
      ],
    ],
    ['ไม่ระบุ', 2566, []],
  ] as const)('%j in FY%i', (text, fy, want) => {
    expect(parseTimeframes(text, fy).map((r) => [r.start, r.end])).toEqual(want);
  });

  it('needs the fiscal year for quarters and bare months, and says so', () => {
    expect(parseTimeframes('ไตรมาสที่ 2')).toMatchObject([{ start: null, end: null, needsYear: true }]);
    expect(parseTimeframes('ตลอดปีงบประมาณ')).toMatchObject([{ start: null, needsYear: true }]);
  });

  it('repairs "จ.ค." from the fiscal year and the plan’s own months, never guessing without them', () => {
    const [r] = parseTimeframes('จ.ค. ๖๕ - พ.ค. ๖๖', 2566, new Map([['2022-12', 50]]));
    expect(r).toMatchObject({ start: '2022-12', end: '2023-05' });
    expect(r?.repaired[0]).toMatchObject({ written: 'จ.ค. ๖๕', month: '2022-12' });
    expect(parseTimeframes('จ.ค. ๖๕ - พ.ค. ๖๖')[0]?.start).toBeNull();
    expect(repairMonth(['2022-10', '2022-12'], 2566, new Map())).toBeNull();
  });

  it.each([
    [
      [2, 3, 4, 5, 6, 7],
      ['2022-12', '2023-05'],
    ],
    [
      [2, 5, 8, 11],
      ['2022-12', '2023-09'],
    ],
    [[0], ['2022-10', '2022-10']],
  ])('ticks %j → %j', (months, [start, end]) => {
    expect(tickedRange(2566, months)).toMatchObject({ start, end });
  });

  it.each([
    [['a', 'b'], 2, false, ['a', 'b'], false],
    [['a', 'b', 'c'], 2, false, ['a', 'b\nc'], false],
    [['web'], 3, true, ['web', 'web', 'web'], false],
    [['๑ ช่องทาง'], 2, false, ['๑ ช่องทาง', ''], true],
    [[], 2, true, ['', ''], false],
  ])('spreads %j over %i activities', (values, n, share, want, ambiguous) => {
    expect(spread(values, n, share)).toEqual({ values: want, ambiguous });
  });
});

describe('pasted text', () => {
  it.each([
    [
      'a\tb\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      '"line 1\nline 2"\tb\nc\td',
      [
        ['line 1\nline 2', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"he said ""hi"""\tb', [['he said "hi"', 'b']]],
    ['"not quoted" text\tb', [['"not quoted" text', 'b']]],
    ['a\r\nb\r\n', [['a'], ['b']]],
  ])('splits %j', (text, want) => expect(splitTsv(text).map((r) => r.cells)).toEqual(want));

  it('keeps each row’s first line', () => {
    expect(splitTsv('"a\nb"\tx\nc\ty').map((r) => r.line)).toEqual([1, 3]);
  });
});
