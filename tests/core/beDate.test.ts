// core/thai/beDate.ts: the BE date the one date input reads and writes. Invalid days are refused,
// never rolled over (Date would turn 31 ก.พ. into 3 มี.ค.); leap years follow CE (BE − 543).
import { describe, expect, it } from 'vitest';
import {
  beDateToIso,
  daysInMonth,
  fiscalYearOfDate,
  formatDate,
  isLeapBeYear,
  isoToBeDate,
  isValidBeDate,
  parseBeYear,
} from '../../core/thai';

describe('BE dates', () => {
  it('turns day, Thai month and BE year into the ISO day and back', () => {
    expect(beDateToIso({ day: 31, month: 3, beYear: 2566 })).toBe('2023-03-31');
    expect(beDateToIso({ day: 1, month: 10, beYear: 2565 })).toBe('2022-10-01');
    expect(isoToBeDate('2023-03-31')).toEqual({ day: 31, month: 3, beYear: 2566 });
    expect(isoToBeDate('2026-12-01T10:00:00.000Z')).toEqual({ day: 1, month: 12, beYear: 2569 });
    for (const iso of ['2022-10-01', '2024-02-29', '2023-12-31', '2000-02-29']) {
      expect(beDateToIso(isoToBeDate(iso)!)).toBe(iso);
      expect(formatDate(iso, 'arabic')).toContain(String(isoToBeDate(iso)!.beYear));
    }
  });

  it.each([
    [{ day: 31, month: 2, beYear: 2566 }, '31 ก.พ.'],
    [{ day: 30, month: 2, beYear: 2567 }, '30 ก.พ. of a leap year'],
    [{ day: 29, month: 2, beYear: 2566 }, '29 ก.พ. of a common year (CE 2023)'],
    [{ day: 31, month: 4, beYear: 2566 }, '31 เม.ย.'],
    [{ day: 31, month: 9, beYear: 2566 }, '31 ก.ย.'],
    [{ day: 0, month: 1, beYear: 2566 }, 'day 0'],
    [{ day: 1, month: 13, beYear: 2566 }, 'month 13'],
    [{ day: 1, month: 0, beYear: 2566 }, 'month 0'],
    [{ day: 1.5, month: 1, beYear: 2566 }, 'a fraction'],
    [{ day: 1, month: 1, beYear: 2023 }, 'a CE year typed as BE'],
  ])('refuses %j (%s)', (d) => {
    expect(isValidBeDate(d)).toBe(false);
    expect(beDateToIso(d)).toBeNull();
  });

  it('refuses ISO strings that are no real day', () => {
    expect(isoToBeDate('2023-02-29')).toBeNull();
    expect(isoToBeDate('2023-13-01')).toBeNull();
    expect(isoToBeDate('mm/dd/yyyy')).toBeNull();
    expect(isoToBeDate('')).toBeNull();
  });

  it('knows leap years as BE − 543 (2567 = 2024, 2543 = 2000, 2443 = 1900 is not)', () => {
    expect(isLeapBeYear(2567)).toBe(true);
    expect(isLeapBeYear(2566)).toBe(false);
    expect(isLeapBeYear(2543)).toBe(true); // CE 2000: divisible by 400
    expect(isLeapBeYear(2443)).toBe(false); // CE 1900: by 100, not 400
    expect(isLeapBeYear(2571)).toBe(true); // CE 2028
    expect(daysInMonth(2567, 2)).toBe(29);
    expect(daysInMonth(2566, 2)).toBe(28);
    expect(daysInMonth(2566, 9)).toBe(30);
    expect(daysInMonth(2566, 12)).toBe(31);
    expect(beDateToIso({ day: 29, month: 2, beYear: 2567 })).toBe('2024-02-29');
  });

  it('puts 30 ก.ย. and 1 ต.ค. in different fiscal years', () => {
    expect(fiscalYearOfDate('2022-09-30')).toBe(2565);
    expect(fiscalYearOfDate('2022-10-01')).toBe(2566);
    expect(fiscalYearOfDate('2023-09-30')).toBe(2566);
    expect(fiscalYearOfDate('2023-10-01')).toBe(2567);
    expect(fiscalYearOfDate('2023-01-01')).toBe(2566);
    expect(() => fiscalYearOfDate('2023-02-30')).toThrow();
  });

  it('reads a typed BE year in either digits', () => {
    expect(parseBeYear('๒๕๖๖')).toBe(2566);
    expect(parseBeYear(' 2566 ')).toBe(2566);
    expect(parseBeYear('66')).toBe(2566);
    expect(parseBeYear('๖๖')).toBe(2566);
    expect(parseBeYear('2023')).toBeNull(); // a CE year is not a BE one
    expect(parseBeYear('256')).toBeNull();
    expect(parseBeYear('')).toBeNull();
    expect(parseBeYear('25x6')).toBeNull();
  });
});
