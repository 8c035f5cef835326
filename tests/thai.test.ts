import { describe, expect, it } from 'vitest';
import {
  THAI_MONTHS_FULL,
  THAI_MONTHS_SHORT,
  beToCe,
  ceToBe,
  fiscalMonths,
  fiscalYearOfMonth,
  formatDate,
  formatFiscalYear,
  formatMonthLong,
  formatMonthShort,
  formatNumber,
  isMonth,
  messageDigits,
  parseNumber,
  parseThaiMonth,
  parseThaiMonthDetailed,
  toArabicDigits,
  toThaiDigits,
} from '../core/thai';

describe('numbers in a message follow the numerals setting; codes, names and links do not', () => {
  it.each([
    ['มีแผนของสำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. 2566 อยู่แล้ว', 'มีแผนของสำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. ๒๕๖๖ อยู่แล้ว'],
    ['บรรทัด 12: ไม่พบรหัสข้อ', 'บรรทัด ๑๒: ไม่พบรหัสข้อ'],
    ['ไฟล์ใหญ่เกิน 20 MB', 'ไฟล์ใหญ่เกิน ๒๐ MB'],
    ['ข้อความยาวเกิน 20,000 ตัวอักษร (ได้ 1,500.5)', 'ข้อความยาวเกิน ๒๐,๐๐๐ ตัวอักษร (ได้ ๑,๕๐๐.๕)'],
    ['ข้อ O12 กิจกรรมที่ 3', 'ข้อ O12 กิจกรรมที่ ๓'],
    ['อ่านไฟล์ report2566.pdf ไม่ได้', 'อ่านไฟล์ report2566.pdf ไม่ได้'],
    ['ไฟล์ 2566.pdf ว่างเปล่า', 'ไฟล์ 2566.pdf ว่างเปล่า'],
    ['ลิงก์ https://www.bangkok.go.th/a1/2566 ใช้ไม่ได้', 'ลิงก์ https://www.bangkok.go.th/a1/2566 ใช้ไม่ได้'],
    ['เดือน 2023-10 ไม่อยู่ในปีงบประมาณ', 'เดือน 2023-10 ไม่อยู่ในปีงบประมาณ'],
    ['เวลา 15:30 น.', 'เวลา 15:30 น.'],
    ['ปีงบประมาณ พ.ศ.2566 ไม่ตรงกับ 2567', 'ปีงบประมาณ พ.ศ.๒๕๖๖ ไม่ตรงกับ ๒๕๖๗'],
    ['ข้อความไม่มีตัวเลข', 'ข้อความไม่มีตัวเลข'],
  ])('%s', (message, thai) => {
    expect(messageDigits(message, 'thai')).toBe(thai);
    expect(messageDigits(message, 'arabic')).toBe(message);
  });
});

describe('Thai digits', () => {
  it('converts both ways and leaves other characters alone', () => {
    expect(toThaiDigits('2566')).toBe('๒๕๖๖');
    expect(toThaiDigits(1234567890)).toBe('๑๒๓๔๕๖๗๘๙๐');
    expect(toThaiDigits('ข้อ I10 (ปี 65)')).toBe('ข้อ I๑๐ (ปี ๖๕)');
    expect(toArabicDigits('๑๒๓๔๕๖๗๘๙๐')).toBe('1234567890');
    expect(toArabicDigits('ธ.ค. ๖๕')).toBe('ธ.ค. 65');
    expect(toArabicDigits(toThaiDigits('0123456789'))).toBe('0123456789');
  });

  it('formats numbers with grouping in either script', () => {
    expect(formatNumber(10, 'thai')).toBe('๑๐');
    expect(formatNumber(1234.5, 'thai')).toBe('๑,๒๓๔.๕');
    expect(formatNumber(1234567, 'arabic')).toBe('1,234,567');
    expect(formatNumber(-1500, 'arabic')).toBe('-1,500');
    expect(formatNumber(0.125, 'arabic')).toBe('0.13');
  });

  it('parses plain numbers in either script', () => {
    expect(parseNumber('๑๐')).toBe(10);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('๑๖.๕')).toBe(16.5);
    expect(parseNumber('๑ ครั้ง')).toBeNull();
  });
});

describe('Buddhist Era and fiscal years', () => {
  it('converts years', () => {
    expect(ceToBe(2022)).toBe(2565);
    expect(beToCe(2566)).toBe(2023);
  });

  it('names a fiscal year for the BE year it ends in', () => {
    expect(fiscalYearOfMonth('2022-10')).toBe(2566);
    expect(fiscalYearOfMonth('2022-12')).toBe(2566);
    expect(fiscalYearOfMonth('2023-09')).toBe(2566);
    expect(fiscalYearOfMonth('2022-09')).toBe(2565);
    expect(() => fiscalYearOfMonth('2022-13')).toThrow(RangeError);
  });

  it('lists the fiscal months October first', () => {
    expect(fiscalMonths(2566)).toEqual([
      '2022-10',
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
    ]);
  });

  it('validates YYYY-MM', () => {
    expect(isMonth('2023-03')).toBe(true);
    expect(isMonth('2023-3')).toBe(false);
    expect(isMonth('2023-00')).toBe(false);
    expect(isMonth('2023-13')).toBe(false);
    expect(isMonth('2023-03-01')).toBe(false);
    expect(isMonth(202303)).toBe(false);
  });
});

