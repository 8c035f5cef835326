// core/thai/dated.ts: which lines of a report name a particular day or month, so "copy from last
// month" leaves them behind. Thai and Arabic digits, the spellings offices write.
import { describe, expect, it } from 'vitest';
import { mentionsDate, splitDatedLines } from '../../core/thai';

describe('a line that names a day or a month', () => {
  it.each([
    'ประชุมชี้แจงเจ้าหน้าที่แล้ว เมื่อวันที่ ๑๕ มีนาคม ๒๕๖๖',
    'ประชุมแล้วเมื่อ 15 มี.ค. 66',
    'ประชุมแล้วเมื่อ ๑๕ มี.ค.๒๕๖๖',
    'ประชุม ๑๕ มีค ๖๖', // no dots
    'ประชุม ๑๕ มี. ค. ๖๖', // spaced dots
    'ส่งรายงานภายใน ธ.ค. ๖๕',
    'ผลการดำเนินงานประจำเดือนกุมภาพันธ์',
    'ติดประกาศวันที่ 3',
    'ติดประกาศวันที่๓ แล้ว',
    'อบรมเมื่อ 15/03/2566',
    'อบรมเมื่อ ๑๕-๓-๖๖',
    'อบรมเมื่อ 15.3.66',
    'updated 2023-03-15',
    'meeting on 15 March',
    'meeting on Mar 15',
    'เดือนนี้จัดประชุม ๒ ครั้ง',
    'เดือนที่แล้วยังไม่ได้ประชุม',
    'จะจัดอบรมสัปดาห์หน้า',
    'ส่งเอกสารเมื่อวาน',
    'วันนี้เผยแพร่บนเว็บไซต์แล้ว',
  ])('%s', (line) => {
    expect(mentionsDate(line)).toBe(true);
  });

  it.each([
    'เผยแพร่บนเว็บไซต์ของสำนักงานเขตแล้ว',
    'ผู้เข้าร่วม ๔๒ คน',
    'ดำเนินการตามแนวทางของ ก.พ.ร. ๒๕๖๖', // the OPDC, not February
    'ส่งสำนักงาน ก.พ. พิจารณา', // the Civil Service Commission, no number beside it
    'จัดทำคู่มือ ๑๐ ฝ่าย',
    'ระดับความพึงพอใจร้อยละ 85.5',
    'ปีงบประมาณ พ.ศ. ๒๕๖๖',
    'รอข้อมูลจากฝ่ายทะเบียน',
    'ประชุมทุกเดือน', // every month is not a particular one
    '',
  ])('not: %j', (line) => {
    expect(mentionsDate(line)).toBe(false);
  });

  it('splits a text: the undated lines are kept in order, the dated ones listed', () => {
    const text = 'ร่างคู่มือแล้ว\nประชุมเมื่อวันที่ ๑๕ มี.ค. ๖๖\nรอความเห็นจากฝ่ายทะเบียน';
    expect(splitDatedLines(text)).toEqual({
      kept: 'ร่างคู่มือแล้ว\nรอความเห็นจากฝ่ายทะเบียน',
      dated: ['ประชุมเมื่อวันที่ ๑๕ มี.ค. ๖๖'],
    });
    expect(splitDatedLines('เมื่อ 3 เม.ย. 66 ประชุมแล้ว')).toEqual({ kept: '', dated: ['เมื่อ 3 เม.ย. 66 ประชุมแล้ว'] });
    expect(splitDatedLines('')).toEqual({ kept: '', dated: [] });
  });
});
