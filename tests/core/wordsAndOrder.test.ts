// Thai word pieces for line breaking, natural code order, and ผู้รับผิดชอบ with the divisions set in
// the app: pure rules of core/ that the reports (and screens) use.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIVISIONS } from '../../core/divisions';
import { naturalCompare } from '../../core/naturalCompare';
import { responsibleText } from '../../core/rules';
import { isWordBoundary, thaiRuns, thaiRunWords, thaiWords } from '../../core/thai';
import type { Division } from '../../core/types';

describe('Thai words', () => {
  it('cuts runs into dictionary words, keeping ฯ, ๆ and marks with the word before', () => {
    expect(thaiWords('จัดทำแผนการใช้จ่ายงบประมาณฯ')).toEqual(['จัด', 'ทำ', 'แผนการ', 'ใช้', 'จ่าย', 'งบ', 'ประมาณฯ']);
    expect(thaiWords('รักษาความสะอาดฯ')).toEqual(['รักษา', 'ความ', 'สะอาดฯ']);
    expect(thaiWords('ทุกวันๆ')).toEqual(['ทุก', 'วันๆ']);
    for (const w of thaiWords('ผู้มีส่วนได้ส่วนเสียภายในและภายนอกหน่วยงาน'))
      expect(w).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
    expect(thaiWords('ประชาสัมพันธ์ช่องทางการร้องเรียน').join('')).toBe('ประชาสัมพันธ์ช่องทางการร้องเรียน');
  });

  it('leaves digits, spaces and punctuation to the line breaker, and knows a boundary from a split', () => {
    expect(thaiRuns('ภายใน ๑๕ นาที)')).toEqual([
      { words: ['ภายใน'] },
      { text: ' ๑๕ ' },
      { words: ['นาที'] },
      { text: ')' },
    ]);
    expect(isWordBoundary('งบ', 'ประมาณ')).toBe(true);
    expect(isWordBoundary('งบประ', 'มาณฯ')).toBe(false);
    expect(isWordBoundary('นา', 'ที)')).toBe(false);
    expect(isWordBoundary('ภายใน ', '๑๕')).toBe(true);
  });
});

describe('Thai words against ICU alone', () => {
  const marked = (run: string) =>
    thaiRunWords(run).map((w) => `${w.breakBefore ? '^' : ''}${w.text}${w.cutInside ? '*' : ''}`);

  it('marks only where ICU alone would cut inside a word or miss a boundary', () => {
    // ICU alone: งบ|ประ|มาณฯ|และ — "ประมาณฯ" must be kept whole.
    expect(marked('งบประมาณฯและข้อมูล')).toEqual(['งบ', 'ประมาณฯ*', 'และ', 'ข้อมูล']);
    expect(marked('รักษาความสะอาดฯ')).toEqual(['รักษา', 'ความ', 'สะอาดฯ*']);
    // ICU alone sees "ฯลฯ" as one word; ours ends a word at each ฯ: a boundary ICU misses.
    expect(marked('ฯลฯ')).toEqual(['ฯ', '^ลฯ']);
    // Nothing to tell where the two agree.
    expect(marked('ประชาสัมพันธ์ช่องทางการร้องเรียน').every((w) => !/[*^]/.test(w))).toBe(true);
    // A piece that cannot start a word (an OCR slip) joins the word before: ICU cut there.
    expect(marked('ประชาสัมพันธ์ะการ')).toEqual(['ประ', 'ชา', 'สัมพันธ์ะ*', 'การ']);
  });

  it('gives the run back and agrees with thaiWords on the words', () => {
    for (const run of ['จัดทำแผนการใช้จ่ายงบประมาณฯ', 'ทุกวันๆ', 'ต่างๆนานา', 'กกกกกกกกกกกกกกกกกกกกกกกกกกก']) {
      expect(thaiRunWords(run).map((w) => w.text)).toEqual(thaiWords(run));
      expect(thaiRunWords(run)[0]!.breakBefore).toBe(false);
    }
  });
});

