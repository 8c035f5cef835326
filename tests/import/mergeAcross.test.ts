// A vertical merge that runs from one item into the next (a ผู้รับผิดชอบ or ระยะเวลา cell drawn over
// two items' rows in Word): the value stays with the item it started in, and the import says so for
// the item it ran into, naming the row and the column — in the clipboard's HTML and in an .xlsx.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasErrors, parsePlan } from '../../db/import/planText';
import { readPlanFile } from '../../db/import/readers';

const HEAD = ['ตัวชี้วัด', 'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ', 'กิจกรรม', 'ผลผลิต', 'ระยะเวลา', 'ผู้รับผิดชอบ'];
const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส สำนักงานเขตบางรัก ประจำปีงบประมาณ พ.ศ. 2570';

function html(mergeAcross: boolean): Uint8Array {
  const td = (t: string, extra = '') => `<td${extra}>${t}</td>`;
  const rows = [
    `<tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr>`,
    `<tr>${td('I1 การให้บริการ')}${td('ให้บริการดี')}${td('ประชุมชี้แจง')}${td('๑ ครั้ง')}${td('ต.ค. 69')}${td('ฝ่ายปกครอง', mergeAcross ? ' rowspan="2"' : '')}</tr>`,
    `<tr>${td('I2 การใช้ทรัพย์สิน')}${td('ใช้ทรัพย์สินถูกต้อง')}${td('เวียนแจ้งระเบียบ')}${td('๑ ฉบับ')}${td('พ.ย. 69')}${mergeAcross ? '' : td('ฝ่ายการคลัง')}</tr>`,
  ];
  const doc = `<html><body><p>${TITLE}</p><table>${rows.join('')}</table></body></html>`;
  return new TextEncoder().encode(doc);
}

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow([TITLE]);
  ws.addRow(HEAD);
  ws.addRow(['I1 การให้บริการ', 'ให้บริการดี', 'ประชุมชี้แจง', '๑ ครั้ง', 'ต.ค. 69', 'ฝ่ายปกครอง']);
  ws.addRow(['I2 การใช้ทรัพย์สิน', 'ใช้ทรัพย์สินถูกต้อง', 'เวียนแจ้งระเบียบ', '๑ ฉบับ', 'พ.ย. 69', '']);
  ws.mergeCells('F3:F4');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const crossing = (messages: string[]) => messages.filter((m) => m.includes('ข้ามมาถึงข้อ'));

describe('a vertical merge across two items', () => {
  it.each([
    ['the clipboard HTML (rowspan)', 'แผน.html', () => Promise.resolve(html(true))],
    ['an .xlsx (merged range)', 'แผน.xlsx', xlsx],
  ])('%s: the value stays with the first item, and a warning names the row and column', async (_name, file, load) => {
    const plan = parsePlan(await readPlanFile(file, await load()), {});
    expect(hasErrors(plan)).toBe(false);
    const [i1, i2] = plan.items;
    expect([i1?.code, i2?.code]).toEqual(['I1', 'I2']);
    expect(i1!.activities[0]!.divisions).toEqual(['ฝ่ายปกครอง']);
    expect(i2!.activities[0]!.divisions).toEqual([]);
    const warnings = crossing(plan.problems.map((p) => p.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^ช่องที่ผสานไว้ต่อลงมาจากข้อ I1 ข้ามมาถึงข้อ I2/);
    expect(plan.problems.find((p) => p.message === warnings[0])).toMatchObject({ line: i2!.line, column: 'ผู้รับผิดชอบ' });
  });

  it('no such warning when each item has its own cell', async () => {
    const plan = parsePlan(await readPlanFile('แผน.html', html(false)), {});
    expect(crossing(plan.problems.map((p) => p.message))).toEqual([]);
    expect(plan.items[1]!.activities[0]!.divisions).toEqual(['ฝ่ายการคลัง']);
  });
});