describe('Thai month names and dates', () => {
  it('formats months short and long', () => {
    expect(formatMonthShort('2022-12', 'thai')).toBe('ธ.ค. ๖๕');
    expect(formatMonthShort('2023-05', 'arabic')).toBe('พ.ค. 66');
    expect(formatMonthLong('2022-12')).toBe('ธันวาคม ๒๕๖๕');
    expect(formatMonthLong('2023-01', 'arabic')).toBe('มกราคม 2566');
  });

  it('formats dates and fiscal years', () => {
    expect(formatDate('2026-11-25', 'thai')).toBe('๒๕ พฤศจิกายน ๒๕๖๙');
    expect(formatDate('2026-11-25T10:00:00.000Z', 'arabic')).toBe('25 พฤศจิกายน 2569');
    expect(formatDate('2023-01-01')).toBe('๑ มกราคม ๒๕๖๖');
    expect(formatFiscalYear(2566)).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(formatFiscalYear(2566, 'arabic')).toBe('ปีงบประมาณ พ.ศ. 2566');
  });

  it('agrees with Intl (th-TH-u-ca-buddhist-nu-thai) for all 12 months', () => {
    const short = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
    const long = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const day = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let m = 1; m <= 12; m++) {
      const month = `2022-${String(m).padStart(2, '0')}`;
      const date = new Date(Date.UTC(2022, m - 1, 15));
      expect(formatMonthShort(month)).toBe(short.format(date));
      expect(formatMonthLong(month)).toBe(long.format(date));
      expect(formatDate(`${month}-15`)).toBe(day.format(date));
      expect(short.formatToParts(date).find((p) => p.type === 'month')?.value).toBe(THAI_MONTHS_SHORT[m - 1]);
      expect(long.formatToParts(date).find((p) => p.type === 'month')?.value).toBe(THAI_MONTHS_FULL[m - 1]);
    }
  });

  it('parses months tolerant of spacing, digits and year length', () => {
    expect(parseThaiMonth('ธ.ค. ๖๕')).toBe('2022-12');
    expect(parseThaiMonth('ธ.ค.๖๕')).toBe('2022-12');
    expect(parseThaiMonth('ธ.ค ๖๕')).toBe('2022-12');
    expect(parseThaiMonth('ธ. ค. 65')).toBe('2022-12');
    expect(parseThaiMonth('ธ.ค. ๒๕๖๕')).toBe('2022-12');
    expect(parseThaiMonth('พ.ค. ๖๖')).toBe('2023-05');
    expect(parseThaiMonth('มี.ค. 66')).toBe('2023-03');
    expect(parseThaiMonth('เม.ย.66')).toBe('2023-04');
    expect(parseThaiMonth('ธันวาคม ๒๕๖๕')).toBe('2022-12');
    expect(parseThaiMonth('กุมภาพันธ์ 2566')).toBe('2023-02');
    for (let m = 1; m <= 12; m++) {
      const month = `2023-${String(m).padStart(2, '0')}`;
      expect(parseThaiMonth(formatMonthShort(month))).toBe(month);
      expect(parseThaiMonth(formatMonthLong(month, 'arabic'))).toBe(month);
    }
  });

  it('returns null when the text is not a month', () => {
    expect(parseThaiMonth('')).toBeNull();
    expect(parseThaiMonth('ธ.ค.')).toBeNull();
    expect(parseThaiMonth('๑ ครั้ง')).toBeNull();
    expect(parseThaiMonth('ฝ่ายปกครอง ๖๕')).toBeNull();
    expect(parseThaiMonth('ธ.ค. 2022')).toBeNull(); // a CE year is not a BE year
    expect(parseThaiMonth('ธ.ค. 6')).toBeNull();
  });

  it('reads a misspelt abbreviation only when one month is a letter away', () => {
    expect(parseThaiMonthDetailed('ธ.ศ. ๖๕')).toEqual({ month: '2022-12', fuzzy: true, candidates: ['2022-12'] });
    // "จ.ค." is one letter from ม.ค., พ.ค., ก.ค., ส.ค., ต.ค. and ธ.ค.: not decidable alone.
    const jk = parseThaiMonthDetailed('จ.ค. ๖๕');
    expect(jk.month).toBeNull();
    expect(jk.candidates).toContain('2022-12');
    expect(jk.candidates.length).toBeGreaterThan(1);
    expect(parseThaiMonth('จ.ค. ๖๕')).toBeNull();
  });
});