describe('natural order', () => {
  it('puts O2 before O10 and ๙) before ๑๐), whatever the digits', () => {
    const codes = ['O23', 'O2', 'O24', 'O10', 'O3', 'O1'];
    expect([...codes].sort(naturalCompare)).toEqual(['O1', 'O2', 'O3', 'O10', 'O23', 'O24']);
    expect(['๑๐)', '๙)', '๒)'].sort(naturalCompare)).toEqual(['๒)', '๙)', '๑๐)']);
    expect(['MOIT10', 'MOIT9', 'E1', 'I2'].sort(naturalCompare)).toEqual(['E1', 'I2', 'MOIT9', 'MOIT10']);
  });
});

describe('ผู้รับผิดชอบ', () => {
  const divisions: Division[] = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายโยธา', 'เทคนิค'].map((name, i) => ({
    id: i + 1,
    name,
    position: i + 1,
    isStandard: i < 3,
  }));
  const a = (divisionIds: number[], responsibleText: string, allDivisions = false) => ({
    divisionIds,
    responsibleText,
    allDivisions,
  });

  it('prints the divisions set in the app, not the text as imported', () => {
    expect(responsibleText(a([1, 2], 'ฝ่าย ปกครอง'), divisions)).toBe('ฝ่ายปกครอง\nฝ่ายทะเบียน');
    expect(responsibleText(a([], 'ทุกฝ่าย', true), divisions)).toBe('ทุกฝ่าย');
    expect(responsibleText(a([1], 'ฝ่าย ปกครอง'), divisions, ' / ')).toBe('ฝ่ายปกครอง');
  });

  it("adds the plan's words only where they say more than the divisions", () => {
    expect(responsibleText(a([1], 'ฝ่ายปกครอง/งานประชาสัมพันธ์'), divisions)).toBe('ฝ่ายปกครอง\nงานประชาสัมพันธ์');
    expect(responsibleText(a([], 'ทุกฝ่าย/ที่ปรึกษาเขต', true), divisions)).toBe('ทุกฝ่าย\nที่ปรึกษาเขต');
    // A division the plan names but the app no longer links is not printed.
    expect(responsibleText(a([3], 'ฝ่ายปกครอง/โยธา'), divisions)).toBe('ฝ่ายโยธา');
    // A unit naming a linked division and more is printed in its place, not beside it.
    expect(responsibleText(a([1, 2], 'ฝ่ายปกครอง (งานนิติการ)/ทะเบียน'), divisions)).toBe(
      'ฝ่ายปกครอง (งานนิติการ)\nฝ่ายทะเบียน',
    );
    expect(responsibleText(a([], 'ทุกฝ่าย ยกเว้นฝ่ายโยธา', true), divisions)).toBe('ทุกฝ่าย ยกเว้นฝ่ายโยธา');
    // Division names only, joined by words or written short, say nothing more.
    expect(responsibleText(a([1, 2], 'ฝ่ายปกครอง และฝ่ายทะเบียน'), divisions)).toBe('ฝ่ายปกครอง\nฝ่ายทะเบียน');
    expect(responsibleText(a([1, 2], 'ฝ่ายปกครอง ร่วมกับ ทะเบียน'), divisions)).toBe('ฝ่ายปกครอง\nฝ่ายทะเบียน');
    // Abbreviations of the office's divisions (the sample's "สิ่งแวดล้อม ฯ") are those divisions, printed once.
    const office: Division[] = DEFAULT_DIVISIONS.map((name, i) => ({
      id: i + 1,
      name,
      position: i + 1,
      isStandard: true,
    }));
    expect(responsibleText(a([5, 6], 'ฝ่ายโยธา/สิ่งแวดล้อม ฯ'), office)).toBe('ฝ่ายโยธา\nฝ่ายสิ่งแวดล้อมและสุขาภิบาล');
    expect(responsibleText(a([5, 7], 'ฝ่ายโยธา/รักษาความสะอาดฯ'), office)).toBe('ฝ่ายโยธา\nฝ่ายรักษาความสะอาดและสวนสาธารณะ');
    // Nothing linked: the text as written.
    expect(responsibleText(a([], 'ฝ่าย ปกครอง'), divisions)).toBe('ฝ่าย ปกครอง');
  });
});
